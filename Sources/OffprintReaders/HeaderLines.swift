import OffprintCore
/// Reads the optional `Key: value` lines at the top of a text file (`Title:`, `Author:`, `Date:`,
/// `URL:`, `Language:`, `Tags:`...) into an article, so they override what would be inferred.
struct HeaderLines {
    /// The fields a header line may set, by lower-cased key.
    enum Field: String {
        case title, kicker, author, date, modified, url, site, language, direction, tags, categories, summary
    }

    static let fieldsByKey: [String: Field] = [
        "title": .title, "headline": .title,
        "kicker": .kicker, "section": .kicker,
        "author": .author, "authors": .author, "by": .author, "byline": .author,
        "date": .date, "published": .date,
        "modified": .modified, "updated": .modified,
        "url": .url, "source": .url, "link": .url,
        "site": .site, "publisher": .site,
        "language": .language, "lang": .language,
        "direction": .direction, "dir": .direction,
        "tags": .tags, "keywords": .tags,
        "category": .categories, "categories": .categories,
        "summary": .summary, "description": .summary,
    ]

    /// The header's values, in file order.
    private(set) var values: [(field: Field, value: String, line: Int)] = []
    /// How many lines of the file the header (and the blank line after it) took.
    private(set) var lineCount = 0

    /// Reads header lines from the start of `lines`; stops at the first line that is not one.
    init(_ lines: [Substring]) {
        var index = 0
        while index < lines.count, let (field, value) = HeaderLines.parse(lines[index]) {
            values.append((field, value, index + 1))
            index += 1
        }
        guard !values.isEmpty else { return }
        while index < lines.count, lines[index].isBlank { index += 1 }
        lineCount = index
    }

    private static func parse(_ line: Substring) -> (Field, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingWhitespace().lowercased()
        guard let field = fieldsByKey[key] else { return nil }
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        return value.isEmpty ? nil : (field, value)
    }

    /// Sets the article's fields from the header; values that cannot be used become warnings.
    func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        for (field, value, line) in values {
            switch field {
            case .title: article.title = value
            case .kicker: article.kicker = value
            case .author: article.authors = HeaderLines.list(value)
            case .url: article.source.url = value
            case .site: article.source.siteName = value
            case .tags: article.tags = HeaderLines.list(value)
            case .categories: article.categories = HeaderLines.list(value)
            case .summary: article.summary = value
            case .date, .modified:
                if let date = ArticleDate(parsing: value) {
                    if field == .date { article.published = date } else { article.modified = date }
                } else {
                    warnings.append(ConversionWarning("line \(line): '\(value)' is not an ISO 8601 date (YYYY-MM-DD); kept in extra"))
                    article.extra[field.rawValue] = value
                }
            case .language:
                if let tag = LanguageTag(value) {
                    article.language = tag.description
                } else {
                    warnings.append(ConversionWarning("line \(line): '\(value)' is not a BCP 47 language tag; the language is detected from the text"))
                }
            case .direction:
                if let direction = TextDirection(rawValue: value.lowercased()) {
                    article.direction = direction
                } else {
                    warnings.append(ConversionWarning("line \(line): direction '\(value)' is neither ltr nor rtl; it is inferred instead"))
                }
            }
        }
    }

    /// Splits a list value on semicolons or commas.
    static func list(_ value: String) -> [String] {
        let separator: Character = value.contains(";") ? ";" : ","
        return value.split(separator: separator).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
