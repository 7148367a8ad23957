/// Recognises the text of a cookie or consent dialog ("We and our partners use cookies and
/// tracking to show personalised ads..."), which scraped pages print above or below the article.
enum ConsentText {
    /// Word stems of consent dialogs in several languages, lower-case ASCII.
    static let stems: [[UInt8]] = [
        "cookie", "consent", "tracking", "zustimm", "einwillig", "datenschutz", "privacy", "personalis", "personaliz",
        "consentimiento", "consenso", "samtykke", "toestemming", "zgod", "souhlas", "partners", "vendors", "gdpr", "dsgvo",
    ].map { Array($0.utf8) }

    /// How many different stems a line holds to be a dialog's text: one alone is an article's word.
    static let threshold = 2

    /// The stems' indices by their first letter (a...z as 0...25).
    static let stemsByLetter: [[Int]] = {
        var table = [[Int]](repeating: [], count: 26)
        for (index, stem) in stems.enumerated() { table[Int(stem[0] - 0x61)].append(index) }
        return table
    }()

    /// Whether the text holds `threshold` or more of the stems at the start of a word (ASCII
    /// letters compared without case).
    static func isConsentText(_ text: Substring) -> Bool {
        var found = 0
        var matched = [Bool](repeating: false, count: stems.count)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var previousIsLetter = false
            for start in bytes.indices {
                let folded = bytes[start] | 0x20
                let isLetter = (folded >= 0x61 && folded <= 0x7A) || bytes[start] >= 0x80
                defer { previousIsLetter = isLetter }
                guard isLetter, !previousIsLetter, bytes[start] < 0x80 else { continue }
                for index in stemsByLetter[Int(folded - 0x61)] where !matched[index] {
                    let stem = stems[index]
                    guard start + stem.count <= bytes.count else { continue }
                    var equal = true
                    for offset in 1..<stem.count where bytes[start + offset] | 0x20 != stem[offset] {
                        equal = false
                        break
                    }
                    if equal {
                        matched[index] = true
                        found += 1
                    }
                }
                if found >= threshold { return }
            }
        }
        return found >= threshold
    }
}
