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

    /// What the JSON writer can be told.
    public struct Options: WriterOptions {
        /// Whether each resource carries its bytes (base64, so the record is the whole article)
        /// or only its identifier and type (`drop`: no base64 in the record).
        public var images: ImagePolicy

        /// Options; images embedded by default.
        public init(images: ImagePolicy = .embed) {
            self.images = images
        }

        public static let settings = [WriterSetting.images]

        public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
            images = try Self.choice(values, for: name)
        }
    }

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
