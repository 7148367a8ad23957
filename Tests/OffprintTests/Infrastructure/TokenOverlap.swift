/// Token-level precision, recall and F1 of an extracted text against the truth, as extraction
/// benchmarks measure it: words lower-cased, each CJK or kana character its own token.
struct TokenOverlap {
    let precision: Double
    let recall: Double
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    init(extracted: String, truth: String) {
        let found = TokenOverlap.counts(extracted)
        let expected = TokenOverlap.counts(truth)
        let common = found.reduce(0) { $0 + min($1.value, expected[$1.key] ?? 0) }
        let foundTotal = found.values.reduce(0, +), expectedTotal = expected.values.reduce(0, +)
        precision = foundTotal == 0 ? 0 : Double(common) / Double(foundTotal)
        recall = expectedTotal == 0 ? 0 : Double(common) / Double(expectedTotal)
    }

    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.unicodeScalars.contains(where: { (0x3040...0x9FFF).contains($0.value) || (0xAC00...0xD7AF).contains($0.value) }) {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(character))
            } else if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                tokens.append(word)
                word = ""
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    private static func counts(_ text: String) -> [String: Int] {
        tokens(text).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
