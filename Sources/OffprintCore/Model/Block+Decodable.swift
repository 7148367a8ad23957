/// JSON form: `{"type": "paragraph", "content": [...]}`, with optional `language` and `direction`
/// beside the fields of each kind. A code block's programming language is `syntax`.
extension Block: Decodable {
    enum CodingKeys: String, CodingKey {
        case type, language, direction, content, level, blocks, ordered, start, items, text, syntax, image, alt, caption, table
    }

    /// The `type` names used in JSON, one per `Kind` case.
    enum KindName: String, Codable, CaseIterable {
        case paragraph, heading, quote, list, code, figure, rule, table
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind: Kind
        let typeName = try container.decode(String.self, forKey: .type)
        guard let type = KindName(rawValue: typeName) else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown block type '\(typeName)' (known: \(KindName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        switch type {
        case .paragraph:
            kind = .paragraph(try container.decode([Inline].self, forKey: .content))
        case .heading:
            let level = try container.decode(Int.self, forKey: .level)
            guard (1...6).contains(level) else {
                throw DecodingError.dataCorruptedError(forKey: .level, in: container, debugDescription: "heading level \(level) is not between 1 and 6")
            }
            kind = .heading(level: level, try container.decode([Inline].self, forKey: .content))
        case .quote:
            kind = .quote(try container.decode([Block].self, forKey: .blocks))
        case .list:
            kind = .list(
                ordered: try container.decodeIfPresent(Bool.self, forKey: .ordered) ?? false,
                start: try container.decodeIfPresent(Int.self, forKey: .start) ?? 1,
                items: try container.decode([[Block]].self, forKey: .items))
        case .code:
            kind = .code(try container.decode(String.self, forKey: .text), language: try container.decodeIfPresent(String.self, forKey: .syntax))
        case .figure:
            kind = .figure(
                image: try container.decode(String.self, forKey: .image),
                alt: try container.decodeIfPresent(String.self, forKey: .alt) ?? "",
                caption: try container.decodeIfPresent([Inline].self, forKey: .caption) ?? [])
        case .rule:
            kind = .rule
        case .table:
            kind = .table(try container.decode(Table.self, forKey: .table))
        }
        var language: String?
        if let text = try container.decodeIfPresent(String.self, forKey: .language) {
            guard let tag = LanguageTag(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .language, in: container,
                    debugDescription: "'\(text)' is not a BCP 47 language tag (such as en, ar or en-GB)")
            }
            language = tag.description
        }
        self.init(
            kind,
            language: language,
            direction: try container.decodeIfPresent(TextDirection.self, forKey: .direction))
    }
}
