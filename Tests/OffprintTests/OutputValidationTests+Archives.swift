import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters
@testable import OffprintChecker

/// The articles of the inputs that come in other containers (an MHTML snapshot, a page with
/// `data:` images, wallabag and Omnivore entries): `OutputValidationTests` writes them in every
/// format with the rest and has the real validators check them.
extension OutputValidationTests {
    static func archiveAndSnapshotArticles() throws -> [(name: String, article: Article)] {
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
}
