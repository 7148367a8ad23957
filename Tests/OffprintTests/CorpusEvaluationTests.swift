import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// Runs the scraped-text reader over the 26 real page dumps in `../shared/corpus/text` and
/// compares with the truth: title exact match (after trimming) and body token precision,
/// recall and F1. Prints the table; fails if a page crashes, gets an empty title, or the
/// figures fall below the floors measured when the reader was written.
@Suite struct CorpusEvaluationTests {
    struct Truth: Decodable {
        let title: String
        let body: String
        let language: String
    }

    struct Row {
        let name: String
        let titleMatches: Bool
        let overlap: TokenOverlap
        let language: String
        let expectedLanguage: String
    }

    @Test func textReaderOnTheSharedCorpus() throws {
        let folder = Paths.corpus.appending(path: "text")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 26, "expected the 26 pages of ../shared/corpus/text (set OFFPRINT_SHARED if it lives elsewhere)")
        let converter = Converter()
        var rows: [Row] = []
        for name in names {
            let data = try Data(contentsOf: folder.appending(path: name))
            let truthURL = Paths.corpus.appending(path: "truth/\((name as NSString).deletingPathExtension).json")
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: truthURL))
            var warnings: [ConversionWarning] = []
            let article = try converter.article(from: ReaderInput(data: data, name: name), warnings: &warnings)
            #expect(!article.title.isBlank, "\(name): empty title")
            let body = article.body.map(\.plainText).joined(separator: "\n\n")
            rows.append(Row(
                name: (name as NSString).deletingPathExtension,
                titleMatches: article.title.trimmingWhitespace() == truth.title.trimmingWhitespace(),
                overlap: TokenOverlap(extracted: body, truth: truth.body),
                language: article.languageTag, expectedLanguage: truth.language))
        }
        print(CorpusEvaluationTests.table(rows))
        let titleRate = Double(rows.filter(\.titleMatches).count) / Double(rows.count)
        let meanF1 = rows.map(\.overlap.f1).reduce(0, +) / Double(rows.count)
        let languageRate = Double(rows.filter { $0.language == $0.expectedLanguage }.count) / Double(rows.count)
        #expect(titleRate >= CorpusEvaluationTests.titleFloor)
        #expect(meanF1 >= CorpusEvaluationTests.f1Floor)
        #expect(languageRate >= CorpusEvaluationTests.languageFloor)
    }

    /// The saved HTML pages of the same corpus through the HTML reader. Language is right when
    /// the primary subtags agree (`en-US` for `en`); the synthetic pages only test direction.
    @Test func htmlReaderOnTheSharedCorpus() throws {
        let folder = Paths.corpus.appending(path: "html")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
        #expect(names.count == 26)
        let converter = Converter()
        var rows: [Row] = []
        for name in names {
            let stem = (name as NSString).deletingPathExtension
            let data = try Data(contentsOf: folder.appending(path: name))
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: Paths.corpus.appending(path: "truth/\(stem).json")))
            var warnings: [ConversionWarning] = []
            let article = try converter.article(from: ReaderInput(data: data, name: name), warnings: &warnings)
            let body = article.body.map(\.plainText).joined(separator: "\n\n")
            let language = String(article.languageTag.prefix { $0 != "-" })
            rows.append(Row(
                name: stem, titleMatches: article.title.trimmingWhitespace() == truth.title.trimmingWhitespace(),
                overlap: TokenOverlap(extracted: body, truth: truth.body), language: language, expectedLanguage: truth.language))
            if stem.hasPrefix("synthetic-rtl") {
                #expect(article.direction == .rightToLeft, "\(stem) should be right to left")
            } else {
                #expect(language == truth.language, "\(stem): language \(language), truth \(truth.language)")
            }
        }
        print(CorpusEvaluationTests.table(rows))
        #expect(Double(rows.filter(\.titleMatches).count) / Double(rows.count) >= 0.9)
        #expect(rows.map(\.overlap.f1).reduce(0, +) / Double(rows.count) >= 0.95)
    }

    /// Floors a little under the figures measured when the reader was last tuned (see the README).
    static let titleFloor = 0.42
    static let f1Floor = 0.86
    static let languageFloor = 0.95

    static func table(_ rows: [Row]) -> String {
        func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
        var lines = ["page                                          title   P      R      F1     lang"]
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
