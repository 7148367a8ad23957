import Foundation
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

/// Shared test inputs.
enum Fixtures {
    /// The "everything" article: every block and inline case of the model, a block in another
    /// language and direction, text that must be escaped, related links with and without URLs.
    static let everything: Article = {
        do {
            let data = try Data(contentsOf: Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures/everything.json"))
            return try JSONDecoder().decode(Article.self, from: data)
        } catch {
            preconditionFailure("Tests/OffprintTests/Fixtures/everything.json does not load: \(error)")
        }
    }()

    /// The seed article as the converter reads it.
    static func seedArticle() throws -> Article {
        var warnings: [ConversionWarning] = []
        let data = try Data(contentsOf: Paths.seed)
        return try Converter().article(from: ReaderInput(data: data, name: "000_c3eeed336fa56d7d.txt"), warnings: &warnings)
    }

    /// A writing context that never depends on the environment.
    static let context = WritingContext()

    /// Reads text through the full reading pipeline.
    static func read(_ text: String, name: String = "test.txt") throws -> (Article, [ConversionWarning]) {
        var warnings: [ConversionWarning] = []
        let article = try Converter().article(from: ReaderInput(data: Data(text.utf8), name: name), warnings: &warnings)
        return (article, warnings)
    }
}
