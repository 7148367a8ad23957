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
        var labels: [String: Int] = [:]
        for block in blocks where block.isParagraphOrHeading {
            let text = DOMNode.collapseWhitespace(block.plainText)
            if !text.isEmpty, text.characterCount(atMost: shortestRepeatedBlock) < shortestRepeatedBlock { labels[text, default: 0] += 1 }
        }
        var seen: Set<String> = []
        let kept = blocks.filter { block in
            let text = DOMNode.collapseWhitespace(block.plainText)
            guard text.characterCount(atMost: shortestRepeatedBlock) >= shortestRepeatedBlock
                    || (block.isParagraphOrHeading && labels[text, default: 0] >= repeatedLabelCount) else { return true }
            return seen.insert(text).inserted
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
