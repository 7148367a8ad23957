import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// Furniture inside the article's own container that only its class names give away: author
/// boxes, dates, calls to subscribe or donate, credits, text for screen readers.
@Suite struct HTMLFurnitureByNameTests {
    @Test func classNamesSplitIntoWords() {
        var words: [String] = []
        ClassNameWords.split("storyDate article-end__author-bio nrplus-cta--content u-visually-hidden update2", into: &words)
        #expect(words == ["story", "date", "article", "end", "author", "bio", "nrplus", "cta", "content", "u", "visually", "hidden", "update"])
    }

    @Test func authorBoxesDatesAndAppealsInsideTheArticleAreLeftOut() throws {
        // Long enough (over 500 characters) for the first, strictest pass to be taken.
        let paragraphs = HTMLContainerChoiceTests.articleHTML + HTMLContainerChoiceTests.articleHTML
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article class="post"><div class="storyDate">Posted: Fri 6:45 PM, Feb 16, 2018</div>
        \(paragraphs)
        <figure><img src="hall.jpg" alt="The town hall"><figcaption>The town hall at night. <span class="image-credit">Photo: Ann Lee</span></figcaption></figure>
        <div class="donation"><p>We are proud to give our readers the news for free. Please support us with a donation today.</p></div>
        <div class="article-end__author-bio"><p>Ann Lee covers the city council and has written for us since 2010.</p></div>
        </article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        let text = article.body.map(\.plainText)
        #expect(Array(text.prefix(8)) == HTMLContainerChoiceTests.paragraphs + HTMLContainerChoiceTests.paragraphs)
        #expect(text.contains("The town hall at night."))
        for furniture in ["Posted", "donation", "Ann Lee covers", "Photo:"] {
            #expect(!text.contains { $0.contains(furniture) }, "\(furniture) should be left out")
        }
    }

    @Test func wordsInsideOtherWordsDoNotCount() throws {
        // `update` holds `date`, `biology` holds `bio`: neither names furniture.
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article><div class="live-update"><p>\(HTMLContainerChoiceTests.paragraphs[0])</p></div>
        <div class="biology-notes"><p>\(HTMLContainerChoiceTests.paragraphs[1])</p></div>
        <p>\(HTMLContainerChoiceTests.paragraphs[2])</p><p>\(HTMLContainerChoiceTests.paragraphs[3])</p></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == HTMLContainerChoiceTests.paragraphs)
    }
}
