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
    @Test func captionsAwayFromTheirPictureAreLeftOut() throws {
        // A gallery slide's caption whose picture a script loads, and a photo caption in a box
        // of its own, would read as paragraphs of the article; a `<figcaption>` and a caption
        // beside its picture (WordPress's `wp-caption`) stay with their figure.
        // Long enough (over 500 characters) for the first, strictest pass to be taken.
        let paragraphs = HTMLContainerChoiceTests.paragraphs + [
            "The library will stay open late on election night, the council said, so that voters can follow the count on its screens.",
            "Results from the four wards are expected before midnight, and the new council meets for the first time next month.",
        ]
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article class="post"><ul class="gallery"><li><div class="slide-caption">The mayor, left, greets the council in the town hall on Tuesday.</div></li></ul>
        <p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>
        <div class="InlineImage"><div class="lazy-image"></div><div class="InlineImage-imageEmbedCaption">Voters queue outside the library before the polls open.</div></div>
        <p>\(paragraphs[2])</p>
        <div class="wp-caption"><img src="hall.jpg" alt=""><p class="wp-caption-text">The hall after its restoration.</p></div>
        <figure><img src="map.png" alt=""><figcaption class="caption">The new ward boundaries.</figcaption></figure>
        <p>\(paragraphs[3])</p><p>\(paragraphs[4])</p><p>\(paragraphs[5])</p>
        </article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        let text = article.body.map(\.plainText)
        #expect(text.contains("The hall after its restoration."))
        #expect(text.contains("The new ward boundaries."))
        for caption in ["The mayor, left", "Voters queue"] {
            #expect(!text.contains { $0.contains(caption) }, "\(caption) should be left out")
        }
        #expect(text.filter { paragraphs.contains($0) } == paragraphs)
    }
}
