import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters
@testable import OffprintChecker

/// Every output format of every example and fixture, checked by the real validators:
/// EPUBCheck (0 errors, 0 warnings), the Nu HTML Checker (no messages) and the JSON Schema.
@Suite(.tags(.validators), .slow) struct OutputValidationTests {
    static func articles() throws -> [(name: String, article: Article)] {
        var result: [(String, Article)] = [("everything", Fixtures.everything), ("hostile", MarkupSafetyTests.hostile)]
        let converter = Converter()
        for name in try FileManager.default.subpathsOfDirectory(atPath: Paths.examples.path).sorted()
        where FormatRegistry.standard.handlesExtension(of: name) {
            var warnings: [ConversionWarning] = []
            let url = Paths.examples.appending(path: name)
            let data = try Data(contentsOf: url)
            result.append(((name as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-"),
                           try converter.article(from: ReaderInput(data: data, name: name, fileURL: url), warnings: &warnings)))
        }
        var rightToLeft = Fixtures.everything
        rightToLeft.language = "he"
        rightToLeft.direction = .rightToLeft
        result.append(("everything-rtl", rightToLeft))
        return result + (try archiveAndSnapshotArticles())
    }

    static func write(_ writer: any ArticleWriter, into folder: TemporaryDirectory) throws -> [String] {
        try articles().map { name, article in
            try folder.write("\(name).\(writer.fileExtension)", data: writer.write(article, context: Fixtures.context))
        }
    }

    @Test func everyEPUBPassesEPUBCheck() async throws {
        let folder = try TemporaryDirectory("epubcheck")
        let paths = try Self.write(EPUBWriter(), into: folder)
        let reports = try await Validators.epubCheck(paths)
        for path in paths {
            #expect(reports[path] == [], "\((path as NSString).lastPathComponent): \(reports[path] ?? ["not checked"])")
            // And Offprint's own direction-aware check.
            #expect(EPUBChecker().check(path) == [])
        }
    }

    @Test func everyHTMLPagePassesTheNuChecker() async throws {
        let folder = try TemporaryDirectory("vnu")
        let messages = try await Validators.nuCheck(Self.write(HTMLWriter(), into: folder))
        #expect(messages == [])
    }

    @Test func everyJSONRecordMatchesTheSchema() async throws {
        let folder = try TemporaryDirectory("schema")
        let violations = try await Validators.jsonSchema(Self.write(JSONWriter(), into: folder))
        #expect(violations == [])
    }
}
