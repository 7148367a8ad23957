import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

@Suite struct PlainTextReaderTests {
    /// The seed's lines, 1-based, as the file has them.
    static let seedLines: [String] = {
        guard let text = try? String(contentsOf: Paths.seed, encoding: .utf8) else { return [] }
        return [""] + text.components(separatedBy: "\n")
    }()

    @Test func seedTitleKickerAndLanguage() throws {
        let article = try Fixtures.seedArticle()
        #expect(article.title == Self.seedLines[3])
        #expect(article.kicker == Self.seedLines[1])
        #expect(article.language == "ar")
        #expect(article.direction == .rightToLeft)
    }

    @Test func seedBodyIsTheTwelveParagraphsOfLines5To27ByteForByte() throws {
        let article = try Fixtures.seedArticle()
        let expected = stride(from: 5, through: 27, by: 2).map { Self.seedLines[$0].precomposedStringWithCanonicalMapping }
        #expect(expected.count == 12)
        #expect(article.body == expected.map { Block.paragraph($0) })
        for block in article.body {
            #expect(block.direction == nil && block.language == nil)
        }
    }

    @Test func seedRelatedIsTheHeadlineOfLine31() throws {
        let article = try Fixtures.seedArticle()
        #expect(article.related == [Link(title: Self.seedLines[31])])
    }

    @Test func headerLinesOverrideInference() throws {
        let (article, warnings) = try Fixtures.read("""
        Title: A given title
        Author: Jane Doe; John Roe
        Date: 2021-03-04
        URL: https://example.org/x
        Language: fr
        Tags: one, two

        Nav line
        This line would otherwise look like a headline
        Le premier paragraphe de l'article est assez long pour être un vrai paragraphe de texte.
        """)
        #expect(warnings.isEmpty)
        #expect(article.title == "A given title")
        #expect(article.authors == ["Jane Doe", "John Roe"])
        #expect(article.published?.description == "2021-03-04")
        #expect(article.source.url == "https://example.org/x")
        #expect(article.id == "https://example.org/x")
        #expect(article.language == "fr")
        #expect(article.tags == ["one", "two"])
    }

    @Test func badHeaderValuesAreWarningsNotErrors() throws {
        let (article, warnings) = try Fixtures.read("""
        Title: Dates
        Date: last Tuesday
        Language: C

        A paragraph of the article, long enough to be taken for running text by the reader.
        """)
        #expect(article.extra["date"] == "last Tuesday")
        #expect(article.language == "en")
        #expect(warnings.map(\.message) == [
            "line 2: Date 'last Tuesday' is not an ISO 8601 date (YYYY-MM-DD); kept in extra",
            "line 3: 'C' is not a BCP 47 language tag; the language is detected from the text",
        ])
    }

    @Test func englishPageWithSiteFurnitureGeneralises() throws {
        let (article, _) = try Fixtures.read("""
        Home
        World
        Business
        Sign in

        Business

        Port strike delays shipments across the region

        By Maria Lopez

        Dock workers walked out on Monday after talks over pay broke down, leaving dozens of container ships waiting offshore.

        The union said the strike would last until the operator returned to the table with a better offer.

        Share this article

        Related articles

        Rail freight volumes rise for a third month

        Leave a comment

        Your email address will not be published. Required fields are marked *

        Back to top
        """)
        #expect(article.title == "Port strike delays shipments across the region")
        #expect(article.kicker == "Business")
        #expect(article.authors == ["Maria Lopez"])
        #expect(article.body.count == 2)
        #expect(article.related.map(\.title) == ["Rail freight volumes rise for a third month"])
        #expect(article.language == "en")
    }

    @Test func crLfAndNoBreakSpaceLinesAreHandled() throws {
        let (article, _) = try Fixtures.read("Title: Line ends\r\n\r\nFirst paragraph of the article, with enough words to count.\r\n\u{00A0}\r\nSecond paragraph of the article, also with enough words.\r\n")
        #expect(article.body == [.paragraph("First paragraph of the article, with enough words to count."),
                                 .paragraph("Second paragraph of the article, also with enough words.")])
    }

    @Test(arguments: [
        ("a\nb\n", ["a", "b", ""]), ("a\r\nb", ["a", "b"]), ("a\rb\r", ["a", "b", ""]), ("", [""]), ("\n", ["", ""]),
        ("مرحبا\r\n\r\nعالم", ["مرحبا", "", "عالم"]), ("x\r\r\ny", ["x\r", "y"]),
    ])
    func linesSplitOnLineFeedsOrBareCarriageReturns(text: String, expected: [String]) {
        #expect(PlainTextReader.lines(of: text).map(String.init) == expected)
    }

    @Test func oneLineFileGetsATitleFromItsText() throws {
        let (article, _) = try Fixtures.read("Just one sentence of text.")
        #expect(article.title == "Just one sentence of text.")
        #expect(!article.body.isEmpty)
    }

    @Test func pageOfOnlyFurnitureIsAnError() {
        #expect(throws: ConversionError.self) {
            try Fixtures.read("Share\nBack to top\nLeave a comment\n")
        }
    }
}
