extension DOMNode {
    /// Whether `other` is the same tree: the same names, attributes (in order), text and
    /// children, all the way down. Walks with an explicit stack, so depth costs no stack.
    package func isSameTree(as other: DOMNode) -> Bool {
        var pending: [(DOMNode, DOMNode)] = [(self, other)]
        while let (left, right) = pending.popLast() {
            guard left.name == right.name, left.isText == right.isText, left.text == right.text,
                  left.attributes.keys == right.attributes.keys,
                  left.attributes.keys.allSatisfy({ left.attributes[$0] == right.attributes[$0] }),
                  left.children.count == right.children.count else { return false }
            pending.append(contentsOf: zip(left.children, right.children))
        }
        return true
    }
}
