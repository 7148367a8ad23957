import CCmarkGFM
import OffprintCore

/// Walks a cmark tree. Holds only borrowed node pointers while `MarkdownTree` owns the tree.
///
/// The walk recurses only down to `ModelLimits.maximumDepth` containers (blocks and inlines
/// counted together, as the model counts them); below that, a node's text is gathered with
/// cmark's own iterator, so that tens of thousands of nested quotes or emphasis marks cannot
/// overflow the stack. The reader then warns about what was flattened.
final class MarkdownConverter {
    static let maximumDepth = ModelLimits.maximumDepth
    /// How many containers were kept as text for lying too deep.
    private(set) var flattened = 0
    /// Where the last related-links marker stood among the top-level blocks.
    private(set) var relatedStart: Int?

    func blocks(in parent: OpaquePointer, depth: Int = 0) -> [Block] {
        var result: [Block] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            if depth == 0, typeName(current) == "html_block", literal(current).trimmingWhitespace() == MarkdownConventions.relatedMarker {
                relatedStart = result.count
            }
            result += blocks(for: current, depth: depth)
            node = cmark_node_next(current)
        }
        return result
    }

    private func blocks(for node: OpaquePointer, depth: Int) -> [Block] {
        let type = typeName(node)
        // At the limit, only blocks that hold no other blocks are still read as what they are.
        if depth >= MarkdownConverter.maximumDepth, !["paragraph", "heading", "code_block", "thematic_break", "html_block"].contains(type) {
            let text = flatText(node)
            return text.isBlank ? [] : [.paragraph(text)]
        }
        switch type {
        case "paragraph":
            return paragraph(node, depth: depth)
        case "heading":
            return [.heading(Int(cmark_node_get_heading_level(node)), inlines(in: node, depth: depth))]
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
            return [Block(.table(table(node, depth: depth)))]
        default:
            // Extension or unknown blocks: keep their text.
            let children = blocks(in: node, depth: depth + 1)
            return children
        }
    }

    /// A paragraph; images in it become figures (after it, when it also holds text). An image
    /// alone on its line with one emphasised line under it is a figure with that caption.
    private func paragraph(_ node: OpaquePointer, depth: Int) -> [Block] {
        if let figure = captionedFigure(node, depth: depth) { return [figure] }
        var figures: [Block] = []
        let content = inlines(in: node, depth: depth) { image, alt, title in
            figures.append(Block(.figure(image: image, alt: alt, caption: title.isEmpty ? [] : [.text(title)])))
        }
        let isOnlyImages = content.allSatisfy { inline in
            if case .text(let text) = inline { return text.isBlank }
            return inline == .lineBreak
        }
        return (isOnlyImages ? [] : [.paragraph(trimmed(content))]) + figures
    }

    /// The figure of a paragraph that is an image, a line break and one emphasis, or `nil`.
    private func captionedFigure(_ paragraph: OpaquePointer, depth: Int) -> Block? {
        guard let image = cmark_node_first_child(paragraph), typeName(image) == "image",
              let lineEnd = cmark_node_next(image), ["softbreak", "linebreak"].contains(typeName(lineEnd)),
              let caption = cmark_node_next(lineEnd), typeName(caption) == "emph", cmark_node_next(caption) == nil,
              depth + 1 < MarkdownConverter.maximumDepth
        else { return nil }
        let url = string(cmark_node_get_url(image))
        return Block(.figure(image: url, alt: altText(image), caption: trimmed(inlines(in: caption, depth: depth + 1))))
    }

    private func table(_ node: OpaquePointer, depth: Int) -> Table {
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
                cells.append(trimmed(inlines(in: currentCell, depth: depth + 1)))
                cell = cmark_node_next(currentCell)
            }
            if cmark_gfm_extensions_get_table_row_is_header(current) != 0 { header = cells } else { rows.append(cells) }
            row = cmark_node_next(current)
        }
        // A table needs a header row in Markdown; one of empty cells stands for none.
        if header.allSatisfy(\.isEmpty) { header = [] }
        return Table(header: header, rows: rows, alignments: alignments)
    }

    private func inlines(in parent: OpaquePointer, depth: Int, images: ((String, String, String) -> Void)? = nil) -> [Inline] {
        var result = InlineRun()
        // Emphasis written as HTML tags (`<em>…</em>`): the runs the open tags interrupted.
        var open: [(tag: InlineHTMLTag, outer: InlineRun)] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            let type = typeName(current)
            if depth >= MarkdownConverter.maximumDepth, !["text", "softbreak", "linebreak", "code", "html_inline"].contains(type) {
                result.text(flatText(current))
                node = cmark_node_next(current)
                continue
            }
            if type == "html_inline", let tag = InlineHTMLTag(literal(current)) {
                if !tag.isClosing, depth + open.count + 1 < MarkdownConverter.maximumDepth {
                    open.append((tag, result))
                    result = InlineRun()
                } else if tag.isClosing, let last = open.last, last.tag.kind == tag.kind {
                    open.removeLast()
                    let inner = result.inlines
                    result = last.outer
                    result.append(tag.kind.wrapping(inner))
                }
                node = cmark_node_next(current)
                continue
            }
            switch type {
            case "text": result.text(literal(current))
            case "softbreak": result.text(" ")
            case "linebreak": result.append(.lineBreak)
            case "code": result.append(.code(literal(current)))
            case "emph": result.append(.emphasis(inlines(in: current, depth: depth + 1, images: images)))
            case "strong": result.append(.strong(inlines(in: current, depth: depth + 1, images: images)))
            case "strikethrough": result.append(.strikethrough(inlines(in: current, depth: depth + 1, images: images)))
            case "link": result.append(.link(url: string(cmark_node_get_url(current)), inlines(in: current, depth: depth + 1, images: images)))
            case "image":
                let alt = altText(current)
                let url = string(cmark_node_get_url(current)), title = string(cmark_node_get_title(current))
                if let images { images(url, alt, title) } else { result.text(alt) }
            case "html_inline": break
            default: result.append(contentsOf: inlines(in: current, depth: depth + 1, images: images))
            }
            node = cmark_node_next(current)
        }
        // A tag never closed wraps nothing: its content stays where it is.
        while let last = open.popLast() {
            let inner = result.inlines
            result = last.outer
            for inline in inner {
                if case .text(let text) = inline { result.text(text) } else { result.append(inline) }
            }
        }
        return result.inlines
    }

    /// The text of a node and everything below it, gathered with cmark's iterator (no
    /// recursion): blocks end with a new line, soft breaks are spaces.
    private func flatText(_ root: OpaquePointer) -> String {
        flattened += 1
        guard let iterator = cmark_iter_new(root) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch (event, typeName(node)) {
            case (CMARK_EVENT_ENTER, "text"), (CMARK_EVENT_ENTER, "code"): text += literal(node)
            case (CMARK_EVENT_ENTER, "code_block"): text += literal(node) + "\n"
            case (CMARK_EVENT_ENTER, "softbreak"): text += " "
            case (CMARK_EVENT_ENTER, "linebreak"): text += "\n"
            case (CMARK_EVENT_EXIT, "paragraph"), (CMARK_EVENT_EXIT, "heading"), (CMARK_EVENT_EXIT, "table_cell"):
                if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            default: break
            }
        }
        return text.trimmingWhitespace()
    }

    /// An image's description as plain text (not a flattening: alternative text is always plain).
    private func altText(_ image: OpaquePointer) -> String {
        defer { flattened -= 1 }
        return flatText(image)
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

/// Inlines being gathered, with neighbouring text merged into one run. The text is kept
/// apart until something else comes, so that a paragraph of a million soft breaks costs
/// a million appends rather than a million copies of a growing string.
private struct InlineRun {
    private var done: [Inline] = []
    private var pending = ""

    mutating func text(_ text: String) { pending += text }

    mutating func append(_ inline: Inline) {
        flush()
        done.append(inline)
    }

    mutating func append(contentsOf inlines: [Inline]) {
        flush()
        done += inlines
    }

    var inlines: [Inline] {
        mutating get {
            flush()
            return done
        }
    }

    private mutating func flush() {
        if !pending.isEmpty { done.append(.text(pending)) }
        pending = ""
    }
}
