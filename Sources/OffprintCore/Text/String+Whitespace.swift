extension Unicode.Scalar {
    /// Whether this is white space in any script: ASCII spaces, no-break spaces, the typographic
    /// spaces U+2000–U+200A, the ideographic space, and the invisible U+200B and U+FEFF.
    package var isAnyWhitespace: Bool {
        // Letters of most scripts sit between the last Latin-1 space and the Ogham one.
        if (0x21...0x84).contains(value) || (0x100...0x167F).contains(value) { return false }
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The text without white space (of any script) at either end.
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isAnyWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isAnyWhitespace }) else { return "" }
        let end = scalars.index(after: last)
        // Nearly every string is already trimmed: then no copy is made.
        if first == scalars.startIndex, end == scalars.endIndex, let string = self as? String { return string }
        // The same scalars copied whole (a `UnicodeScalarView` made from the slice appends them one by one).
        if let string = self as? String { return String(Substring(string.unicodeScalars[first..<end])) }
        if let substring = self as? Substring { return String(Substring(substring.unicodeScalars[first..<end])) }
        return String(String.UnicodeScalarView(scalars[first..<end]))
    }

    /// Whether the text is empty or white space only (no-break spaces included).
    package var isBlank: Bool {
        // ASCII is decided byte by byte (white space is tab to CR and the space); from the first
        // byte past ASCII on, the scalars are asked.
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20, byte < 0x09 || byte > 0x0D { return false }
            }
            return true
        }
        if let known = ascii ?? nil { return known }
        return unicodeScalars.allSatisfy(\.isAnyWhitespace)
    }
}
