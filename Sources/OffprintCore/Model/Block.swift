/// One block of an article's body: a paragraph, heading, quote, list, code, figure or rule.
///
/// A block may override the article's language and direction, for a quotation in another
/// script inside an article, for example. `nil` means "as the enclosing block or article".
public struct Block: Sendable, Hashable {
    /// What the block is and holds.
    public var kind: Kind
    /// The block's BCP 47 language tag when it differs from the article's.
    public var language: String?
    /// The block's direction when it differs from the article's.
    public var direction: TextDirection?

    /// Creates a block of the given kind, optionally in another language or direction.
    public init(_ kind: Kind, language: String? = nil, direction: TextDirection? = nil) {
        self.kind = kind
        self.language = language
        self.direction = direction
    }

    /// The kinds of block. Writers switch over these exhaustively.
    public indirect enum Kind: Sendable, Hashable {
        /// A paragraph of running text.
        case paragraph([Inline])
        /// A section heading, level 1 (largest) to 6.
        case heading(level: Int, [Inline])
        /// A block quotation.
        case quote([Block])
        /// A list; each item is a list of blocks. `start` is the first number of an ordered list.
        case list(ordered: Bool, start: Int, items: [[Block]])
        /// Preformatted code, with its language when known.
        case code(String, language: String?)
        /// An image (a `Resource` id or a URL) with its alternative text and an optional caption.
        case figure(image: String, alt: String, caption: [Inline])
        /// A thematic break between sections.
        case rule
        /// A table of inline cells.
        case table(Table)
    }
}

extension Block {
    /// A paragraph of the given inlines.
    public static func paragraph(_ content: [Inline]) -> Block { Block(.paragraph(content)) }
    /// A paragraph of plain text.
    public static func paragraph(_ text: String) -> Block { Block(.paragraph([.text(text)])) }
    /// A heading of the given level.
    public static func heading(_ level: Int, _ content: [Inline]) -> Block { Block(.heading(level: level, content)) }

    /// The text of this block and its children with all markup removed, blocks separated by newlines.
    public var plainText: String {
        switch kind {
        case .paragraph(let inlines), .heading(_, let inlines): return inlines.plainText
        case .quote(let blocks): return blocks.map(\.plainText).joined(separator: "\n")
        case .list(_, _, let items): return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .code(let text, _): return text
        case .figure(_, let alt, let caption): return caption.isEmpty ? alt : caption.plainText
        case .rule: return ""
        case .table(let table):
            return ([table.header] + table.rows).filter { !$0.isEmpty }.map { $0.map(\.plainText).joined(separator: "\t") }.joined(separator: "\n")
        }
    }
}
