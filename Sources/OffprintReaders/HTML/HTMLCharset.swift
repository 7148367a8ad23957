import Foundation
import OffprintCore

/// Finds a saved page's character set: a byte order mark, then the charset it was sent with
/// (HTTP, for a captured page), then `<meta charset>` or the `http-equiv` Content-Type in the
/// first kilobytes, then UTF-8, then `fallback` (the `--encoding` named for an archive's records).
/// `--encoding` for a page on its own overrides them all.
///
/// Bytes that are valid UTF-8 are read as UTF-8 even when the page declares another charset:
/// browsers re-encode pages they save as UTF-8 but keep the original `<meta>`, and legacy
/// text that happens to be valid UTF-8 is vanishingly rare.
enum HTMLCharset {
    /// The page as text.
    static func decode(_ data: Data, encoding: String?, transportCharset: String? = nil, fallback: String? = nil) throws(ConversionError) -> String {
        if encoding != nil || data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return try TextDecoding.decode(data, encoding: encoding)
        }
        // A page sent as UTF-8 whose bytes are not is read in the charset it declares itself.
        // (Decoded once: validating first and then decoding read every page twice.)
        var sent = transportCharset?.lowercased()
        if let named = sent, ["utf-8", "utf8"].contains(named) {
            if let text = try? TextDecoding.decode(data, encoding: nil) { return text }
            sent = nil
        }
        if let declared = sent ?? declaredCharset(in: data), !["utf-8", "utf8", "us-ascii", "ascii"].contains(declared),
           String(validating: data, as: UTF8.self) == nil {
            guard TextDecoding.isKnownEncoding(declared) else {
                throw ConversionError(.unknownEncoding(declared))
            }
            return try TextDecoding.decode(data, encoding: declared)
        }
        if let fallback, String(validating: data, as: UTF8.self) == nil {
            return try TextDecoding.decode(data, encoding: fallback)
        }
        return try TextDecoding.decode(data, encoding: nil)
    }

    /// The page as UTF-8 bytes, as `decode` reads it: a page that is plain UTF-8 (nearly every
    /// page) is taken as it is, without making a `String` of it first.
    static func utf8(_ data: Data, encoding: String?, transportCharset: String? = nil, fallback: String? = nil) throws(ConversionError) -> [UInt8] {
        // Valid UTF-8 is read as UTF-8 whatever the page declares (see `decode`).
        if encoding == nil, let bytes = TextDecoding.plainUTF8(data) { return bytes }
        return Array(try decode(data, encoding: encoding, transportCharset: transportCharset, fallback: fallback).utf8)
    }

    /// The charset named in the page's `<meta>` tags, lower-cased.
    static func declaredCharset(in data: Data) -> String? {
        let head = String(decoding: data.prefix(4_096), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let charset = tag.range(of: "charset=") {
                let value = tag[charset.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                let name = value.prefix { !"\"'; />".contains($0) }
                if !name.isEmpty { return String(name) }
            }
            searchStart = end
        }
        return nil
    }
}
