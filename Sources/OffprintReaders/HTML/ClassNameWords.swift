import OffprintPlatform
/// The words of an element's `class` and `id` values, split where web developers join them:
/// at hyphens, underscores, digits and other punctuation, and where a lower-case letter meets
/// an upper-case one (`storyDate`, `article-end__author-bio`, `nrplus-cta--content` give
/// `story date`, `article end author bio`, `nrplus cta content`). Unlike a substring test,
/// `date` is then not found in `update`, nor `bio` in `biology`.
enum ClassNameWords {
    /// The lower-cased words of `node`'s class and id.
    static func words(of node: DOMNode) -> [String] {
        var words: [String] = []
        for value in [node.attributes["class"], node.attributes["id"]] {
            guard let value, !value.isEmpty else { continue }
            split(value, into: &words)
        }
        return words
    }

    static func split(_ value: String, into words: inout [String]) {
        var current = String.UnicodeScalarView()
        var previousIsLower = false
        func flush() {
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for scalar in value.unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            guard isLetter else {
                flush()
                previousIsLower = false
                continue
            }
            let isUpper = scalar.properties.isUppercase
            if isUpper, previousIsLower { flush() }
            current.append(scalar)
            previousIsLower = scalar.properties.isLowercase
        }
        flush()
    }

    /// Whether any word of `node`'s class or id is one of `vocabulary`.
    static func any(of node: DOMNode, in vocabulary: Set<String>) -> Bool {
        words(of: node).contains { vocabulary.contains($0) }
    }
}
