import Testing
import TestSupport
@testable import OffprintReaders

/// A row of tags under the article's last paragraph ends the body: a sidebar's teasers with
/// summaries below it are the page's, though they read as sentences. Each dump is hand-written.
@Suite struct ScrapedBodyTagRowTests {
    static let paragraphs = ScrapedBodyTeaserTests.paragraphs

    static let sidebar = [
        "» Column of the week", "Click the picture to read every column our harbour master writes for the paper each week.",
        "» Tide tables", "Click here to see the tide tables for the whole of the coming month and for the rest of the year.",
        "» Podcast", "Our reporters talk about the week on the island, the ferries, the weather and the harbour every Friday.",
        "» Photo of the day", "Send us your best picture of the island and see it printed on the front page of the weekend paper.",
    ].joined(separator: "\n\n")

    @Test func tagRowUnderTheArticleEndsTheBody() throws {
        let page = "Council approves new ferry timetable\n\n" + Self.paragraphs.joined(separator: "\n\n")
            + "\n\nTags\n\nferries, harbour, timetable, council\n\n" + Self.sidebar
        let (article, _) = try Fixtures.read(page)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.body.map(\.plainText) == Self.paragraphs)
    }

    /// A tag row above the article (under its standfirst) ends nothing: more of the article
    /// stands below it than above.
    @Test func tagRowAboveTheArticleEndsNothing() throws {
        let standfirst = "Two late crossings on weekdays are coming to the island from May, the council decided."
        let page = "Council approves new ferry timetable\n\n\(standfirst)\n\nTags\n\nferries, harbour\n\n"
            + Self.paragraphs.joined(separator: "\n\n")
        let (article, _) = try Fixtures.read(page)
        #expect(article.body.map(\.plainText).suffix(Self.paragraphs.count) == ArraySlice(Self.paragraphs))
    }
}
