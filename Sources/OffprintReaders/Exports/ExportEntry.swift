import Foundation
import OffprintCore

/// One entry of a read-it-later export, read loosely: a field of an unexpected type counts as
/// missing rather than failing the entry, since exports from different versions of a service
/// differ, and every number is range-checked.
struct ExportEntry {
    private let fields: [String: Any]

    /// Parses one element of the export's array; anything but a JSON object is an error.
    init(_ data: Data) throws(ConversionError) {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ConversionError(.malformed(JSONArticleReader.syntaxError(in: data)))
        }
        guard let object = parsed as? [String: Any] else {
            throw ConversionError(.malformed("the entry is not a JSON object"))
        }
        fields = object
    }

    init(fields: [String: Any]) {
        self.fields = fields
    }

    /// A string field, trimmed; `nil` when missing, empty or not a string. Numbers are given as text.
    func string(_ key: String) -> String? {
        switch fields[key] {
        case let text as String:
            let trimmed = text.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber:
            return number.stringValue
        default:
            return nil
        }
    }

    /// A list of names: strings, or objects naming themselves by `label` or `name` (tags).
    func names(_ key: String) -> [String] {
        guard let values = fields[key] as? [Any] else { return string(key).map { [$0] } ?? [] }
        var seen = Set<String>()
        return values.compactMap { value -> String? in
            let name = (value as? String) ?? ((value as? [String: Any]).flatMap { ($0["label"] as? String) ?? ($0["name"] as? String) })
            guard let trimmed = name?.trimmingWhitespace(), !trimmed.isEmpty, seen.insert(trimmed).inserted else { return nil }
            return trimmed
        }
    }

    /// A number in `range`, rounded to a whole one, from a number or its text; `nil` otherwise.
    func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        let value: Double? = switch fields[key] {
        case let number as NSNumber: number.doubleValue
        case let text as String: Double(text.trimmingWhitespace())
        default: nil
        }
        guard let value = value?.rounded(), value.isFinite, value >= Double(range.lowerBound), value <= Double(range.upperBound) else { return nil }
        return Int(value)
    }

    /// A flag given as `true`/`false`, `1`/`0` or their text.
    func flag(_ key: String) -> Bool? {
        switch fields[key] {
        case let number as NSNumber: return number.intValue != 0
        case let text as String: return ["1", "true"].contains(text.lowercased()) ? true : (["0", "false"].contains(text.lowercased()) ? false : nil)
        default: return nil
        }
    }

    /// A field that is itself an object.
    func object(_ key: String) -> ExportEntry? {
        (fields[key] as? [String: Any]).map(ExportEntry.init(fields:))
    }

    /// A date field, when it parses as ISO 8601.
    func date(_ key: String) -> ArticleDate? {
        string(key).flatMap { ArticleDate(parsing: $0) }
    }

    /// A web address (`http:` or `https:`) field.
    func webAddress(_ key: String) -> String? {
        guard let text = string(key), let scheme = URL(string: text)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return text
    }

    /// An object as JSON bytes, for passing an entry on as a record.
    static func encoded(_ fields: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data("{}".utf8)
    }
}
