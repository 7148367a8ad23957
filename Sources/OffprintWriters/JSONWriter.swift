import Foundation
import OffprintCore

/// Writes an article as one Offprint JSON record: a versioned schema
/// (`Sources/OffprintWriters/Resources/article.schema.json`), fixed key order, UTF-8 unescaped,
/// dates in ISO 8601. Reading the record back gives the same article, and writing that gives
/// the same bytes.
public struct JSONWriter: ArticleWriter {
    public let format = "json"
    public let fileExtension = "json"
    public let summary = "an Offprint JSON record (schema: Sources/OffprintWriters/Resources/article.schema.json)"

    public init() {}

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        Data(JSONWriter.record(article, pretty: true).utf8)
    }

    /// The record as text; `pretty` indents it, otherwise it is one line (for JSON Lines).
    public static func record(_ article: Article, pretty: Bool) -> String {
        var output = JSONOutput(pretty: pretty)
        output.article(article)
        return output.text + "\n"
    }
}
