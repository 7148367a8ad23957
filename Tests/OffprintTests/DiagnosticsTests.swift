import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

/// Errors keep their cause and their stage; warnings say where they were noticed.
@Suite struct DiagnosticsTests {
    @Test func aWrappedErrorKeepsItsCause() throws {
        let converter = Converter()
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(data: Data(#"{"id": "a", "title": 7, "body": []}"#.utf8), name: "a.json")
        do {
            _ = try converter.article(from: input, warnings: &warnings)
            Issue.record("a record whose title is a number was read")
        } catch {
            #expect(error.stage == .reading)
            #expect(error.underlyingError is DecodingError, "the decoder's error is kept: \(String(describing: error.underlyingError))")
            #expect(error.description.hasPrefix("reading: at $.title"), "\(error)")
        }
    }

    @Test func aWriterErrorIsMovedToTheWritingStage() throws {
        struct Failing: ArticleWriter {
            struct Broken: Error, CustomStringConvertible { var description: String { "the disk said no" } }
            let format = "broken"
            let fileExtension = "x"
            let summary = "always fails"
            func write(_ article: Article, context: WritingContext) throws -> Data { throw Broken() }
        }
        do {
            _ = try Converter().output(Fixtures.everything, writer: Failing())
            Issue.record("the failing writer succeeded")
        } catch {
            #expect(error.description == "writing broken: the disk said no")
            #expect(error.underlyingError is Failing.Broken)
        }
    }

    @Test func aCleanupWarningNamesItsPass() throws {
        let input = ReaderInput(data: Data("Title: Bell\n\nA bell\u{7} rang in the night, and nobody came to answer it at all.\n".utf8), name: "bell.txt")
        var warnings: [ConversionWarning] = []
        _ = try Converter().article(from: input, warnings: &warnings)
        let warning = try #require(warnings.first { $0.message.contains("control character") })
        #expect(warning.stage == .cleanup(pass: "unicode normalization"))
        #expect(warning.description.hasPrefix("cleanup (unicode normalization): 1 control character"))
    }

    @Test func aReaderWarningSaysReading() throws {
        let (_, warnings) = try Fixtures.read("Title: A\nDate: yesterday\n\nSomething happened in the town today, and people talked about it.\n")
        let warning = try #require(warnings.first)
        #expect(warning.stage == .reading)
        #expect(warning.description.hasPrefix("reading: line 2: Date 'yesterday' is not an ISO 8601 date"))
    }

    /// Header lines and front matter share one table of keys and one way of handling a value
    /// they cannot use.
    @Test func headerLinesAndFrontMatterTreatBadValuesAlike() throws {
        let body = "A paragraph of the article, long enough to be taken for running text by the reader.\n"
        let (text, textWarnings) = try Fixtures.read("Headline: Sideways\nDir: sideways\nUpdated: later\n\n" + body)
        var markdownWarnings: [ConversionWarning] = []
        let markdown = try MarkdownReader().read(ReaderInput(data: Data("---\nheadline: Sideways\ndir: sideways\nupdated: later\n---\n\n\(body)".utf8), name: "n.md"), warnings: &markdownWarnings)
        #expect(text.title == "Sideways" && markdown.title == "Sideways")
        #expect(text.extra["updated"] == "later" && markdown.extra["updated"] == "later")
        #expect(textWarnings.map(\.message) == [
            "line 2: direction 'sideways' is neither ltr nor rtl; it is inferred instead",
            "line 3: Updated 'later' is not an ISO 8601 date (YYYY-MM-DD); kept in extra",
        ])
        #expect(markdownWarnings.map(\.message) == [
            "front matter: direction 'sideways' is neither ltr nor rtl; it is inferred instead",
            "front matter: updated 'later' is not an ISO 8601 date (YYYY-MM-DD); kept in extra",
        ])
    }
}
