import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// Runs the readers over the sample corpus in `Tests/Fixtures/corpus` (saved pages, their
/// whole visible text, and the truth) and compares with the truth: title exact match (after
/// trimming) and body token precision, recall and F1. Prints the table; fails if a page
/// crashes, gets an empty title, the wrong language or direction, or the figures fall below
/// the floors measured on this sample. (The large corpora beside the repository are for the
/// evaluation scripts, not for the tests.)
@Suite(.tags(.corpus)) struct CorpusEvaluationTests {
    struct Truth: Decodable {
        let title: String
        let body: String
        let language: String
        let direction: String
    }

    /// The sample's pages of one kind (`text`, `.txt`), by name, sorted.
    static func pages(_ folder: String, _ suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Paths.corpus.appending(path: folder).path).filter { $0.hasSuffix(suffix) }.sorted()
    }

    static func truth(_ name: String) throws -> Truth {
        let stem = (name as NSString).deletingPathExtension
        return try JSONDecoder().decode(Truth.self, from: Data(contentsOf: Paths.corpus.appending(path: "truth/\(stem).json")))
    }

    struct Row {
        let name: String
        let titleMatches: Bool
        let overlap: TokenOverlap
        let language: String
        let expectedLanguage: String
    }

    @Test func textReaderOnTheSampleCorpus() throws {
        let names = try Self.pages("text", ".txt")
        #expect(names.count >= 6, "the sample corpus is missing from Tests/Fixtures/corpus/text")
        let converter = Converter()
        var rows: [Row] = []
        for name in names {
            let data = try Data(contentsOf: Paths.corpus.appending(path: "text/\(name)"))
            let truth = try Self.truth(name)
            var warnings: [ConversionWarning] = []
            let article = try converter.article(from: ReaderInput(data: data, name: name), warnings: &warnings)
            #expect(!article.title.isBlank, "\(name): empty title")
            #expect(article.textDirection.rawValue == truth.direction, "\(name): direction \(article.textDirection), truth \(truth.direction)")
            let body = TokenOverlap.scoredText(of: article.body)
            rows.append(Row(
                name: (name as NSString).deletingPathExtension,
                titleMatches: article.title.trimmingWhitespace() == truth.title.trimmingWhitespace(),
                overlap: TokenOverlap(extracted: body, truth: truth.body),
                language: article.languageTag, expectedLanguage: truth.language))
        }
        print(CorpusEvaluationTests.table(rows, reader: "text reader"))
        let figures = Figures(rows)
        #expect(figures.titleRate >= Self.textFloors.title, "\(figures)")
        #expect(figures.meanF1 >= Self.textFloors.f1, "\(figures)")
        #expect(figures.languageRate >= Self.textFloors.language, "\(figures)")
    }

    /// The saved HTML pages of the same sample through the HTML reader. Language is right when
    /// the primary subtags agree (`en-US` for `en`).
    @Test func htmlReaderOnTheSampleCorpus() throws {
        let names = try Self.pages("html", ".html")
        #expect(names.count >= 6, "the sample corpus is missing from Tests/Fixtures/corpus/html")
        let converter = Converter()
        var rows: [Row] = []
        for name in names {
            let stem = (name as NSString).deletingPathExtension
            let data = try Data(contentsOf: Paths.corpus.appending(path: "html/\(name)"))
            let truth = try Self.truth(name)
            var warnings: [ConversionWarning] = []
            let article = try converter.article(from: ReaderInput(data: data, name: name), warnings: &warnings)
            let body = TokenOverlap.scoredText(of: article.body)
            let language = String(article.languageTag.prefix { $0 != "-" })
            rows.append(Row(
                name: stem, titleMatches: article.title.trimmingWhitespace() == truth.title.trimmingWhitespace(),
                overlap: TokenOverlap(extracted: body, truth: truth.body), language: language, expectedLanguage: truth.language))
            #expect(article.textDirection.rawValue == truth.direction, "\(stem): direction \(article.textDirection), truth \(truth.direction)")
            #expect(language == truth.language, "\(stem): language \(language), truth \(truth.language)")
        }
        print(CorpusEvaluationTests.table(rows, reader: "HTML reader"))
        let figures = Figures(rows)
        #expect(figures.titleRate >= Self.htmlFloors.title, "\(figures)")
        #expect(figures.meanF1 >= Self.htmlFloors.f1, "\(figures)")
    }

    /// The means the floors are about.
    struct Figures: CustomStringConvertible {
        let titleRate: Double, meanF1: Double, languageRate: Double

        init(_ rows: [Row]) {
            let count = Double(rows.count)
            titleRate = Double(rows.filter(\.titleMatches).count) / count
            meanF1 = rows.map(\.overlap.f1).reduce(0, +) / count
            languageRate = Double(rows.filter { $0.language == $0.expectedLanguage }.count) / count
        }

        var description: String { "title \(titleRate), F1 \(meanF1), language \(languageRate)" }
    }

    /// Floors at or a little under what this sample scores (measured 2026-11-29, see
    /// `Tests/Fixtures/corpus/README.md`): text reader titles 6/6, body F1 94.1 %, languages
    /// 6/6; HTML reader titles 6/6, body F1 95.6 %. With six pages one lost title is 17
    /// points, so the title and language floors are all of them; the F1 floors fail when one
    /// page loses about a tenth of its body or lets in as much furniture.
    static let textFloors = (title: 1.0, f1: 0.93, language: 1.0)
    static let htmlFloors = (title: 1.0, f1: 0.94)

    static func table(_ rows: [Row], reader: String) -> String {
        func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
        var lines = [reader.padding(toLength: 44, withPad: " ", startingAt: 0) + "  title   P      R      F1     lang"]
        for row in rows {
            lines.append(row.name.padding(toLength: 44, withPad: " ", startingAt: 0)
                + "  " + (row.titleMatches ? "yes " : "no  ")
                + "  " + percent(row.overlap.precision) + "  " + percent(row.overlap.recall) + "  " + percent(row.overlap.f1)
                + "  " + row.language + (row.language == row.expectedLanguage ? "" : " (truth \(row.expectedLanguage))"))
        }
        let count = Double(rows.count)
        let precision = rows.map(\.overlap.precision).reduce(0, +) / count
        let recall = rows.map(\.overlap.recall).reduce(0, +) / count
        let f1 = rows.map(\.overlap.f1).reduce(0, +) / count
        lines.append("mean over \(rows.count) pages: title exact \(percent(Double(rows.filter(\.titleMatches).count) / count))%, "
            + "body precision \(percent(precision))%, recall \(percent(recall))%, F1 \(percent(f1))%, "
            + "language right \(percent(Double(rows.filter { $0.language == $0.expectedLanguage }.count) / count))%")
        return lines.joined(separator: "\n")
    }
}
