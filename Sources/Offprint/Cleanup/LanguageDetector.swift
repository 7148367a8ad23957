/// Tells the language of a text from its letters: the script first (Arabic, Hebrew, Cyrillic,
/// Han, Kana...), then the language within the script — Arabic, Persian, Urdu, Pashto, Sorani,
/// Sindhi and Uyghur by their letters; Latin- and Cyrillic-script languages by function words
/// (`Resources/language-profiles.tsv`).
///
/// It never looks at the process locale. Text it cannot place (too short, lorem ipsum) is `nil`.
public struct LanguageDetector: Sendable {
    /// Function-word profiles, by script.
    private let profiles: [Script: [Profile]]
    /// For each word, the profiles (by index within its script) that contain it.
    private let wordIndex: [Script: [String: [Int]]]

    struct Profile: Sendable {
        let language: String
    }

    /// The detector with the profiles shipped in Offprint.
    public static let standard = LanguageDetector(profilesTSV: EmbeddedResources.files["Resources/language-profiles.tsv"] ?? "")

    /// Creates a detector from `lang<TAB>script<TAB>words` rows.
    public init(profilesTSV: String) {
        var profiles: [Script: [Profile]] = [:]
        var index: [Script: [String: [Int]]] = [:]
        var sawHeader = false
        for line in profilesTSV.split(separator: "\n") where !line.hasPrefix("#") && !line.isBlank {
            guard sawHeader else { sawHeader = true; continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 3 else { continue }
            let script: Script = fields[1] == "Cyrl" ? .cyrillic : .latin
            let position = profiles[script, default: []].count
            profiles[script, default: []].append(Profile(language: String(fields[0])))
            for word in Set(fields[2].split(separator: " ")) {
                index[script, default: [:]][String(word), default: []].append(position)
            }
        }
        self.profiles = profiles
        self.wordIndex = index
    }

    /// How many letters to look at: enough to be sure, few enough to stay fast on long texts.
    static let sampleLetters = 2_000

    /// The BCP 47 tag of the text's language, or `nil` when it cannot be told.
    public func language(of text: some StringProtocol) -> String? {
        var census = ScriptCensus()
        for scalar in text.unicodeScalars {
            census.add(scalar)
            if census.letters >= LanguageDetector.sampleLetters { break }
        }
        guard let script = census.dominantScript else { return nil }
        switch script {
        case .latin, .cyrillic:
            return languageByWords(text, script: script)
        case .arabic:
            return census.arabicScriptLanguage
        case .hebrew:
            return census.count(of: .yiddishLetters) * 50 > census.letters ? "yi" : "he"
        case .han:
            return census.count(of: .kana) * 20 > census.letters ? "ja" : "zh"
        case .kana:
            return "ja"
        default:
            return script.language
        }
    }

    private func languageByWords(_ text: some StringProtocol, script: Script) -> String? {
        guard let profiles = profiles[script], let index = wordIndex[script] else { return nil }
        var hits = [Int](repeating: 0, count: profiles.count)
        var tokens = 0
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func count() {
            guard !word.isEmpty else { return }
            tokens += 1
            for profile in index[String(decoding: word, as: UTF8.self)] ?? [] { hits[profile] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars.prefix(LanguageDetector.sampleLetters) {
            if scalar.isWordCharacter, !scalar.isASCIIDigitOrArabicDigit {
                scalar.appendLowercasedUTF8(to: &word)
            } else {
                count()
            }
        }
        count()
        guard tokens > 0, let best = hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) }) else {
            return nil
        }
        // Running text in a profiled language is at least an eighth function words; lorem-ipsum filler is not.
        guard hits[best] >= 2, Double(hits[best]) / Double(tokens) >= 0.12 else { return nil }
        return profiles[best].language
    }
}
