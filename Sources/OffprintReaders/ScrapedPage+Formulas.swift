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
        guard !line.isBlank, line.words >= 1 else { return false }
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
}
