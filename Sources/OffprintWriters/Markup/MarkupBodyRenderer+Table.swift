import OffprintCore
extension MarkupBodyRenderer {
    /// A table with a header row (`th` with `scope="col"`) and column alignment as classes
    /// (`align-start`, `align-center`, `align-end`) that the themes style with logical values.
    /// In HTML the table sits in a `table-scroll` box, which the theme lets scroll sideways on
    /// its own when the table is wider than a small screen.
    func renderTable(_ table: Table, attributes: String, into output: inout String) {
        if syntax == .html { output += "<div class=\"table-scroll\">\n" }
        output += "<table\(attributes)>\n"
        if !table.header.isEmpty {
            output += "<thead>\n<tr>"
            for (column, cell) in table.header.enumerated() {
                output += "<th scope=\"col\"\(alignmentClass(table, column))>"
                render(cell, into: &output)
                output += "</th>"
            }
            output += "</tr>\n</thead>\n"
        }
        output += "<tbody>\n"
        for row in table.rows {
            output += "<tr>"
            for (column, cell) in row.enumerated() {
                output += "<td\(alignmentClass(table, column))>"
                render(cell, into: &output)
                output += "</td>"
            }
            output += "</tr>\n"
        }
        output += "</tbody>\n</table>\n"
        if syntax == .html { output += "</div>\n" }
    }

    private func alignmentClass(_ table: Table, _ column: Int) -> String {
        let alignment = table.alignment(ofColumn: column)
        return alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\""
    }
}
