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

    /// Whether the text holds `threshold` or more of the stems (ASCII letters compared without case).
    static func isConsentText(_ text: Substring) -> Bool {
        var found = 0
        var matched = [Bool](repeating: false, count: stems.count)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= 5 else { return }
            for start in 0..<(bytes.count - 4) {
                let first = bytes[start] | 0x20
                guard first >= 0x61, first <= 0x7A else { continue }
                for (index, stem) in stems.enumerated() where !matched[index] && stem[0] == first && start + stem.count <= bytes.count {
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
