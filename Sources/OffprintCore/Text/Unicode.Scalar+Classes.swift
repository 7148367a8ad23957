extension Unicode.Scalar {
    /// Whether the scalar is a letter or digit, for counting words. Exact for ASCII; above it,
    /// everything but white space and the punctuation and symbol blocks counts, which is right
    /// for running text and avoids the Unicode property tables on the hot path.
    package var isWordCharacter: Bool {
        // The two commonest cases first: ASCII, and the Arabic letters (tatweel is not one).
        if value < 0x80 {
            let folded = value | 0x20
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(folded)
        }
        if (0x0621...0x064A).contains(value) { return value != 0x0640 }
        switch value {
        case 0x80...0xBF, 0xD7, 0xF7: return false  // Latin-1 punctuation and symbols
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F, 0xFF1A...0xFF20: return false
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return false  // Arabic punctuation
        case 0x05BE, 0x05C0, 0x05C3, 0x05C6, 0x05F3, 0x05F4: return false  // Hebrew punctuation
        case 0x0964, 0x0965, 0x0E2F, 0x0E5A, 0x0E5B: return false
        default: return !isAnyWhitespace
        }
    }

    /// Whether text made only of such scalars is already in Unicode NFC: scalars with no
    /// canonical decomposition and combining class 0 that nothing composes with. Covers
    /// Latin-1, the Arabic, Hebrew and Cyrillic letters, CJK, kana and Hangul syllables, and
    /// common punctuation, so most articles skip the normaliser.
    var isNFCStable: Bool {
        switch value {
        case 0...0x2FF: return true
        case 0x0400...0x0482, 0x048A...0x052F: return true  // Cyrillic letters
        case 0x05D0...0x05EA, 0x05F0...0x05F4, 0x05BE, 0x05C0, 0x05C3, 0x05C6: return true  // Hebrew letters, no points
        case 0x0600...0x060F, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x06D3, 0x06D5: return true  // Arabic letters, no marks
        case 0x2002...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true  // punctuation, currency
        case 0x3000...0x303F, 0x3041...0x3094, 0x309B...0x309F, 0x30A1...0x30F4, 0x30FB...0x30FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E: return true
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// The value of a decimal digit in any script (Unicode's `Nd`: ASCII, Arabic-Indic `٠`–`٩`,
    /// Extended Arabic-Indic `۰`–`۹` as Persian and Urdu write them, Devanagari, fullwidth ...),
    /// or `nil`. Inlined, and only the scripts with digits of their own that are not listed here
    /// reach Unicode's property tables: below U+0660 only ASCII has decimal digits, and the
    /// stretches listed as `nil` (general punctuation, symbols, CJK, kana, Hangul) have none.
    @inlinable package var decimalDigitValue: UInt8? {
        switch value {
        case 0x30...0x39: return UInt8(truncatingIfNeeded: value &- 0x30)
        case 0...0x65F: return nil
        case 0x660...0x669: return UInt8(truncatingIfNeeded: value &- 0x660)
        case 0x6F0...0x6F9: return UInt8(truncatingIfNeeded: value &- 0x6F0)
        case 0xFF10...0xFF19: return UInt8(truncatingIfNeeded: value &- 0xFF10)
        case 0x66A...0x6EF, 0x6FA...0x7BF, 0x1C5A...0xA61F, 0xABFA...0xFF0F, 0xFF1A...0x1049F: return nil
        default: return otherScriptDigitValue
        }
    }

    /// The value of a decimal digit of a script whose digits `decimalDigitValue` does not list.
    @usableFromInline package var otherScriptDigitValue: UInt8? {
        guard properties.numericType == .decimal, let number = properties.numericValue else { return nil }
        return UInt8(number)
    }

    /// ASCII, Arabic-Indic and Persian digits.
    package var isASCIIDigitOrArabicDigit: Bool {
        switch value {
        case 0x30...0x39, 0x660...0x669, 0x6F0...0x6F9: return true
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// Appends the UTF-8 bytes of the scalar's lower-case form.
    func appendLowercasedUTF8(to bytes: inout [UInt8]) {
        forEachLowercasedUTF8Byte { bytes.append($0) }
    }

    /// Calls `body` with each UTF-8 byte of the scalar's lower-case form. Only the cased
    /// scripts' blocks go through Unicode's case tables; everything else is its own lower case.
    func forEachLowercasedUTF8Byte(_ body: (UInt8) -> Void) {
        switch value {
        case 0x41...0x5A:
            body(UInt8(value + 32))
        case 0...0x7F:
            body(UInt8(value))
        case 0xC0...0x24F, 0x370...0x52F, 0x10A0...0x10FF, 0x1E00...0x1FFF, 0x2C00...0x2D2F, 0xA640...0xA69F, 0xFF21...0xFF3A:
            for byte in properties.lowercaseMapping.utf8 { body(byte) }
        default:
            UTF8.encode(self, into: body)
        }
    }

    /// Han, kana, Hangul syllables and Thai: scripts where a character is closer to a word than a letter.
    package var isDenseScript: Bool {
        guard value >= 0x0E00 else { return false }
        switch value {
        case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }
}
