import Foundation
import Offprint

/// Writes an article as a minimal Markdown note, its title as the first heading and an optional
/// YAML front matter: a plug-in format for Offprint (whose own `md` writer is the full one).
public struct NoteWriter: ArticleWriter {
    public let format = "note"
    public let fileExtension = "note.md"
    public let summary = "a minimal Markdown note, the title as its first heading (plug-in from Examples/CustomWriter)"

    public var options = Options()

    public init() {}

    /// A plug-in writer declares its settings like the built-in ones: the command line takes
    /// them as `--option front-matter=no`, lists them in `offprint formats`, and refuses them
    /// when no requested writer takes them.
    public struct Options: WriterOptions {
        /// Whether the note opens with YAML front matter (title, authors, date, language...).
        public var frontMatter = true

        public static let settings = [
            WriterSetting(name: "front-matter", valueName: "yes|no", help: "Open each note with YAML front matter (default: yes)."),
        ]

        public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
            switch values.last?.lowercased() {
            case "yes": frontMatter = true
            case "no": frontMatter = false
            default: throw WriterOptionError(setting: name, "takes yes or no, not '\(values.last ?? "")'")
            }
        }
    }

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        var text = ""
        if options.frontMatter {
            text += "---\n"
            text += "title: \(quoted(article.title))\n"
            if !article.authors.isEmpty { text += "authors: [\(article.authors.map(quoted).joined(separator: ", "))]\n" }
            if let published = article.published { text += "date: \(published)\n" }
            text += "lang: \(article.languageTag)\ndir: \(article.textDirection.rawValue)\n"
            if let url = article.source.url { text += "url: \(quoted(url))\n" }
            text += "---\n\n"
        }
        text += "# \(article.title)\n\n"
        for block in article.body { text += markdown(block) + "\n" }
        if !article.related.isEmpty {
            text += "## Related\n\n"
            for link in article.related {
                text += link.url.map { "- [\(link.title)](\($0))\n" } ?? "- \(link.title)\n"
            }
        }
        return Data(text.utf8)
    }

    private func markdown(_ block: Block, prefix: String = "") -> String {
        switch block.kind {
        case .paragraph(let inlines): return prefix + markdown(inlines) + "\n"
        case .heading(let level, let inlines): return String(repeating: "#", count: min(level + 1, 6)) + " " + markdown(inlines) + "\n"
        case .quote(let blocks): return blocks.map { markdown($0, prefix: prefix + "> ") }.joined(separator: prefix + ">\n")
        case .list(let ordered, let start, let items):
            return items.enumerated().map { offset, item in
                let marker = ordered ? "\(start + offset). " : "- "
                return prefix + marker + item.map { markdown($0).trimmingCharacters(in: .newlines) }.joined(separator: "\n   ")
            }.joined(separator: "\n") + "\n"
        case .code(let code, let language): return "```\(language ?? "")\n\(code)\n```\n"
        case .figure(let image, let alt, _): return "![\(alt)](\(image))\n"
        case .rule: return "---\n"
        case .table(let table):
            let header = table.header.isEmpty ? Array(repeating: [Inline](), count: table.columnCount) : table.header
            var lines = ["| " + header.map(markdown).joined(separator: " | ") + " |"]
            lines.append("|" + (0..<table.columnCount).map { column in
                switch table.alignment(ofColumn: column) {
                case .start: return ":---"
                case .center: return ":---:"
                case .end: return "---:"
                case .none: return "---"
                }
            }.joined(separator: "|") + "|")
            lines += table.rows.map { "| " + $0.map(markdown).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    private func markdown(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return text
            case .emphasis(let children): return "*\(markdown(children))*"
            case .strong(let children): return "**\(markdown(children))**"
            case .strikethrough(let children): return "~~\(markdown(children))~~"
            case .code(let code): return "`\(code)`"
            case .link(let url, let children): return "[\(markdown(children))](\(url))"
            case .lineBreak: return "  \n"
            }
        }.joined()
    }

    private func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
