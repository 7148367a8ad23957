import OffprintCore

/// Writes a table as a GitHub table: a header row (empty cells when the table has none, which
/// the reader takes back as no header), the alignment row, then the body rows, each as wide as
/// the widest row.
enum MarkdownTableRenderer {
    static func lines(of table: Table) -> [String] {
        let columns = table.columnCount
        guard columns > 0 else { return [] }
        let renderer = MarkdownInlineRenderer(inTable: true)
        func row(_ cells: [[Inline]]) -> String {
            let rendered = (0..<columns).map { $0 < cells.count ? renderer.render(cells[$0], atLineStart: false) : "" }
            return "| " + rendered.joined(separator: " | ") + " |"
        }
        let alignments = (0..<columns).map { column -> String in
            switch table.alignment(ofColumn: column) {
            case .none: return "---"
            case .start: return ":---"
            case .center: return ":---:"
            case .end: return "---:"
            }
        }
        return [row(table.header), "| " + alignments.joined(separator: " | ") + " |"] + table.rows.map(row)
    }
}
