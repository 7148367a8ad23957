import OffprintCore

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

extension TokenOverlap {
    /// The text of `blocks` that the truth is compared with: `Block.plainText` joined by blank
    /// lines, except that a figure counts only its caption. Truth is the text a reader sees on
    /// the page, never an image's `alt` attribute (as `Benchmarks/fidelity.py` scores it).
    static func scoredText(of blocks: [Block]) -> String {
        blocks.map(scoredText(of:)).joined(separator: "\n\n")
    }

    private static func scoredText(of block: Block) -> String {
        switch block.kind {
        case .figure(_, _, let caption): return caption.plainText
        case .quote(let blocks): return blocks.map(scoredText(of:)).joined(separator: "\n")
        case .list(_, _, let items): return items.map { $0.map(scoredText(of:)).joined(separator: "\n") }.joined(separator: "\n")
        default: return block.plainText
        }
    }
}
