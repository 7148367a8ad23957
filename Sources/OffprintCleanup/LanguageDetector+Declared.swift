import OffprintCore

extension LanguageDetector {
    /// Macrolanguage tags a page may declare, with the languages the text can show it to be.
    static let refinements: [String: Set<String>] = ["no": ["nb", "nn"]]

    /// The fewest words of running text that may overrule a declared language.
    static let wordsToOverrule = 40

    /// The language of a text whose markup declares `declared` (a well-formed tag): `declared`,
    /// unless the text plainly says otherwise. Page templates declare one language for a whole
    /// site (`lang="en-US"` on a Croatian or Xhosa article), so the text is checked:
    ///
    /// - a macrolanguage (`no`) becomes the language the text shows (`nb`, `nn`);
    /// - a language profiled in the text's script stays when its function words are at least
    ///   half as frequent as those of the best profile (so close languages, `da` and `nb`,
    ///   `cs` and `sk`, never overrule each other), and gives way to the detected one otherwise;
    /// - a language profiled only in another script (`en` declared on Russian text) gives way;
    /// - anything else (a language the detector has no profile for) stays.
    ///
    /// Text too short to be sure of (under `wordsToOverrule` words) keeps what was declared.
    public func language(of text: some StringProtocol, declared: String) -> String {
        guard let tag = LanguageTag(declared), let detected = language(of: text) else { return declared }
        let primary = tag.language
        guard primary != detected else { return declared }
        if LanguageDetector.refinements[primary]?.contains(detected) == true { return detected }
        var census = ScriptCensus()
        for scalar in text.unicodeScalars {
            census.add(scalar)
            if census.letters >= LanguageDetector.sampleLetters { break }
        }
        guard let script = census.dominantScript else { return declared }
        if let own = profiles[script]?.firstIndex(where: { $0.language == primary }) {
            guard let tally = tally(text, script: script), tally.tokens >= LanguageDetector.wordsToOverrule,
                  let best = tally.best else { return declared }
            return tally.hits[own] * 2 >= tally.hits[best] ? declared : detected
        }
        let profiledElsewhere = profiles.contains { $0.key != script && $0.value.contains { $0.language == primary } }
        return profiledElsewhere && census.letters >= LanguageDetector.wordsToOverrule * 4 ? detected : declared
    }
}
