import OffprintCore
extension HTMLReader {
    /// A paragraph longer than this is prose, whatever it ends with.
    static let longestLooseCaption = 300

    /// Whether `text` is short and ends with a credit: a credit label and a colon (with or
    /// without a space before it), or a copyright sign, followed by a name (not a year, not
    /// another sentence).
    static func endsWithCredit(_ text: String) -> Bool {
        // At most four bytes a character: longer text is prose without counting its characters.
        let utf8 = text.utf8
        guard utf8.count < longestLooseCaption * 4 else { return false }
        // Most paragraphs have neither a colon nor a copyright sign (`C2 A9`) near their end.
        let nearEnd = utf8.withContiguousStorageIfAvailable { bytes in
            bytes[max(0, bytes.count - tailLength * 4)...].contains { $0 == 0x3A || $0 == 0xA9 }
        }
        guard nearEnd ?? true else { return false }
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        let leading = scalars.prefix { $0.properties.isWhitespace }.count
        guard !scalars.isEmpty, scalars.count - leading < longestLooseCaption else { return false }
        let tail = scalars.suffix(tailLength)
        if let sign = tail.lastIndex(of: "©") {
            return isCreditName(tail[(sign + 1)...])
        }
        guard let colon = tail.lastIndex(of: ":") else { return false }
        // French and some sites put a space before the colon (`Photo : AFP`, `Photo Credit : PTI`).
        let label = tail[..<colon].reversed().drop { $0.properties.isWhitespace }.prefix { $0.properties.isAlphabetic }
        guard !label.isEmpty else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: label.reversed())
        return CaptionCreditLabels.words.contains(String(word).lowercased()) && isCreditName(tail[(colon + 1)...])
    }

    /// How far from the end of a caption its credit starts, at most (in characters).
    private static let tailLength = 90

    /// A credit's name: a few words that open with no digit (not a year) and hold no other
    /// sentence.
    private static func isCreditName(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let name = scalars.drop { $0.properties.isWhitespace }
        guard name.count >= 2, let first = name.first, first.properties.numericType == nil,
              let last = name.last, last != "?", last != "!" else { return false }
        return !zip(name, name.dropFirst()).contains { $0 == "." && $1.properties.isWhitespace }
    }
}
