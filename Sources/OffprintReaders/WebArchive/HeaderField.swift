/// One `Name: value` line of a WARC or HTTP header, split on its bytes: the name in ASCII lower
/// case, both sides without surrounding spaces and tabs. (Working on bytes rather than strings
/// keeps header parsing a small part of reading an archive.)
enum HeaderField {
    /// The name and value of `line`, or `nil` when it has no colon.
    static func split(_ line: [UInt8]) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = trimmed(line[..<colon]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return (String(decoding: name, as: UTF8.self), String(decoding: trimmed(line[(colon + 1)...]), as: UTF8.self))
    }

    /// A continuation line's text (it starts with a space or tab), or `nil` for a line of its own.
    static func continuation(_ line: [UInt8]) -> String? {
        guard let first = line.first, first == 0x20 || first == 0x09 else { return nil }
        return String(decoding: trimmed(line[...]), as: UTF8.self)
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var bytes = bytes
        while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0D { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes = bytes.dropLast() }
        return bytes
    }
}
