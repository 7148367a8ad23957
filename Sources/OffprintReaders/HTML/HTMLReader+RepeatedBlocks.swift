import OffprintCore
import OffprintPlatform
extension HTMLReader {
    /// Blocks shorter than this (in characters) may repeat: a "Reply" link, a refrain.
    static let shortestRepeatedBlock = 40

    /// The blocks without any that repeats the text of an earlier one word for word: pages
    /// write a lead, a caption or a subscription box once per screen size and hide all but one
    /// with CSS, which a saved page does not apply.
    /// A page that is mostly repetition (a third or more of its blocks) means it: it is kept as
    /// it is.
    static func removingRepeatedBlocks(_ blocks: [Block]) -> [Block] {
        var seen: Set<String> = []
        let kept = blocks.filter { block in
            let text = DOMNode.collapseWhitespace(block.plainText)
            guard text.characterCount(atMost: shortestRepeatedBlock) >= shortestRepeatedBlock else { return true }
            return seen.insert(text).inserted
        }
        return (blocks.count - kept.count) * 3 >= blocks.count ? blocks : kept
    }
}
