extension TextDirection {
    /// Primary language subtags whose usual script is written right to left.
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "mzn", "nqo", "pnb", "ps", "sd", "syr", "ug", "ur", "yi",
    ]
    /// Script subtags written right to left.
    static let rightToLeftScripts: Set<String> = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "samr", "mand"]

    /// The direction of a language's usual script, from its BCP 47 tag; `nil` for `und` or an unknown tag.
    ///
    /// An explicit script subtag wins: `az-Arab` is right to left, `ku-Latn` left to right.
    public init?(language tag: String) {
        let subtags = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let primary = subtags.first, primary != "und" else { return nil }
        if let script = subtags.dropFirst().first(where: { $0.count == 4 }) {
            self = TextDirection.rightToLeftScripts.contains(String(script)) ? .rightToLeft : .leftToRight
            return
        }
        guard primary.count >= 2, primary.count <= 8, primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        self = TextDirection.rightToLeftLanguages.contains(String(primary)) ? .rightToLeft : .leftToRight
    }

    /// The direction of the first strongly directional letter in the text (as the Unicode
    /// bidirectional algorithm picks a paragraph's direction), or `nil` when there is none.
    public init?(firstStrongIn text: some StringProtocol) {
        for scalar in text.unicodeScalars {
            if let script = Script(scalar) {
                self = script.isRightToLeft ? .rightToLeft : .leftToRight
                return
            }
        }
        return nil
    }
}
