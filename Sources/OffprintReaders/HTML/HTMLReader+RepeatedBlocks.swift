import OffprintCore
import OffprintPlatform
extension HTMLReader {
    /// Blocks shorter than this (in characters) may repeat: a "Reply" link, a refrain.
    static let shortestRepeatedBlock = 40

    /// The blocks without any that repeats the text of an earlier one word for word: pages
    /// write a lead, a caption or a subscription box once per screen size and hide all but one
    /// with CSS, which a saved page does not apply.
    static func removingRepeatedBlocks(_ blocks: [Block]) -> [Block] {
        var seen: Set<String> = []
        return blocks.filter { block in
            let text = DOMNode.collapseWhitespace(block.plainText)
            guard text.count >= shortestRepeatedBlock else { return true }
            return seen.insert(text).inserted
        }
    }
}
