import Testing
@testable import OffprintCleanup
@testable import OffprintReaders

/// The lines near a scraped article that a rule keeps from being its headline
/// (`HeadlineExclusion`): the ones the model weighs (bylines, dates, long lines inside the body)
/// are candidates with a feature each; the others are never picked, and the headline model's
/// trainer lists them (`headlineCandidates(body:listingExcluded:)`) to learn from as wrong
/// answers: listing them changes neither the candidates nor the choice.
@Suite struct HeadlineExclusionTests {
    /// The same three paragraphs as the headline rules' tests.
    static let body = ScrapedHeadlineRuleTests.body

    /// A page with a furniture line, a headline, a byline and a date above the article, and a
    /// long line without a stop opening it.
    static let text = """
    Share this article

    Council approves new ferry timetable

    By Jane Roe

    12 March 2024, 09:30

    Late ferries, a rise in season ticket prices and two more crossings on weekdays from May are what the council agreed on Tuesday after years of commuters asking

    \(body)

    """

    static func page() -> ScrapedPage {
        ScrapedPage(lines: text.split(separator: "\n", omittingEmptySubsequences: false), firstLineNumber: 1, lexicon: .standard)
    }

    /// Furniture and a paragraph of over twenty words are excluded and listed with why; a
    /// byline, a date and a long line inside the body that is no sentence are candidates that
    /// the model weighs, each marked by its feature.
    @Test func excludedLinesAreListedWithWhy() throws {
        let page = Self.page()
        let body = try #require(page.bodyRange())
        let listed = page.headlineCandidates(body: body, listingExcluded: true)
        let byText = Dictionary(listed.map { (String(page.lines[$0.index].text), $0) }, uniquingKeysWith: { first, _ in first })
        #expect(try #require(byText["Share this article"]).excluded == .furniture)
        let names = HeadlineFeatures.names
        let flags = ["Council approves new ferry timetable": "", "By Jane Roe": "byline_line", "12 March 2024, 09:30": "date_line"]
        for (text, flag) in flags {
            let candidate = try #require(byText[text])
            #expect(candidate.excluded == nil)
            for name in ["byline_line", "date_line", "long_in_body"] {
                #expect(candidate.features.values[names.firstIndex(of: name)!] == (name == flag ? 1 : 0))
            }
        }
        let long = try #require(listed.first { page.lines[$0.index].text.hasPrefix("Late ferries") })
        #expect(long.excluded == nil)
        #expect(long.features.values[names.firstIndex(of: "long_in_body")!] == (body.contains(long.index) ? 1 : 0))
        // A long line that reads as a sentence is a paragraph: excluded, not weighed.
        let paragraph = try #require(listed.first { page.lines[$0.index].text.hasPrefix("Commuters had asked") })
        #expect(paragraph.excluded == .long)
    }

    /// The candidates, their features (the ones that compare a line with the others included)
    /// and the pick are the same whether the excluded lines are listed or not.
    @Test func listingExcludedLinesChangesNoCandidate() throws {
        let page = Self.page()
        let body = try #require(page.bodyRange())
        let alone = page.headlineCandidates(body: body)
        let listed = page.headlineCandidates(body: body, listingExcluded: true)
        let candidates = listed.filter { $0.excluded == nil }
        #expect(alone.allSatisfy { $0.excluded == nil })
        #expect(candidates.map(\.index) == alone.map(\.index))
        #expect(candidates.map(\.features.values) == alone.map(\.features.values))
        #expect(listed.count > candidates.count)
        let index = try #require(page.headlineIndex(body: body))
        #expect(page.lines[index].text == "Council approves new ferry timetable")
    }

    /// A model that rewards a line the article's opening does not repeat would take the
    /// furniture line, were it a candidate; it never is.
    @Test func excludedLineIsNeverPicked() throws {
        let page = Self.page()
        let body = try #require(page.bodyRange())
        let listed = page.headlineCandidates(body: body, listingExcluded: true)
        let low = HeadlineFeatures.names.firstIndex(of: "low_echo")!
        let furniture = try #require(listed.first { $0.excluded == .furniture })
        #expect(furniture.features.values[low] == 1)
        let model = HeadlineModel(tsv: "low_echo\t5\nbyline_line\t-10\ndate_line\t-10\n")
        let index = page.headlineIndex(body: body, model: model)
        #expect(index.map { page.lines[$0].text } != "Share this article")
    }

    /// A model that rewards bylines takes the byline, which is a candidate now; the shipped model
    /// weighs all three marks against a line and takes the headline.
    @Test func weighedLinesAreTheModelsChoice() throws {
        let page = Self.page()
        let body = try #require(page.bodyRange())
        let byline = try #require(page.headlineIndex(body: body, model: HeadlineModel(tsv: "byline_line\t5\n")))
        #expect(page.lines[byline].text == "By Jane Roe")
        let names = HeadlineFeatures.names
        for name in ["byline_line", "date_line", "long_in_body"] {
            #expect(HeadlineModel.standard.weights[names.firstIndex(of: name)!] < 0)
        }
        let index = try #require(page.headlineIndex(body: body))
        #expect(page.lines[index].text == "Council approves new ferry timetable")
    }
}
