import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// The article's lead (standfirst) printed with the headline above the article's container,
/// as the page's description states it.
@Suite struct HTMLLeadTests {
    static let lead = "After a long debate the council approved next year's budget, with more money for the library and the parks but none yet for the school."

    /// A page whose headline box (`above`) stands apart from the article's container, which the
    /// extraction takes alone.
    static func page(description: String = lead, above: String) -> String {
        let article = HTMLContainerChoiceTests.articleHTML
        return HTMLReaderTests.page(head: #"<title>Budget approved</title><meta property="og:description" content="\#(description)">"#, body: """
        <div class="hero"><div class="hero-inner"><h1>Budget approved</h1>\(above)</div></div>
        <main><div class="share"><a href="/share/facebook">Facebook</a> <a href="/share/x">X</a></div>
        <article class="story-body">\(article)</article></main>
        """)
    }

    @Test func theStandfirstTheDescriptionStatesOpensTheBody() throws {
        let html = Self.page(above: #"<p class="standfirst">\#(Self.lead)</p>"#)
        let body = try HTMLContainerChoiceTests.bodyText(html)
        #expect(body == [Self.lead] + HTMLContainerChoiceTests.paragraphs)
    }

    @Test func aShortenedDescriptionFindsTheWholeStandfirst() throws {
        let html = Self.page(description: "After a long debate the council approved next year's budget, with more…",
                             above: #"<p class="standfirst">\#(Self.lead)</p>"#)
        let body = try HTMLContainerChoiceTests.bodyText(html)
        #expect(body.first == Self.lead)
    }

    @Test func aTeaserOfTheSameStoryIsNotTheLead() throws {
        let teaser = #"<ul><li><a href="/news/budget"><p>\#(Self.lead) Read on.</p></a></li></ul>"#
        let html = Self.page(above: teaser + #"<p class="standfirst">\#(Self.lead)</p>"#)
        let body = try HTMLContainerChoiceTests.bodyText(html)
        #expect(body == [Self.lead] + HTMLContainerChoiceTests.paragraphs)
    }

    @Test func aSubheadlineIsNotTheLead() throws {
        let html = Self.page(above: #"<h2 class="dek">\#(Self.lead)</h2><div class="intro" hidden>\#(Self.lead) More.</div><p>\#(Self.lead)</p>"#)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == [Self.lead] + HTMLContainerChoiceTests.paragraphs)
        #expect(article.body.allSatisfy { if case .paragraph = $0.kind { true } else { false } })
    }
}
