/// Walks over every piece of text in the model, written once for all passes and writers.
extension Article {
    /// Replaces every human-readable string of the article (title, kicker, authors, summary,
    /// categories, tags, body text, captions, related titles) with `transform` of it.
    public mutating func transformText(_ transform: (String) -> String) {
        title = transform(title)
        kicker = kicker.map(transform)
        authors = authors.map(transform)
        summary = summary.map(transform)
        categories = categories.map(transform)
        tags = tags.map(transform)
        source.siteName = source.siteName.map(transform)
        body = body.map { $0.transformingText(transform) }
        related = related.map { Link(title: transform($0.title), url: $0.url) }
    }

    /// The title and body text, up to about `limit` characters, for language detection.
    public func textSample(limit: Int = 8_000) -> String {
        var sample = title
        for block in body where sample.utf8.count < limit {
            sample += "\n" + block.plainText
        }
        return sample
    }
}

extension Block {
    /// This block with every string of it (and of its children) replaced by `transform` of it.
    public func transformingText(_ transform: (String) -> String) -> Block {
        var copy = self
        switch kind {
        case .paragraph(let inlines): copy.kind = .paragraph(inlines.map { $0.transformingText(transform) })
        case .heading(let level, let inlines): copy.kind = .heading(level: level, inlines.map { $0.transformingText(transform) })
        case .quote(let blocks): copy.kind = .quote(blocks.map { $0.transformingText(transform) })
        case .list(let ordered, let start, let items):
            copy.kind = .list(ordered: ordered, start: start, items: items.map { $0.map { $0.transformingText(transform) } })
        case .code(let text, let language): copy.kind = .code(transform(text), language: language)
        case .figure(let image, let alt, let caption):
            copy.kind = .figure(image: image, alt: transform(alt), caption: caption.map { $0.transformingText(transform) })
        case .rule: break
        case .table(var table):
            table.header = table.header.map { $0.map { $0.transformingText(transform) } }
            table.rows = table.rows.map { $0.map { $0.map { $0.transformingText(transform) } } }
            copy.kind = .table(table)
        }
        return copy
    }
}

extension Inline {
    /// This inline with every string of it replaced by `transform` of it.
    public func transformingText(_ transform: (String) -> String) -> Inline {
        switch self {
        case .text(let text): return .text(transform(text))
        case .emphasis(let children): return .emphasis(children.map { $0.transformingText(transform) })
        case .strong(let children): return .strong(children.map { $0.transformingText(transform) })
        case .strikethrough(let children): return .strikethrough(children.map { $0.transformingText(transform) })
        case .code(let text): return .code(transform(text))
        case .link(let url, let children): return .link(url: url, children.map { $0.transformingText(transform) })
        case .lineBreak: return .lineBreak
        }
    }
}

extension Article {
    /// Every link in the body, in reading order, as text and target.
    public var bodyLinks: [Link] {
        var links: [Link] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let url, let children):
                    links.append(Link(title: children.plainText, url: url))
                    visit(children)
                case .emphasis(let children), .strong(let children), .strikethrough(let children):
                    visit(children)
                case .text, .code, .lineBreak:
                    break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines): visit(inlines)
                case .quote(let children): visit(children)
                case .list(_, _, let items): items.forEach(visit)
                case .figure(_, _, let caption): visit(caption)
                case .table(let table): (table.header + table.rows.flatMap { $0 }).forEach(visit)
                case .code, .rule: break
                }
            }
        }
        visit(body)
        return links
    }
}

extension Article {
    /// The number of words in the body: runs of letters and digits, each CJK or kana character
    /// counting as one (those scripts do not put spaces between words).
    public var wordCount: Int {
        var count = 0
        for block in body {
            var inWord = false
            for scalar in block.plainText.unicodeScalars {
                if scalar.isDenseScript {
                    count += 1
                    inWord = false
                } else if scalar.isWordCharacter {
                    if !inWord { count += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
            }
        }
        return count
    }
}
