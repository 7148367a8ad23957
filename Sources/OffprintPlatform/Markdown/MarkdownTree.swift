import CCmarkGFM
import Synchronization
import OffprintCore

/// Parses Markdown with cmark-gfm (CommonMark plus the GFM table and strikethrough extensions)
/// and turns the C syntax tree into the article model. The only code that touches cmark:
/// the parser and the tree are freed before `blocks(from:)` returns, and nothing C escapes.
package enum MarkdownTree {
    /// cmark-gfm registers its extensions in a global list guarded only by an unlocked flag, so
    /// the first parses of a parallel batch could register them twice or read a list being
    /// written. A `static let` runs the registration once, thread-safely, before any lookup.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm keeps the characters that start inlines in one global table, which every
    /// parser changes while it parses inlines: it adds its extensions' characters (`~` for
    /// strikethrough, `|` for tables, `:` and `w` for autolinks) and takes them out when done
    /// (github/cmark-gfm#176). Two parses at once could each see the other's table, and a
    /// strikethrough read as text depending on timing, so parsing is one at a time; turning the
    /// tree into blocks, most of the work, is not.
    private static let parsing = Mutex(())

    /// What a parse had to give up to stay within its bounds, for the reader's warnings.
    package struct Notes {
        /// Containers nested past `ModelLimits.maximumDepth`, kept as text.
        package var flattened = 0
        /// The table cells cmark-gfm would have made (rows padded to the header's width), when
        /// that was over `MarkdownTree.maximumTableCells` and tables were read as text.
        package var tableCells: Int?
        /// Where the related-links section (`MarkdownConventions.relatedMarker`) starts among
        /// the top-level blocks, when the text has one.
        package var relatedStart: Int?

        package init() {}
    }

    /// The most table cells a document may make. cmark-gfm pads every row to the width of
    /// its header row, so a header of a few hundred thousand columns over many one-cell
    /// rows would make billions of nodes; a real article's tables are far below this.
    package static let maximumTableCells = ModelLimits.maximumTableCells

    /// The blocks of a Markdown text. Images become figures that refer to their URL as written.
    package static func blocks(from text: String, notes: inout Notes) -> [Block] {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        var extensions = ["table", "strikethrough", "autolink"]
        let cells = tableCellBound(text)
        if cells > maximumTableCells {
            notes.tableCells = cells
            extensions.removeFirst()
        }
        for name in extensions {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var utf8 = Array(text.utf8)
        var finished: OpaquePointer?
        parsing.withLock { _ in
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    cmark_parser_feed(parser, pointer, buffer.count)
                }
            }
            finished = cmark_parser_finish(parser)
        }
        guard let root = finished else { return [] }
        defer { cmark_node_free(root) }
        let converter = MarkdownConverter()
        let blocks = converter.blocks(in: root)
        notes.flattened = converter.flattened
        notes.relatedStart = converter.relatedStart
        return blocks
    }

    /// At least as many cells as cmark-gfm's tables would make of the text: for each line
    /// that could be a table's delimiter row (`|`, `-`, `:` and spaces only), its columns
    /// times the lines up to the next blank one. One pass over the bytes, no allocation.
    static func tableCellBound(_ text: String) -> Int {
        var total = 0
        var columns = 0 // of the last delimiter-like row, while its table may go on
        var pipes = 0, dashes = 0, isDelimiterLike = true, isBlank = true
        var first: UInt8 = 0, last: UInt8 = 0
        var previous: UInt8 = 0
        func add(_ cells: Int) {
            let sum = total.addingReportingOverflow(cells)
            total = sum.overflow ? Int.max : sum.partialValue
        }
        func endLine() {
            if isBlank {
                columns = 0
            } else {
                if columns > 0 { add(columns) }
                if isDelimiterLike, dashes > 0, pipes > 0 {
                    // Header and delimiter rows, then each row below, padded to this width.
                    // Pipes separate cells; one at either end only closes the row.
                    columns = pipes + 1 - (first == UInt8(ascii: "|") ? 1 : 0) - (last == UInt8(ascii: "|") && pipes > 1 ? 1 : 0)
                    add(2 * columns)
                }
            }
            pipes = 0; dashes = 0; isDelimiterLike = true; isBlank = true
            first = 0; last = 0
        }
        for byte in text.utf8 {
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
                if first == 0 { first = byte }
                last = byte
            }
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"): break // CRLF ended at CR
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): endLine()
            case UInt8(ascii: " "), UInt8(ascii: "\t"): break
            case UInt8(ascii: "|"): pipes += 1; isBlank = false
            case UInt8(ascii: "-"): dashes += 1; isBlank = false
            case UInt8(ascii: ":"): isBlank = false
            default: isDelimiterLike = false; isBlank = false
            }
        }
        endLine()
        return total
    }
}
