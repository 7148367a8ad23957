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

extension String {
    /// Whether `other` occurs in the string, compared byte for byte in UTF-8 (`memchr` and `memcmp`):
    /// an exact, locale-free test. Foundation's `contains` bridges both strings to `NSString` on
    /// every call, which made such tests on class names and styles half the reading time of a
    /// page with a few hundred thousand elements.
    package func containsBytes(of other: String) -> Bool {
        var haystack = self
        var needle = other
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return true }
                guard pattern.count <= hay.count, let hayStart = hay.baseAddress, let patternStart = pattern.baseAddress else { return false }
                let lastStart = hay.count - pattern.count
                var offset = 0
                while offset <= lastStart {
                    guard let found = memchr(hayStart + offset, Int32(pattern[0]), lastStart - offset + 1) else { return false }
                    let position = UnsafeRawPointer(found) - UnsafeRawPointer(hayStart)
                    if memcmp(found, patternStart, pattern.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
