/// The bounds every article keeps, enforced by every reader as it reads, so that writers,
/// walkers and rewriters (which recurse over the model) can rely on them whatever the input.
///
/// - Nesting: at most `maximumDepth` containers (quotes, list items, emphasis, strong,
///   strikethrough, links, table cells) enclose any block or inline. What lies deeper is kept as
///   flat text at the limit, with a warning; it is never dropped.
/// - Ordered lists start between 0 and `maximumListStart` (CommonMark's own bound: nine digits).
/// - Headings have levels 1 to 6.
/// - A table, its rows padded to its widest, has at most `maximumTableCells` cells (the plain
///   text writer pads them); a larger one is kept as one paragraph per row, with a warning.
public enum ModelLimits {
    /// How many containers may enclose a block or inline.
    public static let maximumDepth = 64
    /// The largest first number of an ordered list.
    public static let maximumListStart = 999_999_999
    /// The heading levels.
    public static let headingLevels = 1...6
    /// The most cells a table may have once its rows are padded to its widest.
    public static let maximumTableCells = 500_000
}

extension Article {
    /// Brings the body within `ModelLimits`, appending a warning for each kind of change.
    /// Every reader calls this before handing its article on.
    /// `alreadyFlattened` counts what the reader itself kept as text for lying too deep (a reader
    /// that walks a C tree must stop at the limit before the model is built), so that one
    /// warning tells of both.
    public mutating func enforceModelLimits(warnings: inout [ConversionWarning], alreadyFlattened: Int = 0) {
        var limiter = ModelLimiter()
        body = limiter.blocks(body, depth: 0)
        let flattened = limiter.flattened + alreadyFlattened
        if flattened > 0 {
            warnings.append(ConversionWarning(
                "content nested deeper than \(ModelLimits.maximumDepth) levels was kept as plain text (\(flattened) place\(flattened == 1 ? "" : "s"))"))
        }
        if let start = limiter.clampedListStart {
            warnings.append(ConversionWarning(
                "an ordered list starting at \(start) now starts at \(start < 0 ? 0 : ModelLimits.maximumListStart) (list numbers run from 0 to \(ModelLimits.maximumListStart))"))
        }
        if limiter.tablesAsText > 0 {
            warnings.append(ConversionWarning(
                "a table of more than \(ModelLimits.maximumTableCells) cells (rows padded to the widest) was kept as one paragraph per row"))
        }
        if let level = limiter.clampedHeadingLevel {
            warnings.append(ConversionWarning("a heading of level \(level) was given level \(min(max(level, 1), 6)) (levels run from 1 to 6)"))
        }
    }
}

/// Rebuilds a body within the limits. Recurses only down to `ModelLimits.maximumDepth`; below
/// that, text is gathered with an explicit stack.
private struct ModelLimiter {
    var flattened = 0
    var clampedListStart: Int?
    var clampedHeadingLevel: Int?
    var tablesAsText = 0

    mutating func blocks(_ blocks: [Block], depth: Int) -> [Block] {
        blocks.flatMap { self.block($0, depth: depth) }
    }

    mutating func block(_ block: Block, depth: Int) -> [Block] {
        var copy = block
        switch block.kind {
        case .paragraph(let content):
            copy.kind = .paragraph(inlines(content, depth: depth))
        case .heading(let level, let content):
            let bounded = min(max(level, ModelLimits.headingLevels.lowerBound), ModelLimits.headingLevels.upperBound)
            if bounded != level, clampedHeadingLevel == nil { clampedHeadingLevel = level }
            copy.kind = .heading(level: bounded, inlines(content, depth: depth))
        case .quote(let children):
            guard depth < ModelLimits.maximumDepth else { return flatten(block) }
            copy.kind = .quote(blocks(children, depth: depth + 1))
        case .list(let ordered, let start, let items):
            guard depth < ModelLimits.maximumDepth else { return flatten(block) }
            let bounded = min(max(start, 0), ModelLimits.maximumListStart)
            if bounded != start, clampedListStart == nil { clampedListStart = start }
            copy.kind = .list(ordered: ordered, start: bounded, items: items.map { blocks($0, depth: depth + 1) })
        case .figure(let image, let alt, let caption):
            copy.kind = .figure(image: image, alt: alt, caption: inlines(caption, depth: depth))
        case .table(var table):
            guard depth < ModelLimits.maximumDepth else { return flatten(block) }
            let cells = table.columnCount.multipliedReportingOverflow(by: table.rows.count + 1)
            guard !cells.overflow, cells.partialValue <= ModelLimits.maximumTableCells else {
                tablesAsText += 1
                return ([table.header] + table.rows).filter { !$0.isEmpty }.map { row in
                    Block(.paragraph([.text(row.map { ModelText.flat($0) }.joined(separator: "\t"))]), language: block.language, direction: block.direction)
                }
            }
            table.header = table.header.map { inlines($0, depth: depth + 1) }
            table.rows = table.rows.map { $0.map { inlines($0, depth: depth + 1) } }
            copy.kind = .table(table)
        case .code, .rule:
            break
        }
        return [copy]
    }

    mutating func inlines(_ inlines: [Inline], depth: Int) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .text, .code, .lineBreak:
                return inline
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, let children):
                guard depth < ModelLimits.maximumDepth else {
                    flattened += 1
                    return .text(ModelText.flat([inline]))
                }
                let limited = self.inlines(children, depth: depth + 1)
                switch inline {
                case .emphasis: return .emphasis(limited)
                case .strong: return .strong(limited)
                case .strikethrough: return .strikethrough(limited)
                case .link(let url, _): return .link(url: url, limited)
                case .text, .code, .lineBreak: return inline
                }
            }
        }
    }

    /// A container at the limit, as one paragraph of its text (none when it holds none).
    private mutating func flatten(_ block: Block) -> [Block] {
        flattened += 1
        let text = ModelText.flat(block)
        return text.isBlank ? [] : [Block(.paragraph([.text(text)]), language: block.language, direction: block.direction)]
    }
}

/// The text of any part of the model, however deep, gathered without recursion.
public enum ModelText {
    private enum Item {
        case block(Block)
        case inline(Inline)
        case separator
    }

    /// The text of a block and everything in it, blocks separated by newlines.
    public static func flat(_ block: Block) -> String { gather([.block(block)]) }

    /// The text of inlines and everything in them; a line break is a newline.
    public static func flat(_ inlines: [Inline]) -> String { gather(inlines.reversed().map { .inline($0) }) }

    private static func gather(_ start: [Item]) -> String {
        var result = ""
        var stack = start
        while let item = stack.popLast() {
            switch item {
            case .separator:
                if !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
            case .inline(let inline):
                switch inline {
                case .text(let text), .code(let text): result += text
                case .lineBreak: result += "\n"
                case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, let children):
                    stack.append(contentsOf: children.reversed().map { .inline($0) })
                }
            case .block(let block):
                var parts: [Item] = []
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines): parts = inlines.map { .inline($0) }
                case .quote(let children): parts = children.flatMap { [.block($0), .separator] }
                case .list(_, _, let items): parts = items.joined().flatMap { [.block($0), .separator] }
                case .code(let text, _): result += text
                case .figure(_, let alt, let caption): parts = caption.isEmpty ? [.inline(.text(alt))] : caption.map { .inline($0) }
                case .rule: break
                case .table(let table):
                    parts = ([table.header] + table.rows).joined().flatMap { $0.map { Item.inline($0) } + [.inline(.text("\t"))] }
                }
                stack.append(.separator)
                stack.append(contentsOf: parts.reversed())
            }
        }
        return result.trimmingWhitespace()
    }
}
