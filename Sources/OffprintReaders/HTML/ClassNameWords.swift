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
        var value = value
        // Nearly every value is ASCII: its letters are A-Z and a-z, read byte by byte.
        let isASCII = value.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            splitASCII(bytes, into: &words)
            return true
        }
        guard !isASCII else { return }
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

    /// `split` for ASCII, where the only letters are A-Z and a-z.
    private static func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [String]) {
        var start: Int?
        var previousIsLower = false
        func flush(_ end: Int) {
            guard let first = start else { return }
            words.append(String(unsafeUninitializedCapacity: end - first) { word in
                for index in first..<end { word[index - first] = HintWords.byte(bytes[index], lowercasing: true) }
                return end - first
            })
            start = nil
        }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A, isLower = byte >= 0x61 && byte <= 0x7A
            guard isUpper || isLower else {
                flush(index)
                previousIsLower = false
                continue
            }
            if isUpper, previousIsLower { flush(index) }
            if start == nil { start = index }
            previousIsLower = isLower
        }
        flush(bytes.count)
    }

    /// Whether any word of `node`'s class or id is one of `vocabulary`.
    static func any(of node: DOMNode, in vocabulary: Set<String>) -> Bool {
        words(of: node).contains { vocabulary.contains($0) }
    }
}
