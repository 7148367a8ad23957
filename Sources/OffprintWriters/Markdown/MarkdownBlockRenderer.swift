import OffprintCore

/// Writes an article's blocks as CommonMark with GitHub's tables, each block separated from
/// the next by a blank line, containers (quotes, list items) as prefixes on their lines.
///
/// Conventions where Markdown has no construct of its own, all read back by `MarkdownReader`:
/// - a figure is its image alone in a paragraph, its caption on the next line in `_…_`
///   after a hard line break;
/// - a paragraph whose direction an editor would get wrong is wrapped in Unicode isolates
///   (`BidiIsolation`);
/// - lists that follow each other alternate their markers (`-` and `+`, `1.` and `1)`), which
///   keeps them apart; a rule is `***`, which no list marker can be mistaken for.
///
/// What Markdown cannot hold is written as near as it can: a line break in a heading or a
/// table cell is a space, a table's rows are as wide as its header, inline code keeps no line
/// breaks.
struct MarkdownBlockRenderer {
    /// How a figure's image is written: the link to use for an image id, or `nil` to write
    /// only its alternative text.
    var imageTarget: (String) -> String?

    /// The Markdown of `blocks` in a context of `direction`, as lines.
    func lines(of blocks: [Block], direction: TextDirection) -> [String] {
        var result: [String] = []
        var previousList: (ordered: Bool, alternate: Bool)?
        for block in blocks {
            var alternate = false
            if case .list(let ordered, _, _) = block.kind {
                alternate = previousList.map { $0.ordered == ordered && !$0.alternate } ?? false
            }
            let blockLines = lines(of: block, direction: block.direction ?? direction, alternateMarker: alternate)
            // A block that writes nothing (an empty paragraph) does not keep two lists apart.
            guard !blockLines.isEmpty else { continue }
            if case .list(let ordered, _, _) = block.kind { previousList = (ordered, alternate) } else { previousList = nil }
            if !result.isEmpty { result.append("") }
            result += blockLines
        }
        return result
    }

    private func lines(of block: Block, direction: TextDirection, alternateMarker: Bool) -> [String] {
        switch block.kind {
        case .paragraph(let inlines):
            return split(isolated(inlines, direction: direction, renderer: MarkdownInlineRenderer()))
        case .heading(let level, let inlines):
            let text = isolated(inlines, direction: direction, renderer: MarkdownInlineRenderer(inHeading: true))
            return [String(repeating: "#", count: min(6, max(1, level))) + (text.isEmpty ? "" : " " + text)]
        case .quote(let blocks):
            let inner = lines(of: blocks, direction: direction)
            return inner.isEmpty ? [">"] : inner.map { $0.isEmpty ? ">" : "> " + $0 }
        case .list(let ordered, let start, let items):
            return listLines(ordered: ordered, start: start, items: items, direction: direction, alternateMarker: alternateMarker)
        case .code(let code, let language):
            return codeLines(code, language: language)
        case .figure(let image, let alt, let caption):
            return figureLines(image: image, alt: alt, caption: caption, direction: direction)
        case .rule:
            return ["***"]
        case .table(let table):
            return MarkdownTableRenderer.lines(of: table)
        }
    }

    private func listLines(ordered: Bool, start: Int, items: [[Block]], direction: TextDirection, alternateMarker: Bool) -> [String] {
        var result: [String] = []
        let isLoose = items.contains { $0.count > 1 }
        for (offset, item) in items.enumerated() {
            // A marker has at most nine digits; the numbers after the first are not read.
            let number = min(max(0, start), ModelLimits.maximumListStart - min(offset, ModelLimits.maximumListStart)) + min(offset, ModelLimits.maximumListStart)
            let marker = ordered ? "\(number)" + (alternateMarker ? ")" : ".") : (alternateMarker ? "+" : "-")
            let indent = String(repeating: " ", count: marker.count + 1)
            let inner = lines(of: item, direction: direction)
            if isLoose, offset > 0 { result.append("") }
            guard let first = inner.first else {
                result.append(marker)
                continue
            }
            result.append(marker + " " + first)
            result += inner.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        }
        return result
    }

    private func codeLines(_ code: String, language: String?) -> [String] {
        let info = language.flatMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) } ?? ""
        // An info string cannot hold a backtick after backticks: fence with tildes then.
        let character: Character = info.contains("`") ? "~" : "`"
        let fence = String(repeating: character, count: max(3, MarkdownEscaping.longestRun(of: character, in: code) + 1))
        let body = code.isEmpty ? [] : code.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return [fence + info] + body + [fence]
    }

    private func figureLines(image: String, alt: String, caption: [Inline], direction: TextDirection) -> [String] {
        var first: String
        if let target = imageTarget(image) {
            first = "![" + MarkdownEscaping.text(alt, atLineStart: false) + "](" + MarkdownEscaping.destination(target) + ")"
        } else {
            first = MarkdownEscaping.text(alt, atLineStart: true)
        }
        // A caption is a line of its own, emphasised as a whole: `_…_` (without the spaces at its
        // ends, which the reader would not keep either).
        var trimmed = caption
        if case .text(let text)? = trimmed.first { trimmed[0] = .text(String(text.drop { $0 == " " })) }
        if case .text(let text)? = trimmed.last { trimmed[trimmed.count - 1] = .text(String(text.reversed().drop { $0 == " " || $0 == "\t" }.reversed())) }
        let captionMarkdown = MarkdownInlineRenderer().renderInside(trimmed)
        guard !captionMarkdown.isEmpty else { return first.isEmpty ? [] : [first] }
        let captionLine = MarkdownInlineRenderer.delimited(captionMarkdown, kind: .caption, output: "", before: .space, after: .space, opensBlock: true, closesBlock: true)
        return first.isEmpty ? [captionLine] : [first + "\\", captionLine]
    }

    /// A paragraph's or heading's Markdown, wrapped in an isolate when its direction needs one.
    private func isolated(_ inlines: [Inline], direction: TextDirection, renderer: MarkdownInlineRenderer) -> String {
        guard let opening = BidiIsolation.opening(for: inlines.plainText, direction: direction) else { return renderer.render(inlines) }
        let markdown = renderer.render(inlines, isolated: true)
        return markdown.isEmpty ? "" : String(opening) + markdown + String(BidiIsolation.popIsolate)
    }

    /// A paragraph's Markdown split at its line breaks (by bytes: a split by characters would
    /// find grapheme boundaries all through the text).
    private func split(_ markdown: String) -> [String] {
        guard !markdown.isEmpty else { return [] }
        guard markdown.utf8.contains(UInt8(ascii: "\n")) else { return [markdown] }
        return markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
