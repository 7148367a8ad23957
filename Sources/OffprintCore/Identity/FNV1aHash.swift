/// A 64-bit FNV-1a hash of UTF-8 bytes, for telling words apart without making strings of them:
/// fast, the same in every run (unlike `Hasher`), and good enough for word lists.
package struct FNV1aHash {
    package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// A hash of no bytes yet.
    package init() {}

    /// Adds the scalar's UTF-8 bytes.
    package mutating func add(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { add(byte: $0) }
    }

    /// Adds the UTF-8 bytes of the scalar's lower-case form.
    package mutating func addLowercased(_ scalar: Unicode.Scalar) {
        // ASCII, the commonest case, without the call through a closure.
        if scalar.value < 0x80 {
            let value = UInt8(scalar.value)
            add(byte: (0x41...0x5A).contains(value) ? value | 0x20 : value)
            return
        }
        scalar.forEachLowercasedUTF8Byte { add(byte: $0) }
    }

    private mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
