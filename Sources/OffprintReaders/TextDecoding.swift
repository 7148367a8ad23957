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
