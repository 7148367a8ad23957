/// Text whose UTF-8 was read once more as Windows-1252 (or Latin-1) and written out as UTF-8
/// again: "fÃ¼r", "groÃŸen", "â€“" where the page said "für", "großen", "–". Scraped page text
/// arrives so when a page's bytes were decoded with the wrong charset before it was dumped.
enum DoubleEncodedText {
    /// The fewest double-encoded characters that make a text one: a single "Ã©" may be meant.
    static let minimumSequences = 3

    /// The text with each double-encoded character put back, when it holds
    /// `minimumSequences` or more of them; else the text as it is. A double-encoded character
    /// is a lead byte's character (U+00C2–U+00F4) followed by as many characters as that lead
    /// byte wants continuation bytes, each of which is one (0x80–0xBF in Windows-1252), and
    /// together valid UTF-8. Characters outside such sequences are left alone.
    static func repaired(_ text: String) -> String {
        // Bytes first: most texts hold no lead byte's character followed by a continuation's.
        guard mayBeDoubleEncoded(text.utf8) else { return text }
        let scalars = Array(text.unicodeScalars)
        var found: [(start: Int, count: Int, scalar: Unicode.Scalar)] = []
        var index = 0
        while index < scalars.count {
            if let (length, scalar) = sequence(in: scalars, at: index) {
                found.append((index, length, scalar))
                index += length
            } else {
                index += 1
            }
        }
        guard found.count >= minimumSequences else { return text }
        var view = String.UnicodeScalarView()
        var next = 0
        for sequence in found {
            view.append(contentsOf: scalars[next..<sequence.start])
            view.append(sequence.scalar)
            next = sequence.start + sequence.count
        }
        view.append(contentsOf: scalars[next...])
        return String(view)
    }

    /// The double-encoded character starting at `index`: how many characters it spans and
    /// the one it stands for.
    private static func sequence(in scalars: [Unicode.Scalar], at index: Int) -> (Int, Unicode.Scalar)? {
        let lead = scalars[index].value
        let continuations: Int
        switch lead {
        case 0xC2...0xDF: continuations = 1
        case 0xE0...0xEF: continuations = 2
        case 0xF0...0xF4: continuations = 3
        default: return nil
        }
        guard index + continuations < scalars.count else { return nil }
        var bytes: [UInt8] = [UInt8(lead)]
        for offset in 1...continuations {
            guard let byte = windows1252Byte(scalars[index + offset]), (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self), decoded.unicodeScalars.count == 1,
              let scalar = decoded.unicodeScalars.first else { return nil }
        return (continuations + 1, scalar)
    }

    /// The Windows-1252 byte of a character in 0x80–0xBF's range of that code page (the bytes
    /// it leaves undefined read as the C1 controls of Latin-1), or `nil`.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0x80...0xBF).contains(scalar.value) { return UInt8(scalar.value) }
        return windows1252High[scalar]
    }

    /// The characters Windows-1252 puts at 0x80–0x9F.
    static let windows1252High: [Unicode.Scalar: UInt8] = [
        "\u{20AC}": 0x80, "\u{201A}": 0x82, "\u{0192}": 0x83, "\u{201E}": 0x84, "\u{2026}": 0x85, "\u{2020}": 0x86,
        "\u{2021}": 0x87, "\u{02C6}": 0x88, "\u{2030}": 0x89, "\u{0160}": 0x8A, "\u{2039}": 0x8B, "\u{0152}": 0x8C,
        "\u{017D}": 0x8E, "\u{2018}": 0x91, "\u{2019}": 0x92, "\u{201C}": 0x93, "\u{201D}": 0x94, "\u{2022}": 0x95,
        "\u{2013}": 0x96, "\u{2014}": 0x97, "\u{02DC}": 0x98, "\u{2122}": 0x99, "\u{0161}": 0x9A, "\u{203A}": 0x9B,
        "\u{0153}": 0x9C, "\u{017E}": 0x9E, "\u{0178}": 0x9F,
    ]

    /// Whether the UTF-8 holds `minimumSequences` or more places that may be double-encoded
    /// characters: a lead byte's character (0xC3 0x82–0xB4) followed by a character that is a
    /// continuation byte in Windows-1252 (0xC2 0x80–0xBF; or 0xC5, 0xC6, 0xCB or 0xE2 0x80–0x84,
    /// which open the rest of that code page's 0x80–0x9F).
    static func mayBeDoubleEncoded(_ utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable(countsDoubleEncodedBytes) ?? countsDoubleEncodedBytes(Array(utf8))
    }

    private static func countsDoubleEncodedBytes(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        var found = 0
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            defer { index = bytes.index(after: index) }
            guard bytes[index] == 0xC3 else { continue }
            let second = bytes.index(after: index)
            guard second < end, (0x82...0xB4).contains(bytes[second]) else { continue }
            let third = bytes.index(after: second)
            guard third < end else { continue }
            let fourth = bytes.index(after: third)
            let next = fourth < end ? bytes[fourth] : 0
            switch bytes[third] {
            case 0xC2 where (0x80...0xBF).contains(next), 0xC5, 0xC6, 0xCB, 0xE2 where (0x80...0x84).contains(next):
                found += 1
                if found >= minimumSequences { return true }
            default: break
            }
        }
        return false
    }
}
