#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Whether any UTF-8 byte of the string satisfies `predicate`, scanning the string's own
    /// buffer (the generic `utf8.contains` walks an iterator, several times slower).
    @inline(__always)
    package func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains(where: predicate) }) { return found }
        return utf8.contains(where: predicate)
    }

    /// Whether the string holds the byte (with `memchr`).
    package func containsUTF8Byte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        }) { return found }
        return utf8.contains(byte)
    }
}
