/// JSON form: plain text is a bare string; every other inline is `{"type": ..., ...}`.
extension Inline: Decodable {
    enum CodingKeys: String, CodingKey {
        case type, content, text, url
    }

    enum KindName: String, Codable, CaseIterable {
        case emphasis, strong, strikethrough, code, link, lineBreak
    }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self = .text(text)
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let typeName = try container.decode(String.self, forKey: .type)
        guard let type = KindName(rawValue: typeName) else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown inline type '\(typeName)' (known: text as a string, \(KindName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        switch type {
        case .emphasis: self = .emphasis(try container.decode([Inline].self, forKey: .content))
        case .strong: self = .strong(try container.decode([Inline].self, forKey: .content))
        case .strikethrough: self = .strikethrough(try container.decode([Inline].self, forKey: .content))
        case .code: self = .code(try container.decode(String.self, forKey: .text))
        case .link: self = .link(url: try container.decode(String.self, forKey: .url), try container.decode([Inline].self, forKey: .content))
        case .lineBreak: self = .lineBreak
        }
    }
}
