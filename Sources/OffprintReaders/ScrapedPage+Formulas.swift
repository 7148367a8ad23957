extension ScrapedPage {
    /// The fewest pieces a formula line has outside its TeX markup.
    static let formulaPieces = 5

    /// The symbols of relations and operations that a formula holds and prose seldom does
    /// between spaces.
    static let formulaSymbols: Set<Unicode.Scalar> = [
        "=", "<", ">", "+", "−", "×", "÷", "±", "≤", "≥", "≠", "≈", "≡", "∈", "∉", "⊂", "⊆", "∪", "∩", "∑", "∏", "∫",
        "∂", "∇", "⋅", "∞", "→", "⇒", "⟹", "⟺", "⇔", "↦", "∀", "∃", "√",
    ]

    /// Whether the line is a formula as a page's text prints it: a formula rendered piece by
    /// piece ("1 + q 2 ( 1 − q ) + ⋯ = ∏ j = 0 ∞ …", each letter, digit and symbol spaced) with
    /// or without its TeX source after it ("{\displaystyle …}"). Outside the TeX, the line has
    /// `formulaPieces` or more pieces, a relation or operation among them, and two thirds or
    /// more of them one character long; a TeX source alone is one too. The reader of an
    /// article's text sees the formula as a picture, not as these pieces; a sentence with a
    /// formula inside ("3 x − 1 is an example of …") has too many words for the rule.
    static func isFormula(_ line: ScrapedLine) -> Bool {
        guard !line.isBlank, line.words >= 1, opensAsFormula(line.text) else { return false }
        var pieces = 0, single = 0, hasSymbol = false, hasMarkup = false
        var depth = 0
        for piece in line.text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) {
            if depth == 0, piece.hasPrefix("{\\") { hasMarkup = true }
            if hasMarkup || depth > 0 {
                // Inside the TeX source: follow its braces to where it ends.
                for character in piece {
                    if character == "{" { depth += 1 } else if character == "}" { depth = max(depth - 1, 0) }
                }
                if depth > 0 || piece.hasPrefix("{\\") || piece.contains("}") { continue }
            }
            pieces += 1
            if piece.unicodeScalars.count == 1, let scalar = piece.unicodeScalars.first {
                single += 1
                if formulaSymbols.contains(scalar) { hasSymbol = true }
            }
        }
        if hasMarkup, pieces == 0 { return true }
        return pieces >= formulaPieces && hasSymbol && single * 3 >= pieces * 2
    }

    /// The longest piece among the opening ones of a formula (a TeX source opening the line aside).
    static let formulaPieceLength = 24

    /// How many pieces from the line's start `opensAsFormula` looks at.
    static let formulaOpeningPieces = 9

    /// Whether the line's first `formulaOpeningPieces` pieces are two thirds or more one
    /// character long and none is longer than `formulaPieceLength`, or it opens with TeX: a
    /// quick test on the line's first characters, so that prose is not taken apart into pieces.
    static func opensAsFormula(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(opensAsFormula) ?? opensAsFormula(Array(text.utf8))
    }

    /// `opensAsFormula` on UTF-8 bytes: a space or a no-break space (0xC2 0xA0) parts pieces,
    /// and a piece's length is its count of bytes that start a character.
    private static func opensAsFormula(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        var pieces = 0, single = 0, length = 0
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte == 0x20 || (byte == 0xA0 && previous == 0xC2) {
                // A no-break space's first byte was counted as a character of the piece.
                if byte == 0xA0 { length -= 1 }
                if length > 0 {
                    pieces += 1
                    if length == 1 { single += 1 }
                    if pieces == formulaOpeningPieces { return single * 3 >= pieces * 2 }
                }
                length = 0
            } else if byte & 0xC0 != 0x80 {
                if length == 1, pieces == 0, previous == 0x7B, byte == 0x5C { return true }
                length += 1
                // A formula's pieces are short; a run this long is prose without spaces.
                if length > formulaPieceLength { return false }
            }
            previous = byte
        }
        return true
    }
}
