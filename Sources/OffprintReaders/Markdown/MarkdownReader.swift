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

    /// The most elements a document may open. cmark-gfm keeps about 200 bytes per node while it
    /// parses, so text whose every few bytes open one (a line, an emphasis mark) needs about 200
    /// times its size: this bound keeps the worst case (links, emphasis) under half a gigabyte. Prose opens
    /// far fewer: a 30 MB book of paragraphs stays below it.
    public static let maximumElements = 750_000

    /// An upper estimate of the nodes the text can make: its line breaks and the characters that
    /// can open an inline or a block (`*`, `_`, `` ` ``, `[`, `!`, `<`, `~`, `|`, `>`, `#`, `&`, `\\`).
    static func possibleElements(in text: Substring) -> Int {
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0A, 0x2A, 0x5F, 0x60, 0x5B, 0x21, 0x3C, 0x7E, 0x7C, 0x3E, 0x23, 0x26, 0x5C: count += 1
            default: break
            }
        }
        return count
    }

    /// The most emphasis and link marks (`*`, `_`, `[`, `]`, `~`) one paragraph may hold: the
    /// parser's time grows faster than their count within a paragraph (20,000 repeats of
    /// `*[a](b)*` took 1.3 s, 40,000 took 7.5 s).
    public static let maximumInlineMarksInParagraph = 60_000

    /// The largest count of emphasis and link marks between two blank lines.
    static func mostInlineMarksInOneParagraph(of text: Substring) -> Int {
        var most = 0, current = 0
        var lineIsBlank = true
        for byte in text.utf8 {
            switch byte {
            case 0x0A:
                if lineIsBlank { current = 0 }
                lineIsBlank = true
            case 0x2A, 0x5F, 0x5B, 0x5D, 0x7E:
                current += 1
                most = max(most, current)
                lineIsBlank = false
            case 0x20, 0x09, 0x0D:
                break
            default:
                lineIsBlank = false
            }
        }
        return most
    }

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
        let elements = MarkdownReader.possibleElements(in: frontMatter.body)
        guard elements <= MarkdownReader.maximumElements else {
            throw ConversionError(.malformed(
                "the Markdown could hold \(elements) elements (lines and inline marks), over the \(MarkdownReader.maximumElements) that can be read in bounded memory; split the file"))
        }
        let marks = MarkdownReader.mostInlineMarksInOneParagraph(of: frontMatter.body)
        guard marks <= MarkdownReader.maximumInlineMarksInParagraph else {
            throw ConversionError(.malformed(
                "a paragraph holds \(marks) emphasis and link marks, over the \(MarkdownReader.maximumInlineMarksInParagraph) the Markdown parser handles in bounded time; split it"))
        }
        var notes = MarkdownTree.Notes()
        article.body = MarkdownTree.blocks(from: String(frontMatter.body), notes: &notes)
        if let cells = notes.tableCells {
            warnings.append(ConversionWarning(
                "its tables would make \(cells) cells (rows are padded to the header's width; at most \(MarkdownTree.maximumTableCells)): tables were read as text"))
        }
        article.enforceModelLimits(warnings: &warnings, alreadyFlattened: notes.flattened)
        MarkdownConventionReading.takeRelatedLinks(from: &article, startingAt: notes.relatedStart)
        article.body = MarkdownConventionReading.readIsolates(in: article.body, direction: article.direction)
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
