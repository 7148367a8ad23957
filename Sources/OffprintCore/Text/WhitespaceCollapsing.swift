/// Collapses runs of white space (of any script) to one space and trims the ends, working on
/// UTF-8 bytes: HTML text is collapsed this way node by node, so it must be cheap.
package enum WhitespaceCollapsing {
    /// The length in bytes of the white-space character starting at `index`, or 0.
    @inline(__always)
    package static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        let count = bytes.count
        switch byte {
        case 0xC2 where index + 1 < count:
            return bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE1 where index + 2 < count:
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0  // U+1680
        case 0xE2 where index + 2 < count:
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80, (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            if second == 0x81, third == 0x9F { return 3 }
            return 0
        case 0xE3 where index + 2 < count:
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0  // U+3000
        case 0xEF where index + 2 < count:
            return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0  // U+FEFF
        default:
            return 0
        }
    }

    /// The text with white space collapsed and trimmed. Runs of ASCII that is not white space
    /// (most of any Latin text) are copied whole, straight into the new string's storage.
    package static func collapsed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
            let count = bytes.count
            return String(unsafeUninitializedCapacity: count) { output in
                var written = 0
                var pendingSpace = false
                var index = 0
                while index < count {
                    let byte = base[index]
                    let space = isPlainASCII(byte) ? 0 : whitespaceLength(bytes, index)
                    if space > 0 {
                        pendingSpace = written > 0
                        index += space
                        continue
                    }
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    var end = index + 1
                    if isPlainASCII(byte) {
                        while end < count, isPlainASCII(base[end]) { end += 1 }
                    }
                    UnsafeMutableRawPointer(output.baseAddress! + written).copyMemory(from: base + index, byteCount: end - index)
                    written += end - index
                    index = end
                }
                return written
            }
        }
    }

    /// ASCII that is not white space.
    @inline(__always)
    private static func isPlainASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }

    /// How many Unicode scalars `collapsed(text)` would have, without building it.
    package static func collapsedLength(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            let count = bytes.count
            var length = 0
            var pendingSpace = false
            var index = 0
            while index < count {
                let byte = base[index]
                if isPlainASCII(byte) {
                    if pendingSpace { length += 1 }
                    pendingSpace = false
                    var end = index + 1
                    while end < count, isPlainASCII(base[end]) { end += 1 }
                    length += end - index
                    index = end
                    continue
                }
                let space = whitespaceLength(bytes, index)
                if space > 0 {
                    pendingSpace = length > 0
                    index += space
                } else {
                    if pendingSpace { length += 1 }
                    pendingSpace = false
                    if byte & 0xC0 != 0x80 { length += 1 }
                    index += 1
                }
            }
            return length
        }
    }
}
