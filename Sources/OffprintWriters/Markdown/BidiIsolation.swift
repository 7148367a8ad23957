import OffprintCore

/// Unicode isolates around a paragraph whose direction an editor would get wrong without them.
///
/// Many editors ignore front matter's `dir` and give each paragraph the direction of its first
/// strong letter, or always left to right. A paragraph of one direction reads right either way.
/// A mixed one (Arabic with English words) needs its own direction: it is wrapped in RLI…PDI
/// (right to left) or LRI…PDI (left to right) when it is right to left, or when its first
/// strong letter says otherwise; nowhere else. The Markdown reader takes such a wrapper back as
/// the paragraph's direction.
enum BidiIsolation {
    static let leftToRightIsolate = MarkdownConventions.leftToRightIsolate
    static let rightToLeftIsolate = MarkdownConventions.rightToLeftIsolate
    static let popIsolate = MarkdownConventions.popIsolate

    /// The isolate that opens a paragraph of `text` in `direction`, or `nil` when none is needed.
    static func opening(for text: String, direction: TextDirection) -> Unicode.Scalar? {
        var first: TextDirection?
        var hasLeft = false, hasRight = false
        for scalar in text.unicodeScalars {
            guard let strong = strongDirection(of: scalar) else { continue }
            if first == nil { first = strong }
            if strong == .leftToRight { hasLeft = true } else { hasRight = true }
            if hasLeft, hasRight { break }
        }
        guard hasLeft, hasRight else { return nil }
        if direction == .rightToLeft { return rightToLeftIsolate }
        return first == direction ? nil : leftToRightIsolate
    }

    /// L, or R and AL: what a letter's script says, as `TextDirection(firstStrongIn:)` decides.
    static func strongDirection(of scalar: Unicode.Scalar) -> TextDirection? {
        // The common cases first: ASCII, and the Arabic and Hebrew blocks' letters.
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) ? .leftToRight : nil }
        return Script(scalar).map { $0.isRightToLeft ? .rightToLeft : .leftToRight }
    }
}
