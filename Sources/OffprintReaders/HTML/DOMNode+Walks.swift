import OffprintPlatform

extension DOMNode {
    /// Calls `visit` with the text of every text node below (or of this one), in document
    /// order, until it returns `false`; returns whether the walk went to the end. Gathers no
    /// string: rules that only ask about the text (is any of it not blank, how many commas)
    /// need not join it. An explicit stack, so depth costs no stack.
    @discardableResult
    func forEachText(_ visit: (String) -> Bool) -> Bool {
        if isText { return visit(text) }
        var stack: [(node: DOMNode, next: Int)] = []
        var current = self
        var next = 0
        while true {
            if next < current.children.count {
                let child = current.children[next]
                next += 1
                if child.isText {
                    if !visit(child.text) { return false }
                } else if !child.children.isEmpty {
                    stack.append((current, next))
                    current = child
                    next = 0
                }
            } else if let (node, position) = stack.popLast() {
                current = node
                next = position
            } else {
                return true
            }
        }
    }

    /// Whether any text below is not white space: the same as `!textContent.isBlank`, since
    /// blankness is decided scalar by scalar.
    var holdsNonBlankText: Bool {
        !forEachText { $0.isBlank }
    }

    /// Whether the text below holds at least `minimum` commas (`String.commaCount`), counted
    /// node by node (no comma spans two).
    func holdsCommas(atLeast minimum: Int) -> Bool {
        var commas = 0
        return !forEachText { text in
            commas += text.commaCount
            return commas < minimum
        } || commas >= minimum
    }

    /// Whether an element below (not this one) has one of `tags`' names: the same as
    /// `first(named: tags.names) != nil`, without hashing or packing the set's names per call.
    func holdsElement(in tags: TagSet) -> Bool {
        !forEachElement { !tags.contains($0.name) }
    }

    /// Calls `visit` with every element below this one in document order until it returns
    /// `false`; returns whether the walk went to the end. The tree must not change meanwhile.
    @discardableResult
    func forEachElement(_ visit: (DOMNode) -> Bool) -> Bool {
        var stack: [(node: DOMNode, next: Int)] = []
        var current = self
        var next = 0
        while true {
            if next < current.children.count {
                let child = current.children[next]
                next += 1
                if child.isText { continue }
                if !visit(child) { return false }
                if !child.children.isEmpty {
                    stack.append((current, next))
                    current = child
                    next = 0
                }
            } else if let (node, position) = stack.popLast() {
                current = node
                next = position
            } else {
                return true
            }
        }
    }

    /// `classAndID`, or `nil` when the element has neither a class nor an id: then that text
    /// would be one space, in which no hint word occurs, and it is not made.
    var hintText: String? {
        attributes["class"] == nil && attributes["id"] == nil ? nil : classAndID
    }
}
