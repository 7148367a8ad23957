import Foundation
import OffprintCore
import OffprintPlatform

/// Turns the article's content elements into the model's blocks: headings, paragraphs, lists,
/// quotes, code, figures with captions, tables, rules, and inline emphasis, code and links
/// (made absolute). Text-level HTML whitespace is collapsed as a browser would.
struct DOMBlockConverter {
    /// What relative links and image paths are resolved against.
    let baseURL: URL?
    /// The article's language, so that only elements in another one get a `language`.
    let articleLanguage: String?
    let articleDirection: String?
    /// Whether relative image paths resolve against `baseURL` too: true for a page captured
    /// from the web, whose images are other captures; false for a page saved with its files.
    var resolvesRelativeImages = false

    static let headingLevels = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
    static let containers: Set<String> = [
        "div", "section", "article", "main", "header", "footer", "aside", "nav", "hgroup", "center", "details", "summary", "body", "span", "font",
        "picture", "form", "fieldset",
    ]

    func blocks(of node: DOMNode) -> [Block] {
        blocks(in: node.children)
    }

    /// The blocks of a run of sibling nodes.
    func blocks(in nodes: [DOMNode]) -> [Block] {
        var result: [Block] = []
        var loose: [Inline] = []
        func flush() {
            let trimmed = DOMBlockConverter.trim(loose)
            if !trimmed.isEmpty, !trimmed.plainText.isBlank { result.append(.paragraph(trimmed)) }
            loose = []
        }
        for child in nodes {
            if child.isText || isInline(child) {
                var figures: [Block] = []
                loose += inlines(of: child, figures: &figures)
                if !figures.isEmpty {
                    flush()
                    result += figures
                }
                continue
            }
            flush()
            result += block(child)
        }
        flush()
        return result
    }

    private func isInline(_ node: DOMNode) -> Bool {
        !DOMBlockConverter.containers.contains(node.name) && DOMBlockConverter.headingLevels[node.name] == nil
            && !["p", "ul", "ol", "dl", "blockquote", "pre", "figure", "table", "hr", "img", "li", "dd", "dt", "address", "video", "audio"].contains(node.name)
    }

    private func block(_ node: DOMNode) -> [Block] {
        let produced: [Block]
        switch node.name {
        case "p", "address", "dt", "dd":
            var figures: [Block] = []
            let content = DOMBlockConverter.trim(node.children.flatMap { inlines(of: $0, figures: &figures) })
            produced = (content.plainText.isBlank ? [] : [.paragraph(content)]) + figures
        case "h1", "h2", "h3", "h4", "h5", "h6":
            var figures: [Block] = []
            let content = DOMBlockConverter.trim(node.children.flatMap { inlines(of: $0, figures: &figures) })
            produced = content.plainText.isBlank ? figures : [.heading(DOMBlockConverter.headingLevels[node.name] ?? 2, content)] + figures
        case "ul", "ol":
            let items = listItems(node)
            let start = Int(node.attributes["start"]?.trimmingWhitespace() ?? "") ?? 1
            produced = items.isEmpty ? [] : [Block(.list(ordered: node.name == "ol", start: start, items: items))]
        case "dl":
            produced = blocks(of: node)
        case "blockquote":
            let inner = blocks(of: node)
            produced = inner.isEmpty ? [] : [Block(.quote(inner))]
        case "pre":
            let language = [node.attributes["class"], node.first(named: ["code"])?.attributes["class"]].compactMap { $0 }
                .flatMap { $0.split(separator: " ") }
                .first { $0.hasPrefix("language-") || $0.hasPrefix("lang-") }
                .map { String($0.split(separator: "-", maxSplits: 1).last ?? "") }
            var text = node.textContent
            while text.hasSuffix("\n") { text.removeLast() }
            produced = text.isBlank ? [] : [Block(.code(text, language: language))]
        case "figure":
            produced = figure(node)
        case "img":
            produced = image(node).map { [$0] } ?? []
        case "table":
            produced = table(node)
        case "hr":
            produced = [Block(.rule)]
        case "video", "audio":
            produced = []
        default:
            produced = blocks(of: node)
        }
        return marked(produced, by: node)
    }

    /// The items of a list. Content outside any `li` (a `<p>` straight inside `<ul>`, which
    /// browsers show) joins the item before it, or makes an item of its own before the first.
    private func listItems(_ list: DOMNode) -> [[Block]] {
        var items: [[Block]] = []
        var stray: [DOMNode] = []
        func flushStray() {
            let content = blocks(in: stray)
            stray = []
            guard !content.isEmpty else { return }
            if items.isEmpty { items.append(content) } else { items[items.count - 1] += content }
        }
        for child in list.children {
            if child.name == "li" {
                flushStray()
                let item = blocks(of: child)
                if !item.isEmpty { items.append(item) }
            } else {
                stray.append(child)
            }
        }
        flushStray()
        return items
    }

