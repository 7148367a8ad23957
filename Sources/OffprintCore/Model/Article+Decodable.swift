/// Reads an article from its JSON form, Offprint's own record, described by
/// `Sources/OffprintWriters/Resources/article.schema.json`. The record is written by one piece of
/// code only, `JSONWriter` (fixed key order, unescaped UTF-8), and read by this one.
extension Article: Decodable {
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
}
