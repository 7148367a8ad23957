import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// Forum posts written straight into quotes, between their authors' boxes.
@Suite struct HTMLForumPostTests {
    static func post(_ author: String, _ text: String) -> String {
        """
        <li class="post"><div class="author"><a href="/member/\(author)">\(author)</a><img src="avatar-\(author).gif" alt=""></div>
        <div class="body"><blockquote class="message">\(text) <img src="smile.gif" alt=""></blockquote>
        <blockquote class="signature"><img src="sig-\(author).gif" alt="">Keep looking up <img src="star.gif" alt=""></blockquote></div></li>
        """
    }

    @Test func shortPostsWithSmileysAndSignaturePicturesStay() throws {
        let long = "The comet will pass close to the sun next week, and if the sky is clear it should be easy to see with binoculars just after sunset, low in the west."
        let html = HTMLReaderTests.page(head: "<title>Comets</title>", body: """
        <ol class="posts">\(Self.post("ann", long))\(Self.post("bob", "Thanks, I saw the launch just in time"))\(Self.post("cy", long))</ol>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        let text = article.body.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Thanks, I saw the launch just in time"))
    }
}
