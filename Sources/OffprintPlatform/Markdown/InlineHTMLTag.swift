import OffprintCore

/// An HTML tag in Markdown text that stands for emphasis the model has: `<em>`, `<i>`,
/// `<strong>`, `<b>`, `<del>`, `<s>`, `<strike>`, opening (attributes allowed) or closing.
/// Markdown writers use them where `*` or `_` cannot say it; any other tag is left out.
struct InlineHTMLTag {
    enum Kind {
        case emphasis, strong, strikethrough

        func wrapping(_ inlines: [Inline]) -> Inline {
            switch self {
            case .emphasis: .emphasis(inlines)
            case .strong: .strong(inlines)
            case .strikethrough: .strikethrough(inlines)
            }
        }
    }

    let kind: Kind
    let isClosing: Bool

    static let kinds: [String: Kind] = [
        "em": .emphasis, "i": .emphasis, "strong": .strong, "b": .strong, "del": .strikethrough, "s": .strikethrough, "strike": .strikethrough,
    ]

    /// The tag `html` is (the literal of an inline HTML node), or `nil`.
    init?(_ html: String) {
        guard html.hasPrefix("<"), html.hasSuffix(">"), html.utf8.count <= 200 else { return nil }
        var inner = html.dropFirst().dropLast()
        isClosing = inner.hasPrefix("/")
        if isClosing { inner = inner.dropFirst() }
        let name = inner.prefix { $0.isASCII && $0.isLetter }
        let rest = inner.dropFirst(name.count)
        guard let kind = InlineHTMLTag.kinds[name.lowercased()],
              rest.isEmpty || (!isClosing && rest.first?.isWhitespace == true && !rest.hasSuffix("/")) || (isClosing && rest.allSatisfy(\.isWhitespace))
        else { return nil }
        self.kind = kind
    }
}
