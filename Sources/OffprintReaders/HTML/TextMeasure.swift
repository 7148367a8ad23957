import OffprintCore
import OffprintPlatform
import Synchronization

/// Text length and link density of DOM subtrees, computed once per extraction pass.
///
/// The figures live on the nodes (`DOMNode.measurement`), marked with this measurement's own
/// stamp: a node this measurement did not reach (outside its root, or measured by another)
/// has length 0, as in a table that lacks it. (Should the stamps wrap round to 0, the stamp of
/// a node never measured, such a node reads as length 0 all the same.)
struct TextMeasure {
    private static let stamps = Atomic<UInt32>(0)
    private let stamp: UInt32

    /// Measures every node under `root`, bottom-up.
    init(_ root: DOMNode) {
        let stamp = TextMeasure.stamps.wrappingAdd(1, ordering: .relaxed).newValue
        self.stamp = stamp
        // Post-order traversal with an explicit stack.
        var stack: [(DOMNode, Bool)] = [(root, false)]
        while let (node, visited) = stack.popLast() {
            if node.isText {
                node.measurement = (stamp, UInt32(clamping: WhitespaceCollapsing.collapsedLength(node.text)), 0)
                continue
            }
            // Each field read once: from outside `OffprintPlatform` every read of a node's
            // stored properties is a run-time exclusivity check.
            if visited {
                var text = 0, links = 0
                for child in node.children {
                    let measurement = child.measurement
                    guard measurement.stamp == stamp else { continue }
                    text += Int(measurement.text)
                    links += Int(!child.isText && child.name == "a" ? measurement.text : measurement.links)
                }
                node.measurement = (stamp, UInt32(clamping: text), UInt32(clamping: links))
            } else {
                stack.append((node, true))
                for child in node.children { stack.append((child, false)) }
            }
        }
    }

    func length(_ node: DOMNode) -> Int { node.measurement.stamp == stamp ? Int(node.measurement.text) : 0 }

    /// The share of the text that sits inside links (0...1).
    func linkDensity(_ node: DOMNode) -> Double {
        let total = length(node)
        guard total > 0 else { return 0 }
        let links = node.name == "a" ? total : Int(node.measurement.links)
        return Double(links) / Double(total)
    }
}
