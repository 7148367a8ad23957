/// The JSON form of an article: Offprint's own record, described by
/// `Sources/OffprintWriters/Resources/article.schema.json`.
extension Article: Codable {
    /// The version of the JSON record this code writes and reads.
    public static let schemaVersion = 1

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, title, kicker, authors, published, modified, source, language, direction
        case categories, tags, summary, body, related, resources, extra
    }

    /// Reads a record; arrays and optional fields may be missing, unknown versions are refused.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let version = try container.decodeIfPresent(Int.self, forKey: .schemaVersion), version != Article.schemaVersion {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription: "schema version \(version) is not supported (this Offprint reads version \(Article.schemaVersion))")
        }
        self.init(
            id: try container.decode(String.self, forKey: .id),
            title: try container.decode(String.self, forKey: .title),
            kicker: try container.decodeIfPresent(String.self, forKey: .kicker),
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            published: try container.decodeIfPresent(ArticleDate.self, forKey: .published),
            modified: try container.decodeIfPresent(ArticleDate.self, forKey: .modified),
            source: try container.decodeIfPresent(ArticleSource.self, forKey: .source) ?? ArticleSource(),
            language: try container.decodeIfPresent(String.self, forKey: .language),
            direction: try container.decodeIfPresent(TextDirection.self, forKey: .direction),
            categories: try container.decodeIfPresent([String].self, forKey: .categories) ?? [],
            tags: try container.decodeIfPresent([String].self, forKey: .tags) ?? [],
            summary: try container.decodeIfPresent(String.self, forKey: .summary),
            body: try container.decodeIfPresent([Block].self, forKey: .body) ?? [],
            related: try container.decodeIfPresent([Link].self, forKey: .related) ?? [],
            resources: try container.decodeIfPresent([Resource].self, forKey: .resources) ?? [],
            extra: try container.decodeIfPresent([String: String].self, forKey: .extra) ?? [:]
        )
    }

    /// Writes a record. `JSONArticleWriter` writes the same fields with a fixed key order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Article.schemaVersion, forKey: .schemaVersion)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(kicker, forKey: .kicker)
        try container.encode(authors, forKey: .authors)
        try container.encodeIfPresent(published, forKey: .published)
        try container.encodeIfPresent(modified, forKey: .modified)
        try container.encode(source, forKey: .source)
        try container.encode(languageTag, forKey: .language)
        try container.encode(textDirection, forKey: .direction)
        try container.encode(categories, forKey: .categories)
        try container.encode(tags, forKey: .tags)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encode(body, forKey: .body)
        try container.encode(related, forKey: .related)
        try container.encode(resources, forKey: .resources)
        try container.encode(extra, forKey: .extra)
    }
}
