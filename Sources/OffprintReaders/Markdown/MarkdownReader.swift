import Foundation
import OffprintCore
import OffprintPlatform

/// Reads Markdown (CommonMark with GitHub's tables and strikethrough) with optional YAML front
/// matter, loading local images beside the file into the article's resources.
public struct MarkdownReader: ArticleReader {
    public let format = "md"
    public let fileExtensions = ["md", "markdown", "mdown", "mkd"]
    public let summary = "Markdown (CommonMark + GFM tables, strikethrough) with YAML front matter"

    public init() {}

    /// Front matter, or a first line that is an ATX heading.
    public func recognizes(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(256), as: UTF8.self)
        return head.hasPrefix("---\n") || head.hasPrefix("---\r\n") || head.hasPrefix("# ")
    }

    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        let text = try TextDecoding.decode(input.data, encoding: input.encoding)
        let frontMatter = try FrontMatter(text)
        var article = Article(id: input.name, title: "", source: ArticleSource(path: input.name))
        frontMatter.apply(to: &article, warnings: &warnings)
        var notes = MarkdownTree.Notes()
        article.body = MarkdownTree.blocks(from: String(frontMatter.body), notes: &notes)
        if let cells = notes.tableCells {
            warnings.append(ConversionWarning(
                "its tables would make \(cells) cells (rows are padded to the header's width; at most \(MarkdownTree.maximumTableCells)): tables were read as text"))
        }
        article.enforceModelLimits(warnings: &warnings, alreadyFlattened: notes.flattened)
        if article.title.isEmpty, case .heading(1, let inlines)? = article.body.first?.kind {
            article.title = inlines.plainText
            article.body.removeFirst()
        }
        if article.title.isEmpty {
            article.title = PlainTextReader.fallbackTitle(from: article.body, name: input.name)
        }
        ImageLoader(baseDirectory: input.fileURL?.deletingLastPathComponent()).loadImages(of: &article, warnings: &warnings)
        if let url = article.source.url { article.id = url }
        return article
    }
}
