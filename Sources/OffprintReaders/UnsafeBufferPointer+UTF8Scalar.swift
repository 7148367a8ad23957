extension UnsafeBufferPointer<UInt8> {
    /// The value of the scalar whose UTF-8 encoding starts at `index` of these bytes (valid
    /// UTF-8, as a native string's), and how many bytes it takes: for the scans that read a
    /// text's bytes instead of its `unicodeScalars` (whose index checks cost more than the
    /// decoding). A sequence cut off by the end of the bytes reads as U+FFFD.
    @inline(__always)
    func utf8Scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(self[index])
        if lead < 0x80 { return (lead, 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= count else { return (0xFFFD, count - index) }
        var value = lead & (0x7F >> length)
        for offset in 1..<length {
            value = value << 6 | UInt32(self[index + offset] & 0x3F)
        }
        return (value, length)
    }
}
