import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters
@testable import OffprintChecker

/// The articles of the new inputs (an MHTML snapshot, a page with `data:` images, wallabag and
/// Omnivore entries), written in every format and checked by the real validators.
@Suite(.tags(.validators), .slow) struct ExportValidationTests {
    static func articles() throws -> [(name: String, article: Article)] {
        var result: [(String, Article)] = []
        var warnings: [ConversionWarning] = []
        let snapshot = try Data(contentsOf: MHTMLReaderTests.fixture)
        result.append(("mhtml", try Converter().article(from: ReaderInput(data: snapshot, name: "saved-page.mhtml"), warnings: &warnings)))
        result.append(("data-url", try DataURLImageTests.article().0))
        for (name, reader, path) in [("wallabag", WallabagReader() as any ArticleArchiveReader, ReadItLaterExportTests.wallabag),
                                     ("omnivore", OmnivoreReader(), ReadItLaterExportTests.omnivore)] {
            for entry in try ReadItLaterExportTests.entries(reader, .file(path.path)) {
                result.append(("\(name)-\(entry.number)", try entry.article.get()))
            }
        }
        return result
    }

    static func write(_ writer: any ArticleWriter, into folder: TemporaryDirectory) throws -> [String] {
        try articles().map { name, article in
            try folder.write("\(name).\(writer.fileExtension)", data: writer.write(article, context: Fixtures.context))
        }
    }

    @Test func everyEPUBPassesEPUBCheck() async throws {
        let folder = try TemporaryDirectory("epubcheck-exports")
        let paths = try Self.write(EPUBWriter(), into: folder)
        let reports = try await Validators.epubCheck(paths)
        for path in paths {
            #expect(reports[path] == [], "\((path as NSString).lastPathComponent): \(reports[path] ?? ["not checked"])")
            #expect(EPUBChecker().check(path) == [])
        }
    }

    @Test func everyHTMLPagePassesTheNuChecker() async throws {
        let folder = try TemporaryDirectory("vnu-exports")
        #expect(try await Validators.nuCheck(Self.write(HTMLWriter(), into: folder)) == [])
    }

    @Test func everyJSONRecordMatchesTheSchema() async throws {
        let folder = try TemporaryDirectory("schema-exports")
        #expect(try await Validators.jsonSchema(Self.write(JSONWriter(), into: folder)) == [])
    }
}
