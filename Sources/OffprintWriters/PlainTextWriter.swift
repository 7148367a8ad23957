import Foundation
import OffprintCore

/// Writes an article as plain text: the headline, metadata lines, paragraphs separated by blank
/// lines, related articles, and the targets of links listed at the end.
///
/// Wrapping (`PlainTextOptions.lineWidth`) is Unicode-aware: it never splits a grapheme and
/// counts East Asian wide characters as two columns.
public struct PlainTextWriter: ArticleWriter {
    public let format = "txt"
    public let fileExtension = "txt"
    public let summary = "plain text, optionally wrapped, with link targets listed at the end"

    public init() {}

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        var document = PlainTextDocument(width: context.text.lineWidth)
        if let kicker = article.kicker { document.line(kicker) }
        document.line(article.title)
        document.line(String(repeating: "=", count: max(3, min(DisplayWidth.columns(of: article.title), context.text.lineWidth ?? 72))))
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
