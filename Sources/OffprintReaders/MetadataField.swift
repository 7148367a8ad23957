import OffprintCore

/// The article fields that a text file's header lines (`Title: ...`) and a Markdown file's front
/// matter (`title: ...`) may set: one table of keys and one way of applying a value, so both
/// accept the same keys and treat a value they cannot use the same way (a warning, and the
/// value kept in `extra` where it is worth keeping).
enum MetadataField: String, CaseIterable {
    case title, kicker, authors, published, modified, url, site, language, direction, tags, categories, summary

    /// The field each key names, by lower-cased key.
    static let byKey: [String: MetadataField] = [
        "title": .title, "headline": .title,
        "kicker": .kicker, "section": .kicker,
        "author": .authors, "authors": .authors, "by": .authors, "byline": .authors,
        "date": .published, "published": .published,
        "modified": .modified, "updated": .modified,
        "url": .url, "source": .url, "link": .url,
        "site": .site, "publisher": .site,
        "language": .language, "lang": .language,
        "direction": .direction, "dir": .direction,
        "tags": .tags, "keywords": .tags,
        "category": .categories, "categories": .categories,
        "summary": .summary, "description": .summary,
    ]

    /// The field `key` names (in any case), or `nil`.
    init?(key: some StringProtocol) {
        guard let field = MetadataField.byKey[key.lowercased()] else { return nil }
        self = field
    }

    /// Sets this field of `article` from a value: `text` as written, `items` when the field is
    /// a list. `key` is the key as written and `location` where it stands (`line 3`,
    /// `front matter`), for warnings.
    func apply(text: String, items: [String], key: String, location: String, to article: inout Article, warnings: inout [ConversionWarning]) {
        switch self {
        case .title: article.title = text
        case .kicker: article.kicker = text
        case .authors: article.authors = items
        case .url: article.source.url = text
        case .site: article.source.siteName = text
        case .tags: article.tags = items
        case .categories: article.categories = items
        case .summary: article.summary = text
        case .published, .modified:
            if let date = ArticleDate(parsing: text) {
                if self == .published { article.published = date } else { article.modified = date }
            } else {
                warnings.append(ConversionWarning("\(location): \(key) '\(text)' is not an ISO 8601 date (YYYY-MM-DD); kept in extra"))
                article.extra[key.lowercased()] = text
            }
        case .language:
            if let tag = LanguageTag(text) {
                article.language = tag.description
            } else {
                warnings.append(ConversionWarning("\(location): '\(text)' is not a BCP 47 language tag; the language is detected from the text"))
            }
        case .direction:
            if let direction = TextDirection(rawValue: text.lowercased()) {
                article.direction = direction
            } else {
                warnings.append(ConversionWarning("\(location): direction '\(text)' is neither ltr nor rtl; it is inferred instead"))
            }
        }
    }

    /// Splits a list written on one line on semicolons, else commas.
    static func list(_ value: String) -> [String] {
        let separator: Character = value.contains(";") ? ";" : ","
        return value.split(separator: separator).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
