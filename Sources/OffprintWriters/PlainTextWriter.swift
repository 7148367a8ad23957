import Foundation
import OffprintCore

/// Writes an article as plain text: the headline, metadata lines, paragraphs separated by blank
/// lines, related articles, and the targets of links listed at the end.
///
/// Wrapping (`Options.lineWidth`, `--wrap`) is Unicode-aware: it never splits a grapheme and
/// counts East Asian wide characters as two columns.
public struct PlainTextWriter: ArticleWriter {
    public let format = "txt"
    public let fileExtension = "txt"
    public let summary = "plain text, optionally wrapped, with link targets listed at the end"

    public var options: Options

    /// A writer with the given options (by default, unwrapped).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// What the plain-text writer can be told.
    public struct Options: WriterOptions {
        /// Wrap paragraphs at this many columns; `nil` leaves each paragraph on one line.
        public var lineWidth: Int?

        /// The narrowest wrapping that still leaves room for a word.
        public static let narrowestLineWidth = 8
        /// The widest wrapping accepted; wider is as good as none.
        public static let widestLineWidth = 10_000

        /// Options with every default: no wrapping.
        public init(lineWidth: Int? = nil) {
            self.lineWidth = lineWidth
        }

        public static let settings = [
            WriterSetting(name: "wrap", valueName: "columns", help: "Wrap plain-text output at this many columns."),
        ]

        public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
            let value = try Self.last(values, for: name)
            guard let columns = Int(value), (Self.narrowestLineWidth...Self.widestLineWidth).contains(columns) else {
                throw WriterOptionError(setting: name, "expects a number of columns from \(Self.narrowestLineWidth) to \(Self.widestLineWidth), not '\(value)'")
            }
            lineWidth = columns
        }
    }

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        var document = PlainTextDocument(width: options.lineWidth)
        if let kicker = article.kicker { document.line(kicker) }
        document.line(article.title)
        document.line(String(repeating: "=", count: max(3, min(DisplayWidth.columns(of: article.title), options.lineWidth ?? 72))))
        if !article.authors.isEmpty { document.line(article.authors.joined(separator: ", ")) }
        if let published = article.published { document.line(published.description) }
        if let url = article.source.url { document.line(url) }
        document.blankLine()
        if let summary = article.summary { document.paragraph(summary) }
        for block in article.body { document.block(block) }
        if !article.related.isEmpty {
            document.heading(PageLabels(language: article.languageTag).related)
            for link in article.related {
                document.line("- " + link.title + (link.url.map { " <\($0)>" } ?? ""))
            }
            document.blankLine()
        }
        document.linkList()
        return Data(document.text.utf8)
    }
}
