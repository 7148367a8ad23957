import Offprint

/// The human summary `offprint inspect` prints.
struct ArticleDescription {
    let text: String

    init(article: Article, warnings: [ConversionWarning]) {
        var lines: [String] = []
        func field(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append(label.padding(toLength: 11, withPad: " ", startingAt: 0) + value) }
        }
        field("title", article.title)
        field("kicker", article.kicker)
        field("authors", article.authors.joined(separator: ", "))
        field("published", article.published?.description)
        field("modified", article.modified?.description)
        field("url", article.source.url)
        field("site", article.source.siteName)
        field("language", article.language)
        field("direction", article.direction?.rawValue)
        field("categories", article.categories.joined(separator: ", "))
        field("tags", article.tags.joined(separator: ", "))
        field("id", article.id)
        lines.append("body       \(article.body.count) blocks, \(article.body.reduce(0) { $0 + $1.plainText.split(whereSeparator: \.isWhitespace).count }) words")
        for (index, block) in article.body.enumerated() {
            let preview = block.plainText.replacingOccurrences(of: "\n", with: " ")
            let short = preview.count > 70 ? String(preview.prefix(70)) + "…" : preview
            var marks = ""
            if let language = block.language { marks += " [\(language)]" }
            if let direction = block.direction { marks += " [\(direction.rawValue)]" }
            lines.append("  \(index + 1). \(ArticleDescription.kind(of: block))\(marks): \(short)")
        }
        if !article.related.isEmpty {
            lines.append("related    \(article.related.count)")
            for link in article.related { lines.append("  - \(link.title)" + (link.url.map { " <\($0)>" } ?? "")) }
        }
        for warning in warnings { lines.append("warning    \(warning.message)") }
        // A title or block may hold a newline or an escape sequence: each line is escaped alone.
        text = lines.map(Console.escaped).joined(separator: "\n") + "\n"
    }

    static func kind(of block: Block) -> String {
        switch block.kind {
        case .paragraph: return "paragraph"
        case .heading(let level, _): return "heading \(level)"
        case .quote: return "quote"
        case .list(let ordered, _, let items): return "\(ordered ? "ordered" : "bulleted") list of \(items.count)"
        case .code: return "code"
        case .figure: return "figure"
        case .rule: return "rule"
        case .table(let table): return "table of \(table.rows.count) rows"
        }
    }
}
