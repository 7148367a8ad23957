import OffprintCore
import OffprintCleanup

extension HTMLReader {
    /// A block before the headline with this much text (in characters) is the article's own
    /// prose: the headline is then not at the article's top, and nothing is taken.
    static let shortestLeadingProse = 80

    /// How many blocks from the top the headline is looked for in.
    static let headlineReach = 8

    /// The blocks without the page's own headline where it opens the article, the title
    /// already saying it: the first heading before any prose that says the title (the same
    /// words, or the title's start or end, or the title with a kicker before or a subtitle
    /// after it). The short lines before it (a section label, a date, the site's name) are the
    /// page's header too and go with it; pictures before it stay.
    static func removingLeadingHeadline(_ blocks: [Block], title: String) -> [Block] {
        for (index, block) in blocks.prefix(headlineReach).enumerated() {
            switch block.kind {
            case .heading(_, let inlines):
                guard sayTheSame(headline: inlines.plainText, title: title) else { continue }
                let header = blocks[..<index].filter { block in
                    if case .figure = block.kind { return true }
                    return block.plainText.characterCount(atMost: shortestLeadingProse) >= shortestLeadingProse
                }
                return header + blocks[(index + 1)...]
            case .figure, .rule:
                continue
            default:
                if block.plainText.characterCount(atMost: shortestLeadingProse) >= shortestLeadingProse { return blocks }
            }
        }
        return blocks
    }

    /// Whether a heading says the title: as `sameHeadline` has it, or one ends with the other
    /// at a word's start and holds at least half of the other's words (`«Kicker»: Headline`
    /// beside `Headline`).
    static func sayTheSame(headline: String, title: String) -> Bool {
        if sameHeadline(headline, title) { return true }
        let a = FurnitureLexicon.normalize(headline), b = FurnitureLexicon.normalize(title)
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (shorter, longer) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        guard longer.hasSuffix(" " + shorter) else { return false }
        let words = { (text: String) in text.split(separator: " ").count }
        return words(shorter) * 2 >= words(longer)
    }
}
