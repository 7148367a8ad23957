import OffprintCore
import OffprintPlatform
/// Inline content: emphasis, strong, struck-through text, code, links and line breaks, with
/// HTML's white space collapsed as a browser would.
extension DOMBlockConverter {
    /// Inline content; images met inside text are collected as figures for after the paragraph.
    func inlines(of node: DOMNode, figures: inout [Block]) -> [Inline] {
        if node.isText {
            return [.text(DOMBlockConverter.collapseKeepingEdges(node.text))]
        }
        let children = { (figures: inout [Block]) in node.children.flatMap { self.inlines(of: $0, figures: &figures) } }
        switch node.name {
        case "em", "i", "cite", "dfn", "var":
            return wrap(children(&figures), Inline.emphasis)
        case "strong", "b":
            return wrap(children(&figures), Inline.strong)
        case "del", "s", "strike":
            return wrap(children(&figures), Inline.strikethrough)
        case "code", "kbd", "samp", "tt":
            let text = DOMBlockConverter.collapseKeepingEdges(node.textContent)
            return text.isEmpty ? [] : [.code(text)]
        case "br":
            return [.lineBreak]
        case "a":
            let content = children(&figures)
            guard let href = node.attributes["href"]?.trimmingWhitespace(), !href.isEmpty, !href.hasPrefix("#"),
                  !href.lowercased().hasPrefix("javascript:") else { return content }
            return content.plainText.isBlank ? content : [.link(url: resolveLink(href), content)]
        case "img":
            if let figure = image(node) { figures.append(figure) }
            return []
        case "script", "style", "svg", "video", "audio", "iframe", "button", "noscript":
            return []
        default:
            return children(&figures)
        }
    }

    private func wrap(_ content: [Inline], _ make: ([Inline]) -> Inline) -> [Inline] {
        content.plainText.isBlank ? content : [make(content)]
    }

    /// Inline runs with the ends trimmed and neighbouring text merged.
    static func trim(_ inlines: [Inline]) -> [Inline] {
        // Text is gathered apart and merged once: replacing the last run with a longer copy
        // for each text node costs the square of the paragraph's length.
        // The run is appended to in place (`pending = pending + text` would copy it each time).
        var merged: [Inline] = []
        var pending = ""
        var hasPending = false
        for inline in inlines {
            if case .text(let text) = inline {
                pending.append(text)
                hasPending = true
                continue
            }
            if hasPending { merged.append(.text(pending)) }
            pending = ""
            hasPending = false
            merged.append(inline)
        }
        if hasPending { merged.append(.text(pending)) }
        merged = merged.map { inline in
            // Neighbouring runs can meet as "a " + " b".
            if case .text(let text) = inline, text.containsBytes(of: "  ") { return .text(text.replacingOccurrences(of: "  ", with: " ")) }
            return inline
        }
        let leadingBlanks = merged.prefix { if case .text(let text) = $0 { text.isBlank } else { false } }.count
        merged.removeFirst(leadingBlanks)
        while case .text(let text)? = merged.last, text.isBlank { merged.removeLast() }
        while merged.last == .lineBreak { merged.removeLast() }
        if case .text(let text)? = merged.first, text.utf8.first == 0x20 { merged[0] = .text(String(text.utf8.dropFirst())!) }
        if case .text(let text)? = merged.last, text.utf8.last == 0x20 { merged[merged.count - 1] = .text(String(text.utf8.dropLast())!) }
        return merged
    }

    static func collapse(_ text: String) -> String { DOMNode.collapseWhitespace(text) }

    /// Collapses white space but keeps one space at either end when there was some, so words
    /// on both sides of an inline element stay apart.
    static func collapseKeepingEdges(_ text: String) -> String {
        let collapsed = DOMNode.collapseWhitespace(text)
        guard !collapsed.isEmpty else { return text.isEmpty ? "" : " " }
        let leading = text.unicodeScalars.first.map(\.isAnyWhitespace) == true ? " " : ""
        let trailing = text.unicodeScalars.last.map(\.isAnyWhitespace) == true ? " " : ""
        return leading + collapsed + trailing
    }
}
