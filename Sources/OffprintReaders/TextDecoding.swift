import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OffprintCore

/// Turns a file's bytes into text, or says exactly why it cannot.
///
/// UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are recognised;
/// any other encoding must be named (`--encoding windows-1256`) and is converted with the C
/// library's iconv. The process locale is never consulted.
public enum TextDecoding {
    /// Decodes `data`; `encoding` is an iconv name given by the user, or `nil` to detect.
    public static func decode(_ data: Data, encoding: String? = nil) throws(ConversionError) -> String {
        guard !data.isEmpty else { throw ConversionError(.empty) }
        let text: String
        if let encoding, !isUTF8Name(encoding) {
            text = try convert(data, from: encoding)
        } else {
            text = try detect(data)
        }
        guard !text.isBlank else { throw ConversionError(.empty) }
        return text
    }

    /// The bytes, when `decode(data)` would read them as they are: UTF-8 without a byte order
    /// mark, no NUL byte, and not blank; else `nil`, and `decode` says what they are (or what is
    /// wrong). Readers that hand UTF-8 on to a C parser take this instead of making a `String`
    /// and copying it back out: validating with the standard library's validator, then copying,
    /// was a twentieth of the instructions of reading a web archive.
    public static func plainUTF8(_ data: Data) -> [UInt8]? {
        let bytes = [UInt8](data)
        let plain = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty,
                  !buffer.starts(with: [0xEF, 0xBB, 0xBF]), memchr(base, 0, buffer.count) == nil else { return false }
            // Blank text is refused by `decode`: the first byte that is not ASCII white space must
            // be other ASCII (non-ASCII white space is left to `decode`).
            guard let first = buffer.first(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }), first < 0x80 else { return false }
            return isValidUTF8(buffer)
        }
        return plain ? bytes : nil
    }

    /// Whether the bytes are UTF-8, as `String(validating:as:)` judges them. ASCII is skipped
    /// eight bytes at a time; each run of other bytes (between ASCII bytes, which no multi-byte
    /// sequence contains) is validated by the standard library.
    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let count = buffer.count
        var index = 0
        while index < count {
            while index + 8 <= count,
                  UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            while index < count, base[index] < 0x80 { index += 1 }
            guard index < count else { return true }
            let start = index
            while index < count, base[index] >= 0x80 { index += 1 }
            if String(validating: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self) == nil { return false }
        }
        return true
    }

    private static func detect(_ data: Data) throws(ConversionError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes[3...], offsetBase: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try utf16(bytes[2...], bigEndian: false)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(bytes[2...], bigEndian: true)
        }
        // memchr: the whole file is searched, and a byte loop was a visible part of reading a page.
        if let nul = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in memchr(base, 0, buffer.count).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } }
        }) {
            throw ConversionError(.binary(byteOffset: nul))
        }
        return try utf8(bytes[...], offsetBase: 0)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, offsetBase: Int) throws(ConversionError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw ConversionError(.invalidEncoding(encoding: "UTF-8", byteOffset: firstInvalidUTF8Offset(bytes)))
    }

    /// The offset (from the start of the file) where the first malformed UTF-8 sequence begins.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var position = bytes.startIndex
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            position += UTF8.width(scalar)
        }
        return position
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(ConversionError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if let text = String(validating: units, as: UTF16.self) { return text }
        var offset = 2
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF16.width(scalar) * 2
            case .emptyInput, .error: break loop
            }
        }
        throw ConversionError(.invalidEncoding(encoding: bigEndian ? "UTF-16BE" : "UTF-16LE", byteOffset: offset))
    }

    private static func isUTF8Name(_ name: String) -> Bool {
        ["utf8", "utf-8"].contains(name.lowercased())
    }

    /// Whether iconv knows the named encoding.
    public static func isKnownEncoding(_ name: String) -> Bool {
        if isUTF8Name(name) { return true }
        let descriptor = iconv_open("UTF-8", name)
        guard descriptor != iconv_t(bitPattern: -1) else { return false }
        iconv_close(descriptor)
        return true
    }

    private static func convert(_ data: Data, from encoding: String) throws(ConversionError) -> String {
        let descriptor = iconv_open("UTF-8", encoding)
        guard descriptor != iconv_t(bitPattern: -1) else { throw ConversionError(.unknownEncoding(encoding)) }
        defer { iconv_close(descriptor) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let result: (ok: Bool, consumed: Int, produced: Int) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (status != -1 && inLeft == 0, inBuffer.count - inLeft, outBuffer.count - outLeft)
            }
        }
        guard result.ok, let text = String(validating: output[..<result.produced], as: UTF8.self) else {
            throw ConversionError(.invalidEncoding(encoding: encoding, byteOffset: result.consumed))
        }
        return text
    }
}
