import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// One paragraph of prose in wrappers of its own, whose sentences hold a few links: the
/// wrappers' link density does not make a box of links of it.
@Suite struct HTMLWrappedParagraphTests {
    /// Six paragraphs: enough text that the first, strictest pass is the one read.
    static let paragraphs = HTMLContainerChoiceTests.paragraphs + [
        "The library will stay open late on election night, the council said, so that voters can follow the count on its screens.",
        "Results from the four wards are expected before midnight, and the new council meets for the first time next month.",
    ]

    static func page(wrapped: String) -> String {
        HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p><div><div><p>\(wrapped)</p></div></div>\(paragraphs[2...].map { "<p>\($0)</p>" }.joined())</article>
        """)
    }

    @Test func aWrappedParagraphWithLinksStays() throws {
        let linked = #"Much has been said about whether <a href="/topic/mayor">the mayor</a> will stand again, but the council's vote was <a href="/news/vote">a clear win for her plan</a>."#
        let (article, _) = try HTMLReaderTests.read(Self.page(wrapped: linked))
        let text = article.body.map(\.plainText)
        #expect(text.count == Self.paragraphs.count + 1)
        #expect(text[2] == "Much has been said about whether the mayor will stand again, but the council's vote was a clear win for her plan.")
    }

    @Test func aWrappedLineOfLinksStillLeaves() throws {
        let links = #"<a href="/news/1">Roads to be mended before winter</a> and <a href="/news/2">Library opens late on election night</a> and <a href="/news/3">Parks get new benches this spring</a>"#
        let (article, _) = try HTMLReaderTests.read(Self.page(wrapped: links))
        #expect(article.body.map(\.plainText) == Self.paragraphs)
    }
}
