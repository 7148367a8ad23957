import OffprintCleanup
/// One line of scraped page text, with what the text reader needs to know about it.
struct ScrapedLine: Sendable {
    /// 1-based line number in the file, for messages.
    let number: Int
    /// The line as written, without its line break.
    let text: Substring
    /// Empty or white space only (no-break spaces included).
    let isBlank: Bool
    /// The furniture phrase this line is, if any.
    let furniture: FurnitureLexicon.Kind?
    /// Words, counting two CJK or Thai characters as one word.
    let words: Double
    /// Whether the line ends as a sentence does, or holds more than one sentence.
    let isSentenceLike: Bool
    /// Places where a word runs into the next without a space, "NewsSport" or "contentSkip":
    /// three or more lower-case letters followed by a capital. Dumps glue menu items so.
    let gluedJoins: Int

    init(number: Int, text: Substring, lexicon: FurnitureLexicon) {
        self.number = number
        self.text = text
        self.isBlank = text.isBlank
        self.furniture = isBlank ? nil : lexicon.kind(of: text)
        var spaced = 0, dense = 0, inWord = false
        var innerStops = 0
        var previous: Unicode.Scalar?
        var lastNonCloser: Unicode.Scalar?  // the last non-space scalar that is not a closing quote
        var lowerRun = 0, joins = 0
        for scalar in text.unicodeScalars {
            // Latin and Arabic letters, most of any line: part of a word, and nothing else to note.
            if scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value | 0x20) : (0x0621...0x063A).contains(scalar.value) || (0x0641...0x064A).contains(scalar.value) {
                if !inWord {
                    inWord = true
                    spaced += 1
                }
                if scalar.value < 0x5B, scalar.value >= 0x41 {
                    if lowerRun >= 3 { joins += 1 }
                    lowerRun = 0
                } else if scalar.value >= 0x61 {
                    lowerRun += 1
                } else {
                    lowerRun = 0
                }
                lastNonCloser = scalar
                previous = scalar
                continue
            }
            if scalar.value < 0x80 {
                lowerRun = 0
            } else if scalar.properties.isUppercase {
                if lowerRun >= 3, inWord { joins += 1 }
                lowerRun = 0
            } else {
                lowerRun = scalar.properties.isLowercase ? lowerRun + 1 : 0
            }
            if scalar.isDenseScript {
                dense += 1
                inWord = false
            } else if scalar.isAnyWhitespace {
                inWord = false
                if let previous, ScrapedLine.isSentenceEnd(previous) { innerStops += 1 }
            } else if !inWord, scalar.isWordCharacter {
                // A word is a run without spaces holding a letter or digit; "|" or "»" alone is not one.
                inWord = true
                spaced += 1
            }
            if ScrapedLine.isDenseSentenceEnd(scalar) { innerStops += 1 }
            if !scalar.isAnyWhitespace, !ScrapedLine.isCloser(scalar) { lastNonCloser = scalar }
            previous = scalar
        }
        self.words = Double(spaced) + Double(dense) / 2
        self.gluedJoins = joins
        // A sentence ends with a stop, possibly followed by closing quotes or brackets.
        self.isSentenceLike = lastNonCloser.map(ScrapedLine.isSentenceEnd) == true || innerStops >= 1
    }

    /// A 64-bit hash of the line's UTF-8 bytes, to find repeated lines without hashing strings
    /// in Unicode's canonical form (a collision would only drop or join one line).
    var textHash: UInt64 {
        // FNV-1a over the bytes.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Whether the character ends a sentence in the scripts Offprint reads.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", "。", "！", "？", "؟", "۔", "।", "॥", "።", ";", "؛": return true
        default: return false
        }
    }

    /// Sentence ends of scripts written without spaces: one inside a line marks running text.
    static func isDenseSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？"
    }

    /// Closing quotes and brackets that may follow a sentence end.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "”", "’", "»", "«", "'", ")", "）", "」", "』": return true
        default: return false
        }
    }

}
