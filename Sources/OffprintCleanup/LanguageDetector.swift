import OffprintCore
/// Tells the language of a text from its letters: the script first (Arabic, Hebrew, Cyrillic,
/// Han, Kana...), then the language within the script — Arabic, Persian, Urdu, Pashto, Sorani,
/// Sindhi and Uyghur by their letters; Latin- and Cyrillic-script languages by function words
/// (`Resources/language-profiles.tsv`).
///
/// It never looks at the process locale. Text it cannot place (too short, lorem ipsum) is `nil`.
public struct LanguageDetector: Sendable {
    /// Function-word profiles, by script.
    let profiles: [Script: [Profile]]
    /// For each word, the profiles (by index within its script) that contain it.
    let wordIndex: [Script: [UInt64: [Int]]]

    struct Profile: Sendable {
        let language: String
        /// The least share of a text's words in the profile for the text to be in its language.
        let minimumShare: Double
    }

    /// Running text in a profiled language is at least an eighth function words; lorem-ipsum
    /// filler is not. Profiles of languages that join function words to others set less.
    static let minimumShare = 0.12

    /// The detector with the profiles shipped in Offprint.
    public static let standard = LanguageDetector(profilesTSV: EmbeddedResources.files["Resources/language-profiles.tsv"] ?? "")

    /// Creates a detector from `lang<TAB>script<TAB>words[<TAB>share]` rows.
    public init(profilesTSV: String) {
        var profiles: [Script: [Profile]] = [:]
        var index: [Script: [UInt64: [Int]]] = [:]
        var sawHeader = false
        for line in profilesTSV.split(separator: "\n") where !line.hasPrefix("#") && !line.isBlank {
            guard sawHeader else { sawHeader = true; continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 3 || fields.count == 4 else { continue }
            let script: Script = fields[1] == "Cyrl" ? .cyrillic : .latin
            let position = profiles[script, default: []].count
            let share = fields.count == 4 ? Double(fields[3]).flatMap { (0.01...1).contains($0) ? $0 : nil } : nil
            profiles[script, default: []].append(Profile(language: String(fields[0]), minimumShare: share ?? LanguageDetector.minimumShare))
            for word in Set(fields[2].split(separator: " ")) {
                index[script, default: [:]][LanguageDetector.key(of: word), default: []].append(position)
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

    /// How a profile word is looked up: the hash of its lower-cased UTF-8 bytes, as the text's
    /// words are hashed while they are read (no string is made per word).
    static func key(of word: some StringProtocol) -> UInt64 {
        var hash = FNV1aHash()
        for scalar in word.unicodeScalars { hash.addLowercased(scalar) }
        return hash.value
    }

    private func languageByWords(_ text: some StringProtocol, script: Script) -> String? {
        guard let profiles = profiles[script], let tally = tally(text, script: script), let best = tally.best else { return nil }
        guard tally.hits[best] >= 2, Double(tally.hits[best]) / Double(tally.tokens) >= profiles[best].minimumShare else { return nil }
        return profiles[best].language
    }

    /// How many of the first words of `text` each profile of `script` holds.
    struct Tally {
        /// Hits per profile, by index within the script.
        var hits: [Int]
        /// The words looked at.
        var tokens: Int

        /// The profile with the most hits (the first listed among equals), if any word was read.
        var best: Int? {
            guard tokens > 0 else { return nil }
            return hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) })
        }
    }

    func tally(_ text: some StringProtocol, script: Script) -> Tally? {
        guard let profiles = profiles[script], let index = wordIndex[script] else { return nil }
        var hits = [Int](repeating: 0, count: profiles.count)
        var tokens = 0
        var word = FNV1aHash()
        var letters = 0
        func count() {
            guard letters > 0 else { return }
            tokens += 1
            for profile in index[word.value] ?? [] { hits[profile] += 1 }
            word = FNV1aHash()
            letters = 0
        }
        var remaining = LanguageDetector.sampleLetters
        for scalar in text.unicodeScalars {
            if scalar.isWordCharacter, !scalar.isASCIIDigitOrArabicDigit {
                word.addLowercased(scalar)
                letters += 1
            } else {
                count()
            }
            remaining -= 1
            if remaining == 0 { break }
        }
        count()
        return Tally(hits: hits, tokens: tokens)
    }
}
