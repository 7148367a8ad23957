import OffprintCore
/// A node of a parsed HTML page: an element with its attributes and children, or text.
///
/// Offprint's own small tree, built from libxml2's parser (`HTMLTree`, `XMLTree`) so that the
/// extractor can score, prune and walk it in Swift without touching C memory.
///
/// The stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`):
/// walks read them for every node of a page several times per extraction pass, and the checks
/// were 7% of the instructions of reading a web archive. Nothing here hands out an `inout`
/// access to them that could overlap another.
package final class DOMNode {
    /// An element's lower-case tag name, or `#text` for text. The extractor renames a `div`
    /// that only holds text to `p`.
    package var name: String {
        get { storedName }
        set {
            storedName = newValue
            storedNameKey = NameSet.key(newValue)
        }
    }

    // The properties other modules read and write are computed over private stored ones:
    // `@exclusivity(unchecked)` holds only inside this module, and the readers' walks reading
    // a stored `package` property directly paid a run-time check (`swift_beginAccess`) each time.
    @exclusivity(unchecked) private var storedName: String
    /// The name's bytes packed into an integer when it is ASCII of at most eight bytes (else
    /// 0; `NameSet.key`), so that walks looking for a few names compare integers instead of
    /// hashing strings.
    package var nameKey: UInt64 { storedNameKey }
    @exclusivity(unchecked) private var storedNameKey: UInt64
    /// An element's attributes, names lower-cased.
    package let attributes: DOMAttributes
    /// A text node's text.
    package var text: String {
        guard let pending = pendingText else { return storedText }
        let decoded = pending.text
        storedText = decoded
        pendingText = nil
        return decoded
    }

    @exclusivity(unchecked) private var storedText: String
    /// Text not yet made into a `String`: a script's or style's, which most readers never ask
    /// for (made on first use, and shared with copies until then).
    @exclusivity(unchecked) private var pendingText: PendingText?
    package var children: [DOMNode] { storedChildren }
    @exclusivity(unchecked) private var storedChildren: [DOMNode] = []

    /// The element this node is a child of, while it is one; `nil` once that element is gone,
    /// as a weak reference would be.
    package var parent: DOMNode? { parentLink?.takeUnretainedValue() }

    /// The parent, unretained. Not `weak`: a weakly referenced object keeps its reference
    /// counts in a side table, which made every retain and release of an element take the
    /// runtime's slow path (a sixth of the time spent reading a page). Safe because a node
    /// links only to the element whose `children` hold it (every change of `children` below
    /// sets or clears the link), and an element clears its children's links as it goes.
    @exclusivity(unchecked) private var parentLink: Unmanaged<DOMNode>?

    deinit {
        let me = Unmanaged.passUnretained(self).toOpaque()
        for child in children where child.parentLink?.toOpaque() == me { child.parentLink = nil }
    }

    private func setParent(_ node: DOMNode?) {
        parentLink = node.map { Unmanaged.passUnretained($0) }
    }

    /// The extractor's content score, once it has one.
    package var score: Double? {
        get { storedScore }
        set { storedScore = newValue }
    }

    @exclusivity(unchecked) private var storedScore: Double?

    /// Room for one measurement of the text below (the HTML reader's `TextMeasure`), marked
    /// with the measurement it belongs to: kept on the node instead of in a table keyed by
    /// node, which cost a hash and an insertion per node per extraction pass. 32-bit fields
    /// (lengths clamped), as a 300,000-element page holds more than a million nodes.
    package var measurement: (stamp: UInt32, text: UInt32, links: UInt32) {
        get { storedMeasurement }
        set { storedMeasurement = newValue }
    }

    @exclusivity(unchecked) private var storedMeasurement: (stamp: UInt32, text: UInt32, links: UInt32) = (0, 0, 0)

    package convenience init(element name: String, attributes: DOMAttributes) {
        self.init(name: name, nameKey: NameSet.key(name), attributes: attributes, text: "", isText: false)
    }

    /// An element whose name's packed key is known (the tree builder keeps one per name).
    convenience init(element name: String, key: UInt64, attributes: DOMAttributes) {
        self.init(name: name, nameKey: key, attributes: attributes, text: "", isText: false)
    }

    /// The packed key `init(element:key:attributes:)` takes for a name.
    static func nameKey(_ name: String) -> UInt64 { NameSet.key(name) }

    package convenience init(text: String) {
        self.init(name: "#text", nameKey: DOMNode.textKey, attributes: DOMAttributes(), text: text, isText: true)
    }

    /// A text node whose text is the bytes `range` of `page` (valid UTF-8), made into a `String`
    /// when first asked for.
    convenience init(textIn page: [UInt8], range: Range<Int>) {
        self.init(name: "#text", nameKey: DOMNode.textKey, attributes: DOMAttributes(), text: "", isText: true)
        pendingText = PendingText(page: page, range: range)
    }

    private init(name: String, nameKey: UInt64, attributes: DOMAttributes, text: String, isText: Bool) {
        self.storedName = name
        self.storedNameKey = nameKey
        self.attributes = attributes
        self.storedText = text
        self.isText = isText
    }

    private static let textKey = NameSet.key("#text")

    /// Whether this is a text node (named `#text`), kept apart so that walks test a flag
    /// instead of comparing names.
    package let isText: Bool

    /// A copy of this node and everything under it, without scores: a fresh tree for another
    /// extraction pass at a fraction of the cost of parsing the page again (names, attributes
    /// and text are shared, not copied). Walks with an explicit stack, so depth costs no stack.
    package func deepCopy() -> DOMNode {
        let root = shallowCopy()
        var pending: [(source: DOMNode, copy: DOMNode)] = [(self, root)]
        while let (source, copy) = pending.popLast() {
            copy.storedChildren.reserveCapacity(source.children.count)
            for child in source.children {
                let childCopy = child.shallowCopy()
                childCopy.setParent(copy)
                copy.storedChildren.append(childCopy)
                if !child.children.isEmpty { pending.append((child, childCopy)) }
            }
        }
        return root
    }

    private func shallowCopy() -> DOMNode {
        if isText {
            let copy = DOMNode(text: storedText)
            copy.pendingText = pendingText
            return copy
        }
        let copy = DOMNode(name: name, nameKey: nameKey, attributes: attributes, text: "", isText: false)
        copy.cachedClassAndID = cachedClassAndID
        return copy
    }

    /// Appends a node that has no parent yet (the tree builder's new nodes).
    func appendNew(_ child: DOMNode) {
        child.setParent(self)
        storedChildren.append(child)
    }

    package func append(_ child: DOMNode) {
        child.parent?.storedChildren.removeAll { $0 === child }
        child.setParent(self)
        storedChildren.append(child)
    }

    /// The value of an attribute on this element or the nearest ancestor that has it.
    package func inherited(_ attribute: String) -> String? {
        if let value = attributes[attribute], !value.isBlank { return value }
        return firstAncestor { node in node.attributes[attribute].map { !$0.isBlank } ?? false }?.attributes[attribute]
    }

    /// Whether an ancestor has one of the names.
    package func hasAncestor(named names: Set<String>) -> Bool {
        let test = NameSet(names)
        return firstAncestor { test.contains($0) } != nil
    }

    /// Whether `ancestor` is above this node.
    package func hasAncestor(_ ancestor: DOMNode) -> Bool {
        firstAncestor { $0 === ancestor } != nil
    }

    /// Whether the node is `root` or still in the tree under it (earlier steps may have removed
    /// an ancestor).
    package func parentIsAttached(to root: DOMNode) -> Bool {
        self === root || hasAncestor(root)
    }

    /// The parent, when it is an element.
    package var parentElement: DOMNode? {
        guard let parent, parent.name != "#document" else { return nil }
        return parent
    }

    /// The nearest ancestor that `matches`. The walk follows the unretained parent links
    /// without retaining each ancestor it passes (these walks run for every node of a page,
    /// several times per extraction pass).
    private func firstAncestor(where matches: (DOMNode) -> Bool) -> DOMNode? {
        var link = parentLink
        while let current = link {
            let found = current._withUnsafeGuaranteedRef { node -> Bool in
                if matches(node) { return true }
                link = node.parentLink
                return false
            }
            if found { return current.takeUnretainedValue() }
        }
        return nil
    }

    /// Removes this node from its parent.
    package func remove() {
        guard let parent else { return }
        parent.storedChildren.removeAll { $0 === self }
        self.setParent(nil)
    }

    /// Replaces this node in its parent by other nodes.
    package func replace(with nodes: [DOMNode]) {
        guard let parent, let index = parent.children.firstIndex(where: { $0 === self }) else { return }
        for node in nodes { node.setParent(parent) }
        parent.storedChildren.replaceSubrange(index...index, with: nodes)
        self.setParent(nil)
    }

    /// Replaces this element's children by `nodes`, in order: the old children that are not
    /// among them are detached, and each of `nodes` is moved here from wherever it was. Linear in
    /// the children's number when `nodes` are this element's children or have no parent (taking
    /// a node from another element costs a search of that element's children), where detaching
    /// and appending children one at a time searched the whole list for each.
    package func replaceChildren(with nodes: [DOMNode]) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        for child in children where child.parentLink?.toOpaque() == me { child.parentLink = nil }
        for node in nodes {
            if let parent = node.parent { parent.storedChildren.removeAll { $0 === node } }
            node.setParent(self)
        }
        storedChildren = nodes
    }

    /// Element children only.
    package var elements: [DOMNode] { children.filter { !$0.isText } }

    /// Every element below this one, in document order (an explicit stack, so deep pages cannot
    /// overflow the thread's stack).
    package func descendants(named names: Set<String>? = nil) -> [DOMNode] {
        var result: [DOMNode] = []
        if let names {
            let test = NameSet(names)
            forEachElement { node in
                if test.contains(node) { result.append(node) }
                return true
            }
        } else {
            forEachElement { node in
                result.append(node)
                return true
            }
        }
        return result
    }

    /// The first element below with one of the names.
    package func first(named names: Set<String>) -> DOMNode? {
        var found: DOMNode?
        let test = NameSet(names)
        forEachElement { node in
            if test.contains(node) { found = node }
            return found == nil
        }
        return found
    }

    /// Calls `visit` with every element below this one in document order until it returns
    /// `false`. The tree must not change during the walk.
    private func forEachElement(_ visit: (DOMNode) -> Bool) {
        walk { child in child.isText || visit(child) }
    }

    /// Calls `visit` with every node below this one (elements and text) in document order
    /// until it returns `false`; returns whether the walk went to the end. The tree must not
    /// change meanwhile. Iterative: a stack of positions in the children arrays, rather than of
    /// nodes, so that no array of every node is built; each node's children are read once.
    @discardableResult
    package func walk(_ visit: (DOMNode) -> Bool) -> Bool {
        var stack: [(children: [DOMNode], next: Int)] = []
        var children = self.children
        var next = 0
        while true {
            if next < children.count {
                let child = children[next]
                next += 1
                if !visit(child) { return false }
                guard !child.isText else { continue }
                let grandchildren = child.children
                if !grandchildren.isEmpty {
                    stack.append((children, next))
                    children = grandchildren
                    next = 0
                }
            } else if let (parent, position) = stack.popLast() {
                children = parent
                next = position
            } else {
                return true
            }
        }
    }

    /// All the text below, as written (white space not collapsed).
    package var textContent: String {
        if isText { return text }
        var result = ""
        appendText(to: &result)
        return result
    }

    /// Appends the text below, as written, to `result`.
    package func appendText(to result: inout String) {
        if isText {
            result += text
            return
        }
        var stack: [(node: DOMNode, next: Int)] = []
        var current = self
        var next = 0
        while true {
            if next < current.children.count {
                let child = current.children[next]
                next += 1
                if child.isText {
                    result += child.text
                } else if !child.children.isEmpty {
                    stack.append((current, next))
                    current = child
                    next = 0
                }
            } else if let (node, position) = stack.popLast() {
                current = node
                next = position
            } else {
                return
            }
        }
    }

    /// The text below with runs of white space collapsed and the ends trimmed.
    package var normalizedText: String { DOMNode.collapseWhitespace(textContent) }

    /// The `class` and `id` attributes together, lower-cased, for matching hint words. Made
    /// once per node (and shared with its copies): every extraction pass asks for it.
    package var classAndID: String {
        if let cachedClassAndID { return cachedClassAndID }
        let value = DOMNode.joinedLowercased(attributes["class"] ?? "", attributes["id"] ?? "")
        cachedClassAndID = value
        return value
    }

    /// `(first + " " + second).lowercased()`, made in one buffer when both are ASCII (then
    /// lower-casing changes `A`–`Z` only), without the joined and the lower-cased copies.
    private static func joinedLowercased(_ first: String, _ second: String) -> String {
        var first = first, second = second
        let joined: String? = first.withUTF8 { a in
            second.withUTF8 { b in
                guard !a.contains(where: { $0 >= 0x80 }), !b.contains(where: { $0 >= 0x80 }) else { return nil }
                return String(unsafeUninitializedCapacity: a.count + 1 + b.count) { buffer in
                    var index = 0
                    for byte in a {
                        buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        index += 1
                    }
                    buffer[index] = 0x20
                    index += 1
                    for byte in b {
                        buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        index += 1
                    }
                    return index
                }
            }
        }
        return joined ?? (first + " " + second).lowercased()
    }

    @exclusivity(unchecked) private var cachedClassAndID: String?

    package static func collapseWhitespace(_ text: String) -> String {
        WhitespaceCollapsing.collapsed(text)
    }
}
