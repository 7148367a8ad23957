import OffprintCore
/// Renders an article's blocks as HTML or XHTML. Shared by the HTML and EPUB writers, which
/// hand the result to their templates as `body`.
public struct MarkupBodyRenderer: Sendable {
    /// HTML5 or XHTML.
    public var syntax: MarkupSyntax
    /// Body headings are moved down this many levels, below the page's own `h1` title; no
    /// heading is ever more than one level below the one before it, so levels never skip.
    public var headingOffset: Int
    /// Where an image comes from in the output (a packaged path, a data URL), or `nil` to show
    /// its alternative text instead.
    public var imageSource: @Sendable (String) -> String?

    /// Creates a renderer.
    public init(syntax: MarkupSyntax, headingOffset: Int = 0, imageSource: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.syntax = syntax
        self.headingOffset = headingOffset
        self.imageSource = imageSource
    }

    /// The blocks as markup, one block per line.
    public func render(_ blocks: [Block]) -> String {
        var output = ""
        output.reserveCapacity(blocks.count * 400)
        var lastHeading = 1
        for block in blocks { render(block, into: &output, lastHeading: &lastHeading) }
        return output
    }

    private func render(_ block: Block, into output: inout String, lastHeading: inout Int) {
        let attributes = syntax.languageAttributes(language: block.language, direction: block.direction)
        switch block.kind {
        case .paragraph(let inlines):
            output += "<p\(attributes)>"
            render(inlines, into: &output)
            output += "</p>\n"
        case .heading(let level, let inlines):
            let level = min(min(max(min(max(level, 1), 6) + headingOffset, 2), 6), lastHeading + 1)
            lastHeading = level
            let tag = "h\(level)"
            output += "<\(tag)\(attributes)>"
            render(inlines, into: &output)
            output += "</\(tag)>\n"
        case .quote(let blocks):
            output += "<blockquote\(attributes)>\n"
            for child in blocks { render(child, into: &output, lastHeading: &lastHeading) }
            output += "</blockquote>\n"
        case .list(let ordered, let start, let items):
            let tag = ordered ? "ol" : "ul"
            let startAttribute = ordered && start != 1 ? " start=\"\(start)\"" : ""
            output += "<\(tag)\(startAttribute)\(attributes)>\n"
            for item in items {
                // An item in its own language or direction carries it on the `li`, so its
                // marker sits on its own start side.
                let (itemAttributes, children) = ownLanguage(of: item)
                output += "<li\(itemAttributes)>"
                for child in children { render(child, into: &output, lastHeading: &lastHeading) }
                output += "</li>\n"
            }
            output += "</\(tag)>\n"
        case .code(let text, let language):
            let languageClass = language.map { " class=\"language-\(MarkupText.escaped($0))\"" } ?? ""
            output += "<pre\(attributes)><code\(languageClass)>"
            MarkupText.escape(text, into: &output)
            output += "</code></pre>\n"
        case .figure(let image, let alt, let caption):
            output += "<figure\(attributes)>"
            if let source = imageSource(image) {
                output += syntax.void("img", attributes: " src=\"\(MarkupText.escaped(source))\" alt=\"\(MarkupText.escaped(alt))\"")
            } else if !alt.isEmpty {
                output += "<p class=\"image-alt\">"
                MarkupText.escape(alt, into: &output)
                output += "</p>"
            }
            if !caption.isEmpty {
                output += "<figcaption>"
                render(caption, into: &output)
                output += "</figcaption>"
            }
            output += "</figure>\n"
        case .rule:
            output += syntax.void("hr") + "\n"
        case .table(let table):
            renderTable(table, attributes: attributes, into: &output)
        }
    }

    /// The language attributes a list item's blocks all share, for its `li`, and the blocks
    /// without them; no attributes when the blocks differ.
    private func ownLanguage(of item: [Block]) -> (attributes: String, blocks: [Block]) {
        guard let first = item.first, first.language != nil || first.direction != nil,
              item.allSatisfy({ $0.language == first.language && $0.direction == first.direction }) else { return ("", item) }
        let blocks = item.map { block in
            var plain = block
            plain.language = nil
            plain.direction = nil
            return plain
        }
        return (syntax.languageAttributes(language: first.language, direction: first.direction), blocks)
    }

    /// Renders inline content.
    public func render(_ inlines: [Inline], into output: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                MarkupText.escape(text, into: &output)
            case .emphasis(let children):
                output += "<em>"
                render(children, into: &output)
                output += "</em>"
            case .strong(let children):
                output += "<strong>"
                render(children, into: &output)
                output += "</strong>"
            case .strikethrough(let children):
                output += "<del>"
                render(children, into: &output)
                output += "</del>"
            case .code(let text):
                output += "<code>"
                MarkupText.escape(text, into: &output)
                output += "</code>"
            case .link(let url, let children):
                guard let target = LinkTarget.external(url) else {
                    render(children, into: &output)
                    continue
                }
                // A link that shows its own address is no language and runs left to right, so
                // it keeps its order and takes Latin type inside right-to-left or CJK text.
                let isBareAddress = children == [.text(url)] || children == [.text(target)]
                output += "<a href=\"\(MarkupText.escaped(target))\"\(isBareAddress ? syntax.languageAttributes(language: "zxx", direction: .leftToRight) : "")>"
                render(children, into: &output)
                output += "</a>"
            case .lineBreak:
                output += syntax.void("br")
            }
        }
    }
}
