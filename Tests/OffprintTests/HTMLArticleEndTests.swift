import Foundation
import Testing
@testable import OffprintCore

/// Where the saved-page reader ends the article: stories a page loads under it, and the
/// teasers a laxer extraction pass brings in with a short article.
@Suite struct HTMLArticleEndTests {
    static let paragraphs = HTMLContainerChoiceTests.paragraphs

    @Test func aFollowingStoryWithItsOwnHeadlineIsLeftOut() throws {
        let next = [
            "The harbour reopened on Monday after a week of repairs to the old stone pier, and the ferries ran again.",
            "Fishermen said the delay had cost them, but that the new pier, wider and higher, was worth the wait.",
        ]
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <main><article><h1>Budget approved</h1>\(HTMLContainerChoiceTests.articleHTML)</article>
        <div class="under"><article><h1>Harbour reopens</h1>\(next.map { "<p>\($0)</p>" }.joined())</article></div></main>
        """)
        let text = try HTMLContainerChoiceTests.bodyText(html)
        #expect(text.contains(Self.paragraphs[0]) && text.contains(Self.paragraphs[3]))
        #expect(!text.contains { $0.contains("harbour") || $0.contains("Harbour") })
    }

    @Test func postsWithoutHeadlinesInArticlesAreAllKept() throws {
        let posts = Self.paragraphs.map { "<article class=\"post\"><p>\($0)</p></article>" }.joined()
        let html = HTMLReaderTests.page(head: "<title>Thread</title>", body: "<h1>Thread</h1><div class=\"thread\">\(posts)</div>")
        let text = try HTMLContainerChoiceTests.bodyText(html)
        #expect(Self.paragraphs.allSatisfy(text.contains))
    }

    @Test func aShortArticleDoesNotTakeTheTeasersOfALaxerPass() throws {
        // Too short for the first pass to be enough: the laxer passes keep the teaser list,
        // whose text is all links; they must not win for being longer.
        let lead = "<p>The council met on Tuesday evening and approved the budget for the coming year, after a long debate.</p>"
            + "<p>The library, the parks and the roads all get a little more money than they had last year.</p>"
        let teasers = (1...8).map {
            "<li><p><a href=\"/s\($0)\">Another story from the region number \($0) with its headline</a></p><p><a href=\"/s\($0)\">And a teaser that runs on for a while before it stops...</a></p></li>"
        }.joined()
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <div class="page"><div class="content-area"><h1>Budget</h1>\(lead)
        <div class="more"><h2>Latest news</h2><ul class="list">\(teasers)</ul></div></div></div>
        """)
        let text = try HTMLContainerChoiceTests.bodyText(html)
        #expect(text.contains { $0.hasPrefix("The council met") })
        #expect(!text.contains { $0.contains("Another story") })
    }
}
