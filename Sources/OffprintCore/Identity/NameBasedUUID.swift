/// A version 5 (SHA-1, name-based) UUID, RFC 9562: the same name always gives the same UUID.
public struct NameBasedUUID: Sendable, Hashable, CustomStringConvertible {
    /// The URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    public static let urlNamespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]

    /// The 16 bytes of the UUID.
    public let bytes: [UInt8]

    /// The UUID for `name` in a namespace (the URL namespace by default).
    public init(name: String, namespace: [UInt8] = NameBasedUUID.urlNamespace) {
        var bytes = Array(SHA1.hash(namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        self.bytes = bytes
    }

    /// Lower-case hexadecimal in the 8-4-4-4-12 form.
    public var description: String {
        let hex = bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }
}
