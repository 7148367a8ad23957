/// Visits a body's blocks and inlines in reading order, each parent before its children, as
/// swift-markdown's `MarkupWalker` does. Implement the visits you need (each says whether to go
/// into the children; by default it does) and call `walk`: the recursion over the model is
/// written once, here.
///
///     struct ImageCounter: ModelWalker {
///         var images = 0
///         mutating func visit(_ block: Block) -> ModelWalkStep {
///             if case .figure = block.kind { images += 1 }
///             return .descend
///         }
///     }
public protocol ModelWalker {
    /// Called for every block.
    mutating func visit(_ block: Block) -> ModelWalkStep
    /// Called for every inline.
    mutating func visit(_ inline: Inline) -> ModelWalkStep
}

/// Whether a walk goes into the children of what it just visited.
public enum ModelWalkStep: Sendable {
    case descend
    case skipChildren
}

extension ModelWalker {
    public mutating func visit(_ block: Block) -> ModelWalkStep { .descend }
    public mutating func visit(_ inline: Inline) -> ModelWalkStep { .descend }

    /// Visits the blocks and everything in them, in order.
    public mutating func walk(_ blocks: [Block]) {
        for block in blocks { walk(block) }
    }

    /// Visits the block and everything in it.
    public mutating func walk(_ block: Block) {
        guard visit(block) == .descend else { return }
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): walk(inlines)
        case .quote(let children): walk(children)
        case .list(_, _, let items): for item in items { walk(item) }
        case .figure(_, _, let caption): walk(caption)
        case .table(let table): for cell in table.header + table.rows.joined() { walk(cell) }
        case .code, .rule: break
        }
    }

    /// Visits the inlines and everything in them, in order.
    public mutating func walk(_ inlines: [Inline]) {
        for inline in inlines {
            guard visit(inline) == .descend else { continue }
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, let children): walk(children)
            case .text, .code, .lineBreak: break
            }
        }
    }
}
