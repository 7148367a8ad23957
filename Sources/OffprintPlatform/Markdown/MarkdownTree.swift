import CCmarkGFM
import OffprintCore

/// Parses Markdown with cmark-gfm (CommonMark plus the GFM table and strikethrough extensions)
/// and turns the C syntax tree into the article model. The only code that touches cmark:
/// the parser and the tree are freed before `blocks(from:)` returns, and nothing C escapes.
package enum MarkdownTree {
    /// cmark-gfm registers its extensions in a global list guarded only by an unlocked flag, so
    /// the first parses of a parallel batch could register them twice or read a list being
    /// written. A `static let` runs the registration once, thread-safely, before any lookup.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The blocks of a Markdown text. Images become figures that refer to their URL as written.
    package static func blocks(from text: String) -> [Block] {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(root) }
        return MarkdownConverter().blocks(in: root)
    }
}

/// Walks a cmark tree. Holds only borrowed node pointers while `MarkdownTree` owns the tree.
private struct MarkdownConverter {
    /// How deep block nesting may go before the rest is flattened to text (quotes in quotes...).
    static let maximumDepth = 64

    func blocks(in parent: OpaquePointer, depth: Int = 0) -> [Block] {
        var result: [Block] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            result += blocks(for: current, depth: depth)
            node = cmark_node_next(current)
        }
        return result
    }

    private func blocks(for node: OpaquePointer, depth: Int) -> [Block] {
        let type = typeName(node)
        if depth > MarkdownConverter.maximumDepth {
            let text = inlines(in: node).plainText
            return text.isBlank ? [] : [.paragraph(text)]
        }
        switch type {
        case "paragraph":
            return paragraph(node)
        case "heading":
            return [.heading(Int(cmark_node_get_heading_level(node)), inlines(in: node))]
        case "block_quote":
            return [Block(.quote(blocks(in: node, depth: depth + 1)))]
        case "list":
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(blocks(in: current, depth: depth + 1))
                item = cmark_node_next(current)
            }
            return [Block(.list(ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1, items: items))]
        case "code_block":
            var code = literal(node)
            if code.hasSuffix("\n") { code.removeLast() }
            let info = string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(String.init)
            return [Block(.code(code, language: info?.isEmpty == false ? info : nil))]
        case "thematic_break":
            return [Block(.rule)]
        case "html_block":
            let text = HTMLTagStripper.text(of: literal(node))
            return text.isBlank ? [] : [.paragraph(text)]
        case "table":
            return [Block(.table(table(node)))]
        default:
            // Extension or unknown blocks: keep their text.
            let children = blocks(in: node, depth: depth + 1)
            return children
        }
    }

    /// A paragraph; images in it become figures (after it, when it also holds text).
    private func paragraph(_ node: OpaquePointer) -> [Block] {
        var figures: [Block] = []
        let content = inlines(in: node) { image, alt, title in
            figures.append(Block(.figure(image: image, alt: alt, caption: title.isEmpty ? [] : [.text(title)])))
        }
        let isOnlyImages = content.allSatisfy { inline in
            if case .text(let text) = inline { return text.isBlank }
            return inline == .lineBreak
        }
        return (isOnlyImages ? [] : [.paragraph(trimmed(content))]) + figures
    }

    private func table(_ node: OpaquePointer) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columns {
                switch raw[column] {
                case UInt8(ascii: "l"): alignments.append(.start)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.end)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        var row = cmark_node_first_child(node)
        while let current = row {
            var cells: [[Inline]] = []
            var cell = cmark_node_first_child(current)
            while let currentCell = cell {
                cells.append(trimmed(inlines(in: currentCell)))
                cell = cmark_node_next(currentCell)
            }
            if cmark_gfm_extensions_get_table_row_is_header(current) != 0 { header = cells } else { rows.append(cells) }
            row = cmark_node_next(current)
        }
        return Table(header: header, rows: rows, alignments: alignments)
    }

    private func inlines(in parent: OpaquePointer, images: ((String, String, String) -> Void)? = nil) -> [Inline] {
        var result: [Inline] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            switch typeName(current) {
            case "text": append(.text(literal(current)), to: &result)
            case "softbreak": append(.text(" "), to: &result)
            case "linebreak": result.append(.lineBreak)
            case "code": result.append(.code(literal(current)))
            case "emph": result.append(.emphasis(inlines(in: current, images: images)))
            case "strong": result.append(.strong(inlines(in: current, images: images)))
            case "strikethrough": result.append(.strikethrough(inlines(in: current, images: images)))
            case "link": result.append(.link(url: string(cmark_node_get_url(current)), inlines(in: current, images: images)))
            case "image":
                let alt = inlines(in: current).plainText
                let url = string(cmark_node_get_url(current)), title = string(cmark_node_get_title(current))
                if let images { images(url, alt, title) } else { append(.text(alt), to: &result) }
            case "html_inline": break
            default: result += inlines(in: current, images: images)
            }
            node = cmark_node_next(current)
        }
        return result
    }

    /// Appends text, merging it with a text run before it.
    private func append(_ inline: Inline, to result: inout [Inline]) {
        if case .text(let new) = inline, case .text(let previous)? = result.last {
            result[result.count - 1] = .text(previous + new)
        } else {
            result.append(inline)
        }
    }

    private func trimmed(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        if case .text(let text)? = result.first { result[0] = .text(String(text.drop(while: { $0 == " " }))) }
        if case .text(let text)? = result.last { result[result.count - 1] = .text(String(text.reversed().drop(while: { $0 == " " }).reversed())) }
        return result.filter { $0 != .text("") }
    }

    private func typeName(_ node: OpaquePointer) -> String { string(cmark_node_get_type_string(node)) }
    private func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }
    private func string(_ pointer: UnsafePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
}
