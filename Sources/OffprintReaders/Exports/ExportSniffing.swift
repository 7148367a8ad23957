import Foundation

/// Recognises a read-it-later export by its start: a JSON array whose first entry has keys
/// that only that service writes. Offprint's own JSON (one object) and JSON Lines (objects,
/// one a line) never start with `[`, so sniffing never takes them.
enum ExportSniffing {
    /// How much of a file sniffing looks at.
    static let headBytes = 65_536

    /// Whether `data` starts as an array of objects and its head names at least `minimum` of
    /// `keys` (as object keys: `"key":`), `required` among them.
    static func isArrayOfEntries(_ data: Data, keys: Set<String>, required: Set<String> = [], minimum: Int) -> Bool {
        let head = String(decoding: data.prefix(headBytes), as: UTF8.self)
        let start = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard start.first == "[", start.dropFirst().drop(while: \.isWhitespace).first == "{" else { return false }
        let found = keys.filter { head.contains("\"\($0)\":") || head.contains("\"\($0)\" :") }
        return found.count >= minimum && required.isSubset(of: found)
    }
}