    /// Blocks made from an element with its own `lang` or `dir` carry them.
    private func marked(_ blocks: [Block], by node: DOMNode) -> [Block] {
        let language = node.attributes["lang"].flatMap { LanguageTag($0)?.description }
        let direction = node.attributes["dir"].flatMap { TextDirection(rawValue: $0.lowercased()) }
        let differentLanguage = language.flatMap { $0 == articleLanguage ? nil : $0 }
        let differentDirection = direction.flatMap { $0.rawValue == articleDirection?.lowercased() ? nil : $0 }
        guard differentLanguage != nil || differentDirection != nil else { return blocks }
        return blocks.map { block in
            var copy = block
            if copy.language == nil { copy.language = differentLanguage }
            if copy.direction == nil { copy.direction = differentDirection }
            return copy
        }
    }

    private func figure(_ node: DOMNode) -> [Block] {
        guard let imageNode = node.first(named: ["img"]) else { return blocks(of: node) }
        var figures: [Block] = []
        let caption = node.first(named: ["figcaption"]).map { DOMBlockConverter.trim($0.children.flatMap { inlines(of: $0, figures: &figures) }) } ?? []
        guard let source = DOMBlockConverter.imageSource(imageNode) else {
            return caption.isEmpty ? [] : [.paragraph(caption)]
        }
        return [Block(.figure(image: resolve(source), alt: DOMBlockConverter.alternativeText(imageNode), caption: caption))]
    }

    func image(_ node: DOMNode) -> Block? {
        guard let source = DOMBlockConverter.imageSource(node) else { return nil }
        return Block(.figure(image: resolve(source), alt: DOMBlockConverter.alternativeText(node), caption: []))
    }

    /// The image's `alt` text, or nothing when it is only a file name
    /// (`milano-design-week-2018-01`, `IMG_2041.jpg`): a CMS's default, which describes nothing.
    static func alternativeText(_ node: DOMNode) -> String {
        let alt = collapse(node.attributes["alt"] ?? "")
        guard !alt.isEmpty, !alt.contains(" "), alt.utf8.allSatisfy({ $0 < 0x80 }) else { return alt }
        let lowered = alt.lowercased()
        let separators = alt.utf8.count { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        let hasDigit = alt.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        // One hyphen alone is a word ("Coca-Cola"); more, or with digits, is a file name.
        let isFileName = separators >= 2 || (separators == 1 && hasDigit)
            || [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"].contains { lowered.hasSuffix($0) }
        return isFileName ? "" : alt
    }

    /// `src`, or a lazy-loading attribute when `src` is missing or a placeholder.
    static func imageSource(_ node: DOMNode) -> String? {
        let source = node.attributes["src"]?.trimmingWhitespace() ?? ""
        if !source.isEmpty, !source.hasPrefix("data:image/gif"), !source.hasPrefix("data:image/svg+xml;base64,PHN2") { return source }
        for attribute in ["data-src", "data-original", "data-lazy-src", "data-url"] {
            if let value = node.attributes[attribute]?.trimmingWhitespace(), !value.isEmpty { return value }
        }
        return source.isEmpty ? nil : source
    }

    private func table(_ node: DOMNode) -> [Block] {
        let rows = node.elements.flatMap { ["thead", "tbody", "tfoot"].contains($0.name) ? $0.elements : [$0] }.filter { $0.name == "tr" }
        let cellsHaveBlocks = node.descendants(named: ["td", "th"]).contains { $0.first(named: ["p", "div", "table", "ul", "ol", "h1", "h2", "h3", "img"]) != nil }
        let columns = rows.map { $0.elements.filter { ["td", "th"].contains($0.name) }.count }.max() ?? 0
        // Layout tables (one column, or cells holding paragraphs) are read as containers.
        if cellsHaveBlocks || columns <= 1 { return blocks(of: node) }
        var header: [[Inline]] = []
        var body: [[[Inline]]] = []
        for row in rows {
            let cells = row.elements.filter { ["td", "th"].contains($0.name) }
            var figures: [Block] = []
            let content = cells.map { cell in DOMBlockConverter.trim(cell.children.flatMap { inlines(of: $0, figures: &figures) }) }
            if header.isEmpty, body.isEmpty, cells.allSatisfy({ $0.name == "th" }) || row.hasAncestor(named: ["thead"]) {
                header = content
            } else {
                body.append(content)
            }
        }
        return body.isEmpty && header.isEmpty ? [] : [Block(.table(Table(header: header, rows: body)))]
    }

    /// A link target made absolute against `<base>` or the page's canonical URL, so that it
    /// still leads somewhere from the offline copy; unchanged when the page gives no base.
    func resolveLink(_ reference: String) -> String {
        guard let baseURL, !reference.hasPrefix("data:"), !reference.hasPrefix("#") else { return reference }
        return URL(string: reference, relativeTo: baseURL)?.absoluteString ?? reference
    }

    /// An image source: pages saved for offline reading refer to their files by relative
    /// path (`NAME_files/chart.png`); those stay relative, since they are loaded from disk.
    /// Root-relative and protocol-relative sources are made absolute like links.
    func resolve(_ reference: String) -> String {
        if !resolvesRelativeImages, !reference.contains("://"), !reference.hasPrefix("/") { return reference }
        return resolveLink(reference)
    }
}
