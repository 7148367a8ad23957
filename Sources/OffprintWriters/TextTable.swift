import OffprintCore
/// A table laid out in plain text: columns padded to their widest cell (in display columns),
/// separated by ` | `, the header underlined with dashes.
struct TextTable {
    let lines: [String]

    init(table: Table, cellText: (([Inline]) -> String)) {
        let header = table.header.map(cellText)
        let rows = table.rows.map { $0.map(cellText) }
        let columns = table.columnCount
        var widths = [Int](repeating: 0, count: columns)
        for row in [header] + rows {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], DisplayWidth.columns(of: cell))
            }
        }
        func format(_ row: [String]) -> String {
            (0..<columns).map { column in
                let cell = column < row.count ? row[column] : ""
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.columns(of: cell))
                switch table.alignment(ofColumn: column) {
                case .end: return padding + cell
                case .center: return String(padding.prefix(padding.count / 2)) + cell + String(padding.dropFirst(padding.count / 2))
                case .start, .none: return cell + padding
                }
            }.joined(separator: " | ").withoutTrailingWhitespace
        }
        var lines: [String] = []
        if !header.isEmpty {
            lines.append(format(header))
            lines.append(widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "-|-"))
        }
        lines += rows.map(format)
        self.lines = lines
    }
}

private extension String {
    /// The string without white space at its end, found by walking back from the end: a regular
    /// expression anchored at the end tries every start position, which took minutes on a wide
    /// padded row (found by the Markdown fuzzer).
    var withoutTrailingWhitespace: String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
