import OffprintCore
import OffprintPlatform
/// Text length and link density of DOM subtrees, computed once per extraction pass.
struct TextMeasure {
    private var textLength: [ObjectIdentifier: Int] = [:]
    private var linkLength: [ObjectIdentifier: Int] = [:]

    /// Measures every node under `root`, bottom-up.
    init(_ root: DOMNode) {
        // Post-order traversal with an explicit stack.
        var stack: [(DOMNode, Bool)] = [(root, false)]
        while let (node, visited) = stack.popLast() {
            if node.isText {
                textLength[ObjectIdentifier(node)] = WhitespaceCollapsing.collapsedLength(node.text)
                continue
            }
            if visited {
                var text = 0, links = 0
                for child in node.children {
                    text += textLength[ObjectIdentifier(child)] ?? 0
                    links += child.name == "a" ? (textLength[ObjectIdentifier(child)] ?? 0) : (linkLength[ObjectIdentifier(child)] ?? 0)
                }
                textLength[ObjectIdentifier(node)] = text
                linkLength[ObjectIdentifier(node)] = links
            } else {
                stack.append((node, true))
                for child in node.children { stack.append((child, false)) }
            }
        }
    }

    func length(_ node: DOMNode) -> Int { textLength[ObjectIdentifier(node)] ?? 0 }

    /// The share of the text that sits inside links (0...1).
    func linkDensity(_ node: DOMNode) -> Double {
        let total = length(node)
        guard total > 0 else { return 0 }
        let links = node.name == "a" ? total : (linkLength[ObjectIdentifier(node)] ?? 0)
        return Double(links) / Double(total)
    }
}
