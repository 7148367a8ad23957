import OffprintCore
import OffprintPlatform

extension DOMNode {
    /// Calls `visit` with the text of every text node below (or of this one), in document
    /// order, until it returns `false`; returns whether the walk went to the end. Gathers no
    /// string: rules that only ask about the text (is any of it not blank, how many commas)
    /// need not join it. An explicit stack, so depth costs no stack.
    @discardableResult
    func forEachText(_ visit: (String) -> Bool) -> Bool {
        if isText { return visit(text) }
        return walk { child in child.isText ? visit(child.text) : true }
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
    func holdsElement(in tags: NameSet) -> Bool {
        !forEachElement { !tags.contains($0) }
    }

    /// Calls `visit` with every element below this one in document order until it returns
    /// `false`; returns whether the walk went to the end. The tree must not change meanwhile.
    @discardableResult
    func forEachElement(_ visit: (DOMNode) -> Bool) -> Bool {
        walk { child in child.isText || visit(child) }
    }

    /// `classAndID`, or `nil` when the element has neither a class nor an id: then that text
    /// would be one space, in which no hint word occurs, and it is not made.
    var hintText: String? {
        attributes["class"] == nil && attributes["id"] == nil ? nil : classAndID
    }
}

extension DOMNode {
    /// Of `normalizedText` (the text below, white space collapsed and trimmed): how many
    /// characters it has, counting no further than `limit` (`String.characterCount`), and how
    /// many commas (`String.commaCount`). Counted from the text nodes without joining them when
    /// every scalar is a character of its own; else from the joined text.
    func normalizedTextCounts(characterLimit limit: Int) -> (characters: Int, commas: Int) {
        var scalars = 0, commas = 0
        var pendingSpace = false, oneScalarPerCharacter = true
        forEachText { text in
            var text = text
            text.withUTF8 { bytes in
                commas += String.commaCount(in: bytes)
                var index = 0
                let count = bytes.count
                while index < count {
                    let byte = bytes[index]
                    // As `WhitespaceCollapsing.collapsed` reads it: a run of white space is one
                    // space between text, none at the ends; a run of other ASCII is taken whole.
                    if byte > 0x20, byte < 0x80 {
                        if pendingSpace {
                            scalars += 1
                            pendingSpace = false
                        }
                        var end = index + 1
                        while end < count, bytes[end] > 0x20, bytes[end] < 0x80 { end += 1 }
                        scalars += end - index
                        index = end
                        continue
                    }
                    let space = WhitespaceCollapsing.whitespaceLength(bytes, index)
                    if space > 0 {
                        pendingSpace = scalars > 0
                        index += space
                        continue
                    }
                    if pendingSpace {
                        scalars += 1
                        pendingSpace = false
                    }
                    let (value, length) = bytes.utf8Scalar(at: index)
                    if oneScalarPerCharacter, !String.isOwnCharacter(value) { oneScalarPerCharacter = false }
                    scalars += 1
                    index += length
                }
            }
            return true
        }
        guard oneScalarPerCharacter else { return (normalizedText.characterCount(atMost: limit), commas) }
        return (min(scalars, limit), commas)
    }
}
