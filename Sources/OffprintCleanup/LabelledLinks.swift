import OffprintCore
/// A paragraph that opens with a furniture label ("Tags", "Don't miss", "Read more:") and is
/// otherwise links: a line of tags, or of several related stories, written into the article's
/// own text. A label followed by prose ("Read more: the council's report says...") is not one,
/// nor is one story's link after a "Related:" or "Lire aussi :" between paragraphs, which
/// readers (and Readability) keep as the article's own pointer.
enum LabelledLinks {
    /// The longest label, in Unicode scalars, before the colon, line break or link that ends it.
    static let longestLabel = 40

    /// The kinds of label that introduce other pages rather than the article's own words.
    static let labelKinds: Set<FurnitureLexicon.Kind> = [.related, .tags, .navigation]

    /// Whether `inlines` are a furniture label and then mostly (half the letters or more) links.
    static func matches(_ inlines: [Inline], lexicon: FurnitureLexicon) -> Bool {
        // Most paragraphs hold no link: they are answered without building the runs.
        let linkCount = links(in: inlines)
        guard linkCount > 0 else { return false }
        var runs: [(text: String, isLink: Bool)] = []
        flatten(inlines, inLink: false, into: &runs)
        // The label ends at the first colon or line break, or where the first link starts.
        var label = ""
        var rest: [(text: String, isLink: Bool)] = []
        var ended = false
        for run in runs {
            if ended {
                rest.append(run)
                continue
            }
            // A link may hold the label itself ("(<a>Read also: Title</a>)").
            if run.isLink, label.unicodeScalars.contains(where: \.properties.isAlphabetic) {
                ended = true
                rest.append(run)
                continue
            }
            let scalars = run.text.unicodeScalars
            if let end = scalars.firstIndex(where: { $0 == ":" || $0 == "\n" }) {
                label += run.text[..<end]
                rest.append((String(run.text[scalars.index(after: end)...]), run.isLink))
                ended = true
            } else {
                label += run.text
            }
            if label.unicodeScalars.count > longestLabel { return false }
        }
        guard ended, let kind = lexicon.kind(of: label), labelKinds.contains(kind) else { return false }
        guard kind == .tags || linkCount >= 2 else { return false }
        var linked = 0, total = 0
        for run in rest {
            let letters = run.text.unicodeScalars.count { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            total += letters
            if run.isLink { linked += letters }
        }
        return total > 0 && linked * 2 >= total
    }

    /// The links among `inlines`, however deep.
    private static func links(in inlines: [Inline]) -> Int {
        inlines.reduce(0) { count, inline in
            switch inline {
            case .link: return count + 1
            case .emphasis(let children), .strong(let children), .strikethrough(let children): return count + links(in: children)
            case .text, .code, .lineBreak: return count
            }
        }
    }

    private static func flatten(_ inlines: [Inline], inLink: Bool, into runs: inout [(text: String, isLink: Bool)]) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): runs.append((text, inLink))
            case .lineBreak: runs.append(("\n", inLink))
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                flatten(children, inLink: inLink, into: &runs)
            case .link(_, let children): flatten(children, inLink: true, into: &runs)
            }
        }
    }
}
