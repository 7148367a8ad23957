/// The runs of words a body already holds, to tell a line that says again what the body said:
/// the article printed a second time from the page's metadata or a print view, several
/// paragraphs glued into one line.
///
/// A run is three consecutive words of four bytes or more, hashed from their bytes (FNV-1a,
/// ASCII capitals folded), read in one pass over the line's UTF-8 without making strings: this
/// is asked of every line of the body. A collision would only drop one line.
struct RepeatedPassages {
    private var runs = Set<UInt64>(minimumCapacity: 1024)

    /// The fewest words a line has to be looked at: a short line neither repeats a passage nor
    /// adds much of one.
    static let minimumWords = 12.0
    /// The fewest runs a line has to be judged a repeat.
    static let minimumRuns = 10
    /// The share of a line's runs the body must already hold for the line to be a repeat.
    static let repeatedShare = 0.6
    /// The fewest bytes a word has to count.
    static let wordBytes = 4

    /// Whether most of the line's runs of words are already in the body; if not, its runs are
    /// added to the body's.
    mutating func isRepeat(_ line: ScrapedLine) -> Bool {
        guard line.words >= RepeatedPassages.minimumWords else { return false }
        let lineRuns = RepeatedPassages.runs(of: line.text)
        if lineRuns.count >= RepeatedPassages.minimumRuns {
            let known = lineRuns.count(where: { runs.contains($0) })
            if Double(known) >= RepeatedPassages.repeatedShare * Double(lineRuns.count) { return true }
        }
        runs.formUnion(lineRuns)
        return false
    }

    /// The hashes of the text's runs of three words.
    static func runs(of text: Substring) -> [UInt64] {
        var result: [UInt64] = []
        var first: UInt64 = 0, second: UInt64 = 0, count = 0
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325, length = 0
        func finishWord() {
            if length >= wordBytes {
                if count >= 2 { result.append(first &* 0x9E37_79B9_7F4A_7C15 ^ second &* 0xC2B2_AE3D_27D4_EB4F ^ hash) }
                first = second
                second = hash
                count += 1
            }
            hash = 0xCBF2_9CE4_8422_2325
            length = 0
        }
        for byte in text.utf8 {
            // ASCII space, punctuation and symbols end a word; other bytes (letters, digits, any
            // non-ASCII scalar's bytes) belong to it.
            if byte < 0x80, !(0x30...0x39).contains(byte), !(0x41...0x5A).contains(byte), !(0x61...0x7A).contains(byte) {
                finishWord()
                continue
            }
            let folded = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
            length += 1
        }
        finishWord()
        return result
    }
}
