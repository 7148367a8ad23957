import OffprintCore
/// Reads the optional `Key: value` lines at the top of a text file (`Title:`, `Author:`, `Date:`,
/// `URL:`, `Language:`, `Tags:`...) into an article, so they override what would be inferred.
struct HeaderLines {
    /// The header's values, in file order.
    private(set) var values: [(field: MetadataField, key: String, value: String, line: Int)] = []
    /// How many lines of the file the header (and the blank line after it) took.
    private(set) var lineCount = 0

    /// Reads header lines from the start of `lines`; stops at the first line that is not one.
    init(_ lines: [Substring]) {
        var index = 0
        while index < lines.count, let (field, key, value) = HeaderLines.parse(lines[index]) {
            values.append((field, key, value, index + 1))
            index += 1
        }
        guard !values.isEmpty else { return }
        while index < lines.count, lines[index].isBlank { index += 1 }
        lineCount = index
    }

    private static func parse(_ line: Substring) -> (MetadataField, String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingWhitespace()
        guard let field = MetadataField(key: key) else { return nil }
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        return value.isEmpty ? nil : (field, key, value)
    }

    /// Sets the article's fields from the header; values that cannot be used become warnings.
    func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        for (field, key, value, line) in values {
            field.apply(text: value, items: MetadataField.list(value), key: key, location: "line \(line)", to: &article, warnings: &warnings)
        }
    }
}
