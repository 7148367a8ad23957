/// JSON form: plain text is a bare string; every other inline is `{"type": ..., ...}`.
extension Inline: Codable {
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

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .emphasis(let content):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(KindName.emphasis, forKey: .type)
            try container.encode(content, forKey: .content)
        case .strong(let content):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(KindName.strong, forKey: .type)
            try container.encode(content, forKey: .content)
        case .strikethrough(let content):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(KindName.strikethrough, forKey: .type)
            try container.encode(content, forKey: .content)
        case .code(let text):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(KindName.code, forKey: .type)
            try container.encode(text, forKey: .text)
        case .link(let url, let content):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(KindName.link, forKey: .type)
            try container.encode(url, forKey: .url)
            try container.encode(content, forKey: .content)
        case .lineBreak:
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(KindName.lineBreak, forKey: .type)
        }
    }
}
