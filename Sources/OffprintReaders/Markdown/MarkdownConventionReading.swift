import OffprintCore

/// Takes back what Offprint's Markdown notes write where Markdown has no construct of its own
/// (`MarkdownConventions`), in any Markdown that uses it: a paragraph or heading wrapped whole in
/// a directional isolate has that direction, and a related-links section at the end of the
/// note is the article's related links.
enum MarkdownConventionReading {
    /// Moves the blocks after the related-links marker into `related`, when they are a heading
    /// (optional) and one bulleted list of one link or one line of text per item; anything else
    /// stays in the body.
    static func takeRelatedLinks(from article: inout Article, startingAt start: Int?) {
        guard let start, start <= article.body.count else { return }
        var section = article.body[start...]
        if case .heading? = section.first?.kind { section = section.dropFirst() }
        guard section.count == 1, case .list(ordered: false, _, let items)? = section.first?.kind else { return }
        var links: [Link] = []
        for item in items {
            guard item.count <= 1 else { return }
            guard case .paragraph(let inlines)? = item.first?.kind else {
                if item.isEmpty { links.append(Link(title: "")); continue }
                return
            }
            if inlines.count == 1, case .link(let url, let title) = inlines[0] {
                links.append(Link(title: title.plainText, url: url))
            } else {
                links.append(Link(title: inlines.plainText))
            }
        }
        article.related = links
        article.body.removeSubrange(start...)
    }

    /// The blocks with every paragraph and heading wrapped whole in LRI…PDI or RLI…PDI
    /// unwrapped and given that direction (none when it is `direction`, the article's).
    /// Recurses into quotes and lists, whose depth the model's limits bound.
    static func readIsolates(in blocks: [Block], direction: TextDirection?) -> [Block] {
        blocks.map { block in
            var block = block
            switch block.kind {
            case .paragraph(let inlines):
                if let (inner, own) = unwrapped(inlines) {
                    block.kind = .paragraph(inner)
                    if own != direction { block.direction = own }
                }
            case .heading(let level, let inlines):
                if let (inner, own) = unwrapped(inlines) {
                    block.kind = .heading(level: level, inner)
                    if own != direction { block.direction = own }
                }
            case .quote(let children):
                block.kind = .quote(readIsolates(in: children, direction: block.direction ?? direction))
            case .list(let ordered, let start, let items):
                block.kind = .list(ordered: ordered, start: start, items: items.map { readIsolates(in: $0, direction: block.direction ?? direction) })
            case .code, .figure, .rule, .table:
                break
            }
            return block
        }
    }

    /// The inlines without an isolate around them all, and the isolate's direction.
    private static func unwrapped(_ inlines: [Inline]) -> ([Inline], TextDirection)? {
        guard case .text(let first)? = inlines.first, case .text(let last)? = inlines.last,
              let opening = first.unicodeScalars.first, last.unicodeScalars.last == MarkdownConventions.popIsolate
        else { return nil }
        let direction: TextDirection
        switch opening {
        case MarkdownConventions.leftToRightIsolate: direction = .leftToRight
        case MarkdownConventions.rightToLeftIsolate: direction = .rightToLeft
        default: return nil
        }
        var inner = inlines
        if inner.count == 1 {
            guard first.unicodeScalars.count >= 2 else { return nil }
            inner[0] = .text(String(String.UnicodeScalarView(first.unicodeScalars.dropFirst().dropLast())))
        } else {
            inner[0] = .text(String(String.UnicodeScalarView(first.unicodeScalars.dropFirst())))
            inner[inner.count - 1] = .text(String(String.UnicodeScalarView(last.unicodeScalars.dropLast())))
        }
        return (inner.filter { $0 != .text("") }, direction)
    }
}
