import OffprintCore

/// The YAML front matter of a note, as Obsidian, Jekyll and Hugo read it: `title`, `kicker`,
/// `authors`, `date`, `updated`, `url`, `site`, `lang`, `dir`, `tags`, `categories`, `summary`,
/// then the article's other metadata (`extra`) by name. Lists are YAML sequences; dates are
/// ISO 8601, written plain so that tools read them as dates; every other value is quoted
/// where YAML would read it as something else.
enum MarkdownFrontMatter {
    /// The keys the Markdown reader takes as article fields (and their other names): an
    /// `extra` entry of one of these names would be read back as the field, so it is left out.
    static let fieldKeys: Set<String> = [
        "title", "headline", "kicker", "section", "author", "authors", "by", "byline", "date", "published",
        "modified", "updated", "url", "source", "link", "site", "publisher", "language", "lang",
        "direction", "dir", "tags", "keywords", "category", "categories", "summary", "description",
    ]

    /// The front matter, between its `---` lines, with a line break after each line.
    static func text(of article: Article) -> String {
        var lines = ["---"]
        func add(_ key: String, _ value: String?) {
            if let value { lines.append(key + ": " + YAMLScalar.write(value)) }
        }
        func add(_ key: String, list: [String]) {
            guard !list.isEmpty else { return }
            lines.append(key + ":")
            lines += list.map { "  - " + YAMLScalar.write($0) }
        }
        add("title", article.title)
        add("kicker", article.kicker)
        add("authors", list: article.authors)
        if let published = article.published { lines.append("date: " + date(published)) }
        if let modified = article.modified { lines.append("updated: " + date(modified)) }
        add("url", article.source.url)
        add("site", article.source.siteName)
        add("lang", article.language)
        add("dir", article.direction?.rawValue)
        add("tags", list: article.tags)
        add("categories", list: article.categories)
        add("summary", article.summary)
        for key in article.extra.keys.sorted() where !fieldKeys.contains(key.lowercased()) {
            add(YAMLScalar.write(key), article.extra[key])
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A date as ISO 8601, plain when it is only digits, dashes, colons, `T`, `Z`, `+` and `.`.
    private static func date(_ date: ArticleDate) -> String {
        let text = date.description
        return text.allSatisfy({ $0.isASCII && ($0.isNumber || "-:TZ+.".contains($0)) }) && text.first?.isNumber == true ? text : YAMLScalar.quoted(text)
    }
}
