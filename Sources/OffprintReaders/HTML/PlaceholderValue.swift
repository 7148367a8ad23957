import OffprintCore

/// Values a page template writes when it has nothing to say: the empty value of the language
/// that rendered it (`nil`, `null`, `undefined`, `None`, `NaN`, `[object Object]`). In a page's
/// stated section, authors or keywords they are no value at all.
enum PlaceholderValue {
    static let words: Set<String> = ["nil", "null", "undefined", "none", "nan", "[object object]", "false", "true"]

    /// Whether `value`, trimmed and compared without regard to case, is such a placeholder.
    static func isPlaceholder(_ value: String) -> Bool {
        let trimmed = value.trimmingWhitespace()
        return trimmed.utf8.count <= 15 && words.contains(trimmed.lowercased())
    }
}
