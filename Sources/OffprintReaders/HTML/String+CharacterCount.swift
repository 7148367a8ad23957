extension String {
    /// The number of characters (as `count` gives it), counting no further than `limit`.
    ///
    /// Most text has one character per Unicode scalar: no combining marks, no emoji sequences,
    /// no Hangul jamo, no CR LF. Such text is counted by its scalars on the UTF-8 bytes (runs of
    /// ASCII eight bytes at a time); other text character by character, stopping at `limit`.
    /// `count` walks grapheme clusters over the whole string, where most rules only ask whether
    /// there are 25 or 300.
    func characterCount(atMost limit: Int = .max) -> Int {
        var text = self
        if let scalars = text.withUTF8(String.scalarCountIfOneScalarPerCharacter) { return Swift.min(scalars, limit) }
        var characters = 0
        var index = startIndex
        while index < endIndex, characters < limit {
            index = self.index(after: index)
            characters += 1
        }
        return characters
    }

    /// The number of scalars of valid UTF-8 text when every scalar is sure to be a character
    /// of its own (`isOwnCharacter`), else `nil`.
    private static func scalarCountIfOneScalarPerCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        var scalars = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A byte of `word ^ 0x0D…` is zero exactly where `word` holds a carriage return.
                let carriageReturns = word ^ (ones &* 0x0D)
                if word & high == 0, (carriageReturns &- ones) & ~carriageReturns & high == 0 {
                    scalars += 8
                    index += 8
                    continue
                }
            }
            let (value, length) = bytes.utf8Scalar(at: index)
            // A carriage return and a line feed after it are one character; a scalar beyond
            // the Basic Multilingual Plane is never one of `isOwnCharacter`'s.
            guard value != 0x0D, isOwnCharacter(value) else { return nil }
            index += length
            scalars += 1
        }
        return scalars
    }

    /// Scalars that no grapheme cluster rule (UAX #29) joins to a neighbour of this list: ASCII
    /// but CR, and blocks of letters, punctuation and symbols that hold no combining mark,
    /// spacing mark, prepended mark, joiner, Hangul jamo or regional indicator (Latin, Greek,
    /// Cyrillic letters, Hebrew and Arabic letters without points, general punctuation and
    /// symbols, CJK ideographs, kana, full-width forms).
    static func isOwnCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x02FF, 0x0370...0x0482, 0x048A...0x052F, 0x05BE, 0x05D0...0x05F4, 0x060C, 0x061B, 0x061F,
             0x0620...0x064A, 0x0660...0x066F, 0x0671...0x06D5, 0x1E00...0x1FFF, 0x2010...0x2027, 0x2030...0x205E,
             0x20A0...0x20C0, 0x2100...0x2BFF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D:
            return true
        default:
            return false
        }
    }

    /// How many of the characters are commas: the ASCII one, the ideographic and full-width
    /// ones (`、`, `，`) and the Arabic one (`،`), counted on the UTF-8 bytes.
    var commaCount: Int {
        var text = self
        return text.withUTF8(String.commaCount(in:))
    }

    static func commaCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var commas = 0
        let count = bytes.count
        for index in 0..<count {
            switch bytes[index] {
            case 0x2C: commas += 1
            case 0xD8 where index + 1 < count && bytes[index + 1] == 0x8C: commas += 1  // U+060C
            case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81: commas += 1  // U+3001
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8C: commas += 1  // U+FF0C
            default: break
            }
        }
        return commas
    }
}
