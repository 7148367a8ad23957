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
        withoutActuallyEscaping(transform) { transform in
            var rewriter = TextRewriter(transform: transform)
            return rewriter.rewriting(self) ?? self
        }
    }
}

extension Inline {
    /// This inline with every string of it replaced by `transform` of it.
    public func transformingText(_ transform: (String) -> String) -> Inline {
        withoutActuallyEscaping(transform) { transform in
            var rewriter = TextRewriter(transform: transform)
            return rewriter.rewriting([self]).first ?? self
        }
    }
}

/// Replaces every human-readable string of blocks and inlines: text, code, alternative text.
private struct TextRewriter: ModelRewriter {
    let transform: (String) -> String

    mutating func rewrite(_ block: Block) -> Block? {
        var copy = block
        switch block.kind {
        case .code(let text, let language): copy.kind = .code(transform(text), language: language)
        case .figure(let image, let alt, let caption): copy.kind = .figure(image: image, alt: transform(alt), caption: caption)
        case .paragraph, .heading, .quote, .list, .table, .rule: break
        }
        return copy
    }

    mutating func rewrite(_ inline: Inline) -> Inline? {
        switch inline {
        case .text(let text): return .text(transform(text))
        case .code(let text): return .code(transform(text))
        case .emphasis, .strong, .strikethrough, .link, .lineBreak: return inline
        }
    }
}

extension Article {
    /// Every link in the body, in reading order, as text and target.
    public var bodyLinks: [Link] {
        struct LinkCollector: ModelWalker {
            var links: [Link] = []
            mutating func visit(_ inline: Inline) -> ModelWalkStep {
                if case .link(let url, let children) = inline { links.append(Link(title: children.plainText, url: url)) }
                return .descend
            }
        }
        var collector = LinkCollector()
        collector.walk(body)
        return collector.links
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
