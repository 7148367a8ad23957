/// A run of text inside a paragraph, heading or caption.
///
/// The cases are closed on purpose: every writer handles each one, and the compiler finds
/// every place a new case must be handled.
public indirect enum Inline: Sendable, Hashable {
    /// Plain text, exactly as the input had it (after Unicode NFC).
    case text(String)
    /// Emphasised text, usually shown in italics.
    case emphasis([Inline])
    /// Strongly emphasised text, usually shown in bold.
    case strong([Inline])
    /// Struck-through text: deleted, or no longer true.
    case strikethrough([Inline])
    /// Inline code or another literal.
    case code(String)
    /// A hyperlink around some text.
    case link(url: String, [Inline])
    /// A hard line break inside a block.
    case lineBreak
}

extension Inline {
    /// The text of this inline with all markup removed; a line break becomes a newline.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): return text
        case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, let children): return children.plainText
        case .lineBreak: return "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The text of these inlines with all markup removed.
    public var plainText: String {
        var result = ""
        for inline in self { result += inline.plainText }
        return result
    }
}
