import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// A teaser card inside the article: a link to another of the site's stories that holds its
/// headline (a picture and a summary too, all one link).
@Suite struct HTMLTeaserCardTests {
    static func page(card: String) -> String {
        HTMLStoryListTests.page(list: card)
    }

    @Test func aCardLinkingToAnotherStoryLeavesTheArticle() throws {
        let card = #"""
        <article class="preview"><a href="/news/library-hours"><header><h3 class="headline">Library to stay open late</h3></header>
        <p>The council wants voters to follow the count on the library's screens, and the staff have agreed to stay.</p></a></article>
        """#
        let (article, _) = try HTMLReaderTests.read(Self.page(card: card))
        #expect(article.body.map(\.plainText) == HTMLContainerChoiceTests.paragraphs)
    }

    @Test func aHeadingThatHoldsALinkStays() throws {
        let heading = #"<h3><a href="/news/budget-2024">Last year's budget</a></h3>"#
        let (article, _) = try HTMLReaderTests.read(Self.page(card: heading))
        #expect(article.body.map(\.plainText).contains("Last year's budget"))
    }

    @Test func aCardLinkingToAnotherSiteStays() throws {
        let card = #"<a href="https://budget.gov.example/report"><h3>The budget report</h3></a>"#
        let (article, _) = try HTMLReaderTests.read(Self.page(card: card))
        #expect(article.body.map(\.plainText).contains("The budget report"))
    }
}
