import OffprintCore
import OffprintPlatform

/// Text taken from a page outside its element tree (JSON-LD, which sits raw inside a script
/// element), where character references are left as written.
enum HTMLText {
    /// `text` with its character references (`&#039;`, `&quot;`, `&ouml;`) decoded as HTML does,
    /// by libxml2's own parser.
    static func decodingEntities(_ text: String) -> String {
        guard text.containsUTF8Byte(UInt8(ascii: "&")) else { return text }
        let escaped = text.replacingOccurrences(of: "<", with: "&lt;")
        let document = HTMLTree.parse(Array("<html><body><p>\(escaped)</p></body></html>".utf8))
        return document.first(named: ["p"])?.textContent ?? text
    }
}
