/// The runs of words a body already holds, to tell a line that says again what the body said:
/// the article printed a second time from the page's metadata or a print view, several
/// paragraphs glued into one line.
///
/// A run is three consecutive terms (`Vocabulary`'s words of four letters or more, or pairs of
/// characters in scripts written without spaces), kept as a hash.
struct RepeatedPassages {
    private var runs: Set<UInt64> = []

    /// The fewest terms a line has to be judged: a short line may well repeat a phrase.
    static let minimumTerms = 12
    /// The share of a line's runs the body must already hold for the line to be a repeat.
    static let repeatedShare = 0.6

    /// Whether most of the line's runs of terms are already in the body; if not, its runs are
    /// added to the body's.
    mutating func isRepeat(_ line: Substring) -> Bool {
        let terms = Vocabulary.terms(of: line)
        guard terms.count >= 3 else { return false }
        var lineRuns: [UInt64] = []
        lineRuns.reserveCapacity(terms.count - 2)
        for index in 2..<terms.count {
            // Order matters: mix each term in with a different multiplier.
            lineRuns.append(terms[index - 2] &* 0x9E37_79B9_7F4A_7C15 ^ terms[index - 1] &* 0xC2B2_AE3D_27D4_EB4F ^ terms[index])
        }
        if terms.count >= RepeatedPassages.minimumTerms {
            let known = lineRuns.count(where: { runs.contains($0) })
            if Double(known) >= RepeatedPassages.repeatedShare * Double(lineRuns.count) { return true }
        }
        runs.formUnion(lineRuns)
        return false
    }
}
