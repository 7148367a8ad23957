import OffprintCore
/// The distinctive words of a text, to tell how much of a line another text repeats: words of
/// four letters or more, or, in scripts written without spaces, pairs of adjacent characters.
///
/// Terms are kept as 64-bit hashes of their lower-cased UTF-8 bytes, not as strings: building
/// strings (and hashing them in Unicode's canonical form, as `String` does) was most of the text
/// reader's time. A collision would only make one line look a little more like the body.
struct Vocabulary {
    private var terms: Set<UInt64> = []

    init(_ texts: some Sequence<Substring>) {
        for text in texts {
            Vocabulary.forEachTerm(of: text) { terms.insert($0) }
        }
    }

    /// The vocabulary of texts whose terms (as `terms(of:)` lists them) are already known.
    init(termLists: some Sequence<[UInt64]>) {
        for list in termLists { terms.formUnion(list) }
    }

    /// The terms of a text, in order, for `init(termLists:)`.
    static func terms(of text: some StringProtocol) -> [UInt64] {
        var list: [UInt64] = []
        forEachTerm(of: text) { list.append($0) }
        return list
    }

    /// The share (0...1) of the line's terms that the vocabulary holds, discounted for lines
    /// of fewer than four terms, where one shared word proves little.
    func share(of line: some StringProtocol) -> Double {
        var count = 0, shared = 0
        Vocabulary.forEachTerm(of: line) { term in
            count += 1
            if terms.contains(term) { shared += 1 }
        }
        guard count > 0 else { return 0 }
        return Double(shared) / Double(count) * Double(min(count, 4)) / 4
    }

    /// Calls `body` with the hash of each term of `text`, in order. The scalars are decoded
    /// from the text's UTF-8 bytes where they are contiguous (native strings): walking a
    /// substring's `unicodeScalars` checks every index and was most of the time spent here.
    static func forEachTerm(of text: some StringProtocol, _ body: (UInt64) -> Void) {
        let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = TermScanner()
            var index = 0
            while index < bytes.count {
                let (value, length) = bytes.utf8Scalar(at: index)
                scanner.visit(Unicode.Scalar(value) ?? "\u{FFFD}", body)
                index += length
            }
            scanner.finishWord(body)
        }
        if decoded == nil {
            var scanner = TermScanner()
            for scalar in text.unicodeScalars { scanner.visit(scalar, body) }
            scanner.finishWord(body)
        }
    }

    /// Splits a text into terms one scalar at a time: words of four letters or more, and pairs
    /// of adjacent characters of the dense scripts.
    private struct TermScanner {
        var word = FNV1aHash()
        var letters = 0
        var previousDense: Unicode.Scalar?

        mutating func finishWord(_ body: (UInt64) -> Void) {
            if letters >= 4 { body(word.value) }
            word = FNV1aHash()
            letters = 0
        }

        mutating func visit(_ scalar: Unicode.Scalar, _ body: (UInt64) -> Void) {
            if scalar.isDenseScript {
                finishWord(body)
                if let previousDense {
                    var pair = FNV1aHash()
                    pair.add(previousDense)
                    pair.add(scalar)
                    body(pair.value)
                }
                previousDense = scalar
            } else if scalar.isWordCharacter {
                word.addLowercased(scalar)
                letters += 1
                previousDense = nil
            } else {
                finishWord(body)
                previousDense = nil
            }
        }
    }
}
