/// The distinctive words of a text, to tell how much of a line another text repeats: words of
/// four letters or more, or, in scripts written without spaces, pairs of adjacent characters.
struct Vocabulary {
    private var words: Set<String> = []

    init(_ texts: some Sequence<Substring>) {
        for text in texts {
            words.formUnion(Vocabulary.terms(of: text))
        }
    }

    /// The share (0...1) of the line's terms that the vocabulary holds, discounted for lines
    /// of fewer than four terms, where one shared word proves little.
    func share(of line: some StringProtocol) -> Double {
        let terms = Vocabulary.terms(of: line)
        guard !terms.isEmpty else { return 0 }
        let share = Double(terms.filter(words.contains).count) / Double(terms.count)
        return share * Double(min(terms.count, 4)) / 4
    }

    static func terms(of text: some StringProtocol) -> [String] {
        var terms: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var letters = 0
        var previousDense: Unicode.Scalar?
        func finishWord() {
            if letters >= 4 { terms.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
            letters = 0
        }
        for scalar in text.unicodeScalars {
            if ScrapedLine.isDenseScript(scalar) {
                finishWord()
                if let previousDense { terms.append(String(String.UnicodeScalarView([previousDense, scalar]))) }
                previousDense = scalar
            } else if scalar.isWordCharacter {
                scalar.appendLowercasedUTF8(to: &word)
                letters += 1
                previousDense = nil
            } else {
                finishWord()
                previousDense = nil
            }
        }
        finishWord()
        return terms
    }
}
