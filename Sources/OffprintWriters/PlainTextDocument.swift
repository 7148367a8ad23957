import OffprintCore
/// Builds plain text block by block, numbering links as `text [1]` and listing them at the end.
struct PlainTextDocument {
    let width: Int?
    private(set) var text = ""
    private var links: [String]

    init(width: Int?, links: [String] = []) {
        self.width = width
        self.links = links
        text.reserveCapacity(8_192)
    }

    mutating func line(_ value: String) {
        text += value
        text += "\n"
    }

    mutating func blankLine() {
        if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" }
    }

    mutating func heading(_ value: String) {
        blankLine()
        line(value)
        line(String(repeating: "-", count: max(3, DisplayWidth.columns(of: value))))
        blankLine()
    }

    mutating func paragraph(_ value: String, indent: String = "") {
        if width == nil, indent.isEmpty, !value.containsUTF8Byte(10) {
            line(value)
            blankLine()
            return
        }
        for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
            if let width {
                for wrapped in LineWrapper.wrap(String(line), width: max(width - DisplayWidth.columns(of: indent), 8)) {
                    self.line(indent + wrapped)
                }
            } else {
                self.line(indent + line)
            }
        }
        blankLine()
    }

    mutating func block(_ block: Block, indent: String = "") {
        switch block.kind {
        case .paragraph(let inlines):
            paragraph(inlineText(inlines), indent: indent)
        case .heading(_, let inlines):
            heading(inlineText(inlines))
        case .quote(let blocks):
            for child in blocks { self.block(child, indent: indent + "> ") }
        case .list(let ordered, let start, let items):
            for (offset, item) in items.enumerated() {
                // A model built by hand may start anywhere: past Int.max the numbers stop growing.
                let number = start.addingReportingOverflow(offset)
                let marker = ordered ? "\(number.overflow ? Int.max : number.partialValue). " : "- "
                let hanging = String(repeating: " ", count: marker.count)
                // The item's blocks are laid out on their own (sharing the link numbers), then
                // hung under the marker.
                var itemDocument = PlainTextDocument(width: width.map { max($0 - DisplayWidth.columns(of: indent + marker), 8) }, links: links)
                for child in item { itemDocument.block(child) }
                links = itemDocument.links
                let lines = itemDocument.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .reversed().drop(while: \.isEmpty).reversed()
                for (number, itemLine) in lines.enumerated() {
                    line(itemLine.isEmpty ? "" : indent + (number == 0 ? marker : hanging) + itemLine)
                }
            }
            blankLine()
        case .code(let code, _):
            for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
                self.line(indent + "    " + line)
            }
            blankLine()
        case .figure(let image, let alt, let caption):
            let label = caption.isEmpty ? alt : inlineText(caption)
            paragraph("[" + (label.isEmpty ? image : label) + "]", indent: indent)
        case .rule:
            line(indent + "* * *")
            blankLine()
        case .table(let table):
            for row in TextTable(table: table, cellText: { inlineText($0) }).lines {
                line(indent + row)
            }
            blankLine()
        }
    }

    /// The text of inlines, with each link's target numbered.
    mutating func inlineText(_ inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let value), .code(let value): result += value
            case .emphasis(let children), .strong(let children): result += inlineText(children)
            case .strikethrough(let children): result += "~~" + inlineText(children) + "~~"
            case .link(let url, let children):
                result += inlineText(children)
                links.append(url)
                result += " [\(links.count)]"
            case .lineBreak: result += "\n"
            }
        }
        return result
    }

    /// Appends the numbered link targets.
    mutating func linkList() {
        guard !links.isEmpty else { return }
        blankLine()
        for (index, url) in links.enumerated() {
            line("[\(index + 1)] \(url)")
        }
    }
}

