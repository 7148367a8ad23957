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

    public var options: Options

    /// A writer with the given options (by default, images' bytes in the record).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The writer's one setting, `--images` (images: base64 in the record, or only each image's id and type with `drop`).
    public typealias Options = ImageOptions

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        Data(JSONWriter.record(article, pretty: true, images: options.images).utf8)
    }

    /// The record as text; `pretty` indents it, otherwise it is one line (for JSON Lines).
    /// With `images: .drop` its resources list their identifiers and types, not their bytes.
    public static func record(_ article: Article, pretty: Bool, images: ImagePolicy = .embed) -> String {
        var output = JSONOutput(pretty: pretty)
        output.article(article, includingResourceData: images == .embed)
        return output.text + "\n"
    }
}
