import OffprintCore
import OffprintPlatform
extension HTMLReader {
    /// Blocks shorter than this (in characters) may repeat once or twice: a "Reply" link, a
    /// refrain.
    static let shortestRepeatedBlock = 40
    /// A shorter paragraph or heading that comes this many times is a widget's label
    /// (a gallery's slide title under each slide).
    static let repeatedLabelCount = 3

    /// The blocks without any that repeats the text of an earlier one word for word: pages
    /// write a lead, a caption or a subscription box once per screen size and hide all but one
    /// with CSS, which a saved page does not apply; and a short paragraph or heading that comes
    /// `repeatedLabelCount` times or more is read once.
    /// A page that is mostly repetition (a third or more of its blocks) means it: it is kept as
    /// it is (a forum thread whose posts quote earlier posts under the same labels).
    static func removingRepeatedBlocks(_ blocks: [Block]) -> [Block] {
        // Each block's text, made once: whether it is long enough to be read once whenever it
        // repeats, or a paragraph's or heading's short text that may be a repeated label.
        let texts = blocks.map { block in
            let text = DOMNode.collapseWhitespace(block.plainText)
            return (text: text, isLong: text.characterCount(atMost: shortestRepeatedBlock) >= shortestRepeatedBlock, isLabel: block.isParagraphOrHeading)
        }
        var labels: [String: Int] = [:]
        for entry in texts where !entry.isLong && entry.isLabel && !entry.text.isEmpty { labels[entry.text, default: 0] += 1 }
        var seen: Set<String> = []
        var kept: [Block] = []
        for (block, entry) in zip(blocks, texts) {
            let readOnce = entry.isLong || (entry.isLabel && labels[entry.text, default: 0] >= repeatedLabelCount)
            if !readOnce || seen.insert(entry.text).inserted { kept.append(block) }
        }
        return (blocks.count - kept.count) * 3 >= blocks.count ? blocks : kept
    }
}

private extension Block {
    var isParagraphOrHeading: Bool {
        switch kind {
        case .paragraph, .heading: return true
        default: return false
        }
    }
}
