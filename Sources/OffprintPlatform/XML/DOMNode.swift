import OffprintCore
/// A node of a parsed HTML page: an element with its attributes and children, or text.
///
/// Offprint's own small tree, built once from libxml2's (`HTMLTree`) so that the extractor can
/// score, prune and walk it in Swift without touching C memory.
package final class DOMNode {
    /// An element's lower-case tag name, or `#text` for text. The extractor renames a `div`
    /// that only holds text to `p`.
    package var name: String
    /// An element's attributes, names lower-cased.
    package let attributes: [String: String]
    /// A text node's text.
    package let text: String
    package private(set) var children: [DOMNode] = []

    /// The element this node is a child of, while it is one; `nil` once that element is gone,
    /// as a weak reference would be.
    package var parent: DOMNode? { parentLink?.takeUnretainedValue() }

    /// The parent, unretained. Not `weak`: a weakly referenced object keeps its reference
    /// counts in a side table, which made every retain and release of an element take the
    /// runtime's slow path (a sixth of the time spent reading a page). Safe because a node
    /// links only to the element whose `children` hold it (every change of `children` below
    /// sets or clears the link), and an element clears its children's links as it goes.
    private var parentLink: Unmanaged<DOMNode>?

    deinit {
        let me = Unmanaged.passUnretained(self).toOpaque()
        for child in children where child.parentLink?.toOpaque() == me { child.parentLink = nil }
    }

    private func setParent(_ node: DOMNode?) {
        parentLink = node.map { Unmanaged.passUnretained($0) }
    }

    /// The extractor's content score, once it has one.
    package var score: Double?

    package init(element name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
        self.text = ""
    }

    package init(text: String) {
        self.name = "#text"
        self.attributes = [:]
        self.text = text
    }

    package var isText: Bool { name == "#text" }

    /// A copy of this node and everything under it, without scores: a fresh tree for another
    /// extraction pass at a fraction of the cost of parsing the page again (names, attributes
    /// and text are shared, not copied). Walks with an explicit stack, so depth costs no stack.
    package func deepCopy() -> DOMNode {
        let root = shallowCopy()
        var pending: [(source: DOMNode, copy: DOMNode)] = [(self, root)]
        while let (source, copy) = pending.popLast() {
            copy.children.reserveCapacity(source.children.count)
            for child in source.children {
                let childCopy = child.shallowCopy()
                childCopy.setParent(copy)
                copy.children.append(childCopy)
                if !child.children.isEmpty { pending.append((child, childCopy)) }
            }
        }
        return root
    }

    private func shallowCopy() -> DOMNode {
        isText ? DOMNode(text: text) : DOMNode(element: name, attributes: attributes)
    }

    package func append(_ child: DOMNode) {
        child.parent?.children.removeAll { $0 === child }
        child.setParent(self)
        children.append(child)
    }

    /// The value of an attribute on this element or the nearest ancestor that has it.
    package func inherited(_ attribute: String) -> String? {
        var node: DOMNode? = self
        while let current = node {
            if let value = current.attributes[attribute], !value.isBlank { return value }
            node = current.parent
        }
        return nil
    }

    /// Whether an ancestor has one of the names.
    package func hasAncestor(named names: Set<String>) -> Bool {
        var node = parent
        while let current = node {
            if names.contains(current.name) { return true }
            node = current.parent
        }
        return false
    }

    /// Removes this node from its parent.
    package func remove() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.setParent(nil)
    }

    /// Replaces this node in its parent by other nodes.
    package func replace(with nodes: [DOMNode]) {
        guard let parent, let index = parent.children.firstIndex(where: { $0 === self }) else { return }
        for node in nodes { node.setParent(parent) }
        parent.children.replaceSubrange(index...index, with: nodes)
        self.setParent(nil)
    }

    /// Element children only.
    package var elements: [DOMNode] { children.filter { !$0.isText } }

    /// Every element below this one, in document order (an explicit stack, so deep pages cannot
    /// overflow the thread's stack).
    package func descendants(named names: Set<String>? = nil) -> [DOMNode] {
        var result: [DOMNode] = []
        var stack = Array(children.reversed())
        while let node = stack.popLast() {
            guard !node.isText else { continue }
            if names == nil || names!.contains(node.name) { result.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    /// The first element below with one of the names.
    package func first(named names: Set<String>) -> DOMNode? {
        var stack = Array(children.reversed())
        while let node = stack.popLast() {
            guard !node.isText else { continue }
            if names.contains(node.name) { return node }
            stack.append(contentsOf: node.children.reversed())
        }
        return nil
    }

    /// All the text below, as written (white space not collapsed).
    package var textContent: String {
        if isText { return text }
        var result = ""
        var stack = Array(children.reversed())
        while let node = stack.popLast() {
            if node.isText { result += node.text } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return result
    }

    /// The text below with runs of white space collapsed and the ends trimmed.
    package var normalizedText: String { DOMNode.collapseWhitespace(textContent) }

    /// The `class` and `id` attributes together, lower-cased, for matching hint words.
    package var classAndID: String { ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased() }

    package static func collapseWhitespace(_ text: String) -> String {
        WhitespaceCollapsing.collapsed(text)
    }
}
