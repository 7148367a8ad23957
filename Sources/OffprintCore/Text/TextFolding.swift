/// Folds text for comparison: lower-cased, without digits, punctuation, symbols, Arabic
/// diacritics and tatweel, white space collapsed. The furniture lexicon matches lines this way,
/// and collections order titles by it.
public enum TextFolding {
    /// Lower-cases, drops digits, punctuation, symbols, Arabic diacritics and tatweel, and
    /// collapses white space, so that variants of one phrase compare equal.
    public static func fold(_ text: some StringProtocol) -> String {
        fold(text.unicodeScalars, limit: .max).text
    }

    /// Normalises at most `limit` scalars (or only the first word); says whether the text was longer.
    package static func fold<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars, limit: Int, stopAtFirstWord: Bool = false) -> (text: String, truncated: Bool) {
        let head = scalars.prefix(limit)
        let truncated = head.endIndex != scalars.endIndex
        // Nearly every line is already NFC; the rest go through the normaliser first.
        guard Unicode.isKnownNFC(head) else {
            return (foldStable(String(String.UnicodeScalarView(head)).nfc.unicodeScalars, stopAtFirstWord: stopAtFirstWord), truncated)
        }
        return (foldStable(head, stopAtFirstWord: stopAtFirstWord), truncated)
    }

    private static func foldStable(_ scalars: some Sequence<Unicode.Scalar>, stopAtFirstWord: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        var pendingSpace = false
        for scalar in scalars {
            if isIgnorable(scalar) { continue }
            if scalar.isWordCharacter && !scalar.isASCIIDigitOrArabicDigit {
                if pendingSpace && !bytes.isEmpty {
                    if stopAtFirstWord { break }
                    bytes.append(0x20)
                }
                pendingSpace = false
                scalar.appendLowercasedUTF8(to: &bytes)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Arabic harakat, superscript alef and tatweel: optional in writing, so ignored when comparing.
    /// (Digits are dropped too, so "12 comments" and "3 comments" are one phrase.)
    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x0640: return true
        default: return false
        }
    }
}
