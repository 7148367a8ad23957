import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// The page's own headline where it opens the article, with the short header lines above it.
@Suite struct HTMLLeadingHeadlineTests {
    @Test(arguments: [
        ("Budget approved", "Budget approved", true),
        ("Nordmann dømt til livstid", "«Evnukkmakeren»: Nordmann dømt til livstid", true),
        ("Premiere in Eisenhüttenstadt - Hotel Lunik opens again", "Hotel Lunik opens again", true),
        ("Budget approved after a long night", "Budget approved", true),
        ("What happens next", "The council's budget: what happens next and why it matters", false),
        ("Lunik opens again", "Premiere in Eisenhüttenstadt - Hotel Lunik opens again", false),
        ("The plan", "Budget approved", false),
    ])
    func headingsThatSayTheTitle(heading: String, title: String, same: Bool) {
        #expect(HTMLReader.sayTheSame(headline: heading, title: title) == same)
    }

    @Test func theHeadlineAndTheLabelsAboveItLeaveTheBody() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs
        let html = HTMLReaderTests.page(head: "<title>Budget approved after a long night</title>", body: """
        <article><p>Politics</p><p>12.03.2024, 18:05</p><img src="hall.jpg" alt="The town hall">
        <h1>Budget approved after a long night</h1>\(HTMLContainerChoiceTests.articleHTML)</article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == ["The town hall"] + paragraphs)
    }

    @Test func aHeadingAfterTheFirstProseStays() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs
        let html = HTMLReaderTests.page(head: "<title>The budget: what it means</title>", body: """
        <article><p>\(paragraphs[0])</p><h2>What it means</h2><p>\(paragraphs[1])</p><p>\(paragraphs[2])</p><p>\(paragraphs[3])</p></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == [paragraphs[0], "What it means"] + paragraphs[1...])
    }
}
