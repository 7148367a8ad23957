/// The writing systems the language detector tells apart, by code point ranges.
package enum Script: Int, CaseIterable, Hashable, Sendable {
    case latin, cyrillic, greek, armenian, georgian, arabic, hebrew, syriac, thaana, nko
    case han, kana, hangul, thai, lao, khmer, myanmar, ethiopic
    case devanagari, bengali, gurmukhi, gujarati, tamil, telugu, kannada, malayalam, sinhala

    /// The script of a letter, or `nil` for digits, punctuation and scripts not listed.
    package init?(_ scalar: Unicode.Scalar) {
        // ASCII and the Arabic block first: most scalars of most articles.
        if scalar.value < 0x80 {
            guard (0x61...0x7A).contains(scalar.value | 0x20) else { return nil }
            self = .latin
            return
        }
        if (0x600...0x6FF).contains(scalar.value) {
            self = .arabic
            return
        }
        switch scalar.value {
        case 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x400...0x52F: self = .cyrillic
        case 0x531...0x58F: self = .armenian
        case 0x591...0x5F4, 0xFB1D...0xFB4F: self = .hebrew
        case 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x700...0x74F: self = .syriac
        case 0x780...0x7BF: self = .thaana
        case 0x7C0...0x7FF: self = .nko
        case 0x900...0x97F: self = .devanagari
        case 0x980...0x9FF: self = .bengali
        case 0xA00...0xA7F: self = .gurmukhi
        case 0xA80...0xAFF: self = .gujarati
        case 0xB80...0xBFF: self = .tamil
        case 0xC00...0xC7F: self = .telugu
        case 0xC80...0xCFF: self = .kannada
        case 0xD00...0xD7F: self = .malayalam
        case 0xD80...0xDFF: self = .sinhala
        case 0xE00...0xE7F: self = .thai
        case 0xE80...0xEFF: self = .lao
        case 0x1000...0x109F: self = .myanmar
        case 0x10A0...0x10FF: self = .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .hangul
        case 0x1200...0x139F: self = .ethiopic
        case 0x1780...0x17FF: self = .khmer
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: self = .han
        default: return nil
        }
    }

    /// The language a script stands for when it is used by essentially one language.
    package var language: String? {
        switch self {
        case .greek: return "el"
        case .armenian: return "hy"
        case .georgian: return "ka"
        case .syriac: return "syr"
        case .thaana: return "dv"
        case .nko: return "nqo"
        case .hangul: return "ko"
        case .thai: return "th"
        case .lao: return "lo"
        case .khmer: return "km"
        case .myanmar: return "my"
        case .ethiopic: return "am"
        case .devanagari: return "hi"
        case .bengali: return "bn"
        case .gurmukhi: return "pa"
        case .gujarati: return "gu"
        case .tamil: return "ta"
        case .telugu: return "te"
        case .kannada: return "kn"
        case .malayalam: return "ml"
        case .sinhala: return "si"
        case .latin, .cyrillic, .arabic, .hebrew, .han, .kana: return nil
        }
    }

    /// The ISO 15924 code, for a tag such as `und-Latn` when only the script is known.
    package var code: String {
        switch self {
        case .latin: return "Latn"
        case .cyrillic: return "Cyrl"
        case .greek: return "Grek"
        case .armenian: return "Armn"
        case .georgian: return "Geor"
        case .arabic: return "Arab"
        case .hebrew: return "Hebr"
        case .syriac: return "Syrc"
        case .thaana: return "Thaa"
        case .nko: return "Nkoo"
        case .han: return "Hani"
        case .kana: return "Jpan"
        case .hangul: return "Hang"
        case .thai: return "Thai"
        case .lao: return "Laoo"
        case .khmer: return "Khmr"
        case .myanmar: return "Mymr"
        case .ethiopic: return "Ethi"
        case .devanagari: return "Deva"
        case .bengali: return "Beng"
        case .gurmukhi: return "Guru"
        case .gujarati: return "Gujr"
        case .tamil: return "Taml"
        case .telugu: return "Telu"
        case .kannada: return "Knda"
        case .malayalam: return "Mlym"
        case .sinhala: return "Sinh"
        }
    }

    /// Whether the script is written from right to left.
    package var isRightToLeft: Bool {
        switch self {
        case .arabic, .hebrew, .syriac, .thaana, .nko: return true
        default: return false
        }
    }
}
