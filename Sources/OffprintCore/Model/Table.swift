/// A table: a header row, body rows, and an alignment for each column. Cells hold inline text.
public struct Table: Sendable, Hashable, Decodable {
    /// How a column's cells line up, in logical terms (start is the left in left-to-right text).
    public enum Alignment: String, Sendable, Hashable, Codable, CaseIterable {
        case none, start, center, end
    }

    /// The header cells; empty when the table has no header row.
    public var header: [[Inline]]
    /// The body rows, each a list of cells.
    public var rows: [[[Inline]]]
    /// One alignment per column.
    public var alignments: [Alignment]

    /// Creates a table.
    public init(header: [[Inline]], rows: [[[Inline]]], alignments: [Alignment] = []) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
    }

    /// How many columns the widest row has.
    public var columnCount: Int { ([header.count] + rows.map(\.count)).max() ?? 0 }

    /// The alignment of a column (`none` past the known ones).
    public func alignment(ofColumn column: Int) -> Alignment {
        column < alignments.count ? alignments[column] : .none
    }
}
