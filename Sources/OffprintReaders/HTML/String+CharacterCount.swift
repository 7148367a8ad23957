extension String {
    /// The number of characters (as `count` gives it), counting no further than `limit`.
    ///
    /// ASCII without a carriage return (nearly all text once its white space is collapsed) has
    /// one character per byte, found eight bytes at a time; other text is counted character by
    /// character, and stops at `limit`. `count` walks grapheme clusters over the whole string,
    /// where most rules only ask whether there are 25 or 300.
    func characterCount(atMost limit: Int = .max) -> Int {
        var text = self
        if let bytes = text.withUTF8({ String.isASCIIWithoutCarriageReturn($0) ? $0.count : nil }) { return Swift.min(bytes, limit) }
        guard limit != .max else { return count }
        var characters = 0
        for _ in self {
            characters += 1
            if characters >= limit { break }
        }
        return characters
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

    /// Whether every byte is ASCII and none is a carriage return (which joins a following line
    /// feed into one character).
    private static func isASCIIWithoutCarriageReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte of `word ^ 0x0D…` is zero exactly where `word` holds a carriage return.
            let carriageReturns = word ^ (ones &* 0x0D)
            if word & high != 0 || (carriageReturns &- ones) & ~carriageReturns & high != 0 { return false }
            index += 8
        }
        while index < count {
            if base[index] >= 0x80 || base[index] == 0x0D { return false }
            index += 1
        }
        return true
    }
}
