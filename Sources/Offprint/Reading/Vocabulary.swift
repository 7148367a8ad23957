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
        var word = ""
        var previousDense: Character?
        for character in text.lowercased() {
            if let scalar = character.unicodeScalars.first, ScrapedLine.isDenseScript(scalar) {
                if word.count >= 4 { terms.append(word) }
                word = ""
                if let previousDense { terms.append(String([previousDense, character])) }
                previousDense = character
            } else if character.isLetter || character.isNumber {
                word.append(character)
                previousDense = nil
            } else {
                if word.count >= 4 { terms.append(word) }
                word = ""
                previousDense = nil
            }
        }
        if word.count >= 4 { terms.append(word) }
        return terms
    }
}
