/// Rebuilds a body bottom-up, as swift-markdown's `MarkupRewriter` does: each block and inline
/// is first rebuilt from its rewritten children, then handed to `rewrite`, whose result takes
/// its place (`nil` removes it). Implement the rewrites you need (by default each keeps what it
/// is given) and call `rewriting`.
public protocol ModelRewriter {
    /// The block that takes this one's place (its children already rewritten), or `nil`.
    mutating func rewrite(_ block: Block) -> Block?
    /// The inline that takes this one's place (its children already rewritten), or `nil`.
    mutating func rewrite(_ inline: Inline) -> Inline?
}

extension ModelRewriter {
    public mutating func rewrite(_ block: Block) -> Block? { block }
    public mutating func rewrite(_ inline: Inline) -> Inline? { inline }

    /// The blocks rewritten.
    public mutating func rewriting(_ blocks: [Block]) -> [Block] {
        blocks.compactMap { rewriting($0) }
    }

    /// The block rewritten, or `nil` when the rewriter removes it.
    public mutating func rewriting(_ block: Block) -> Block? {
        var copy = block
        switch block.kind {
        case .paragraph(let inlines): copy.kind = .paragraph(rewriting(inlines))
        case .heading(let level, let inlines): copy.kind = .heading(level: level, rewriting(inlines))
        case .quote(let children): copy.kind = .quote(rewriting(children))
        case .list(let ordered, let start, let items): copy.kind = .list(ordered: ordered, start: start, items: items.map { rewriting($0) })
        case .figure(let image, let alt, let caption): copy.kind = .figure(image: image, alt: alt, caption: rewriting(caption))
        case .table(var table):
            table.header = table.header.map { rewriting($0) }
            table.rows = table.rows.map { $0.map { rewriting($0) } }
            copy.kind = .table(table)
        case .code, .rule: break
        }
        return rewrite(copy)
    }

    /// The inlines rewritten.
    public mutating func rewriting(_ inlines: [Inline]) -> [Inline] {
        inlines.compactMap { inline in
            switch inline {
            case .emphasis(let children): return rewrite(.emphasis(rewriting(children)))
            case .strong(let children): return rewrite(.strong(rewriting(children)))
            case .strikethrough(let children): return rewrite(.strikethrough(rewriting(children)))
            case .link(let url, let children): return rewrite(.link(url: url, rewriting(children)))
            case .text, .code, .lineBreak: return rewrite(inline)
            }
        }
    }
}
