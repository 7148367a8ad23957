import OffprintCore
/// Counts the letters of a text by script, and the letters that tell apart the languages
/// written in the Arabic and Hebrew scripts.
struct ScriptCensus {
    private(set) var letters = 0
    private var byScript = [Int](repeating: 0, count: Script.allCases.count)
    private var marks = [Int](repeating: 0, count: Marker.allCases.count)

    /// Letters found in one language (or family) of a shared script, and rarely in the others.
    enum Marker: Int, CaseIterable {
        case urdu, persianOrUrdu, arabicOnly, pashto, sorani, sindhi, uyghur, yiddishLetters, kana

        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x06D2, 0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C3: self = .urdu  // ے ٹ ڈ ڑ ں ھ ۃ
            case 0x06CC, 0x06A9, 0x067E, 0x0686, 0x0698, 0x06AF: self = .persianOrUrdu  // ی ک پ چ ژ گ
            case 0x064A, 0x0643, 0x0629, 0x0649: self = .arabicOnly  // ي ك ة ى
            case 0x069A, 0x0696, 0x0681, 0x0685, 0x0689, 0x067C, 0x0693, 0x06AB, 0x06BC, 0x06D0, 0x06CD: self = .pashto
            case 0x06B5, 0x0695, 0x06C6, 0x06CE, 0x06D5: self = .sorani  // ڵ ڕ ۆ ێ ە
            case 0x0684, 0x067B, 0x0680, 0x067A, 0x067D, 0x067F, 0x0683, 0x0687, 0x068F, 0x068D, 0x068C, 0x068A, 0x0699, 0x06A6, 0x06B3, 0x06B1:
                self = .sindhi
            case 0x06C7, 0x06C8, 0x06CB: self = .uyghur  // ۇ ۈ ۋ
            case 0x05F0...0x05F2: self = .yiddishLetters  // װ ױ ײ
            case 0x3040...0x30FF: self = .kana
            default: return nil
            }
        }
    }

    mutating func add(_ scalar: Unicode.Scalar) {
        guard let script = Script(scalar) else { return }
        letters += 1
        byScript[script.rawValue] += 1
        if scalar.value >= 0x05F0, let marker = Marker(scalar) { marks[marker.rawValue] += 1 }
    }

    func count(of marker: Marker) -> Int { marks[marker.rawValue] }

    /// How many of the letters are in scripts written right to left.
    var rightToLeftLetters: Int {
        Script.allCases.filter(\.isRightToLeft).reduce(0) { $0 + byScript[$1.rawValue] }
    }

    /// The script with the most letters, a Han, kana or Hangul character counting as three
    /// (it carries about as much as a short word); ties go to the script listed first.
    var dominantScript: Script? {
        var best: (script: Script, count: Int)?
        for script in Script.allCases {
            let weight = [.han, .kana, .hangul].contains(script) ? 3 : 1
            let count = byScript[script.rawValue] * weight
            if count > 0, count > (best?.count ?? 0) { best = (script, count) }
        }
        // Japanese mixes Han and kana; a text with a fair share of kana is Japanese.
        if best?.script == .han || best?.script == .kana, byScript[Script.kana.rawValue] * 20 > letters { return .kana }
        return best?.script
    }

    /// Arabic, Persian, Urdu, Pashto, Sorani Kurdish, Sindhi or Uyghur, by their distinctive letters.
    var arabicScriptLanguage: String {
        let share = { (marker: Marker) in Double(count(of: marker)) / Double(max(letters, 1)) }
        let candidates: [(String, Double)] = [
            ("sd", share(.sindhi)), ("ps", share(.pashto)), ("ug", share(.uyghur)),
            ("ckb", share(.sorani)), ("ur", share(.urdu)),
        ]
        if let (language, _) = candidates.filter({ $0.1 >= 0.005 }).max(by: { $0.1 < $1.1 }) { return language }
        return count(of: .persianOrUrdu) > count(of: .arabicOnly) ? "fa" : "ar"
    }
}
