import OffprintCore

/// Writes inlines as Markdown that a CommonMark reader reads back as the same inlines.
///
/// Emphasis is `*`, strong emphasis `**` and strikethrough `~~`. CommonMark opens and closes
/// them only where the characters around a delimiter allow it (no space just inside, no
/// letter outside a punctuation mark just inside), so where they would not, the space inside
/// is written as a character reference and an empty HTML comment (`<!---->`) stands between
/// the delimiter and the letter outside; the comment also keeps two runs of the same
/// delimiter apart. These are rare and render as nothing.
struct MarkdownInlineRenderer {
    /// Table cells: `|` is escaped inside code spans too, and a line break is a space.
    var inTable = false
    /// Headings: `#` is escaped, and a line break (which a heading cannot hold) is a space.
    var inHeading = false

    /// The Markdown of `inlines`; `atLineStart` when they open a line.
    func render(_ inlines: [Inline], atLineStart: Bool = true) -> String {
        render(inlines, atLineStart: atLineStart, insideLink: false)
    }

    private func render(_ inlines: [Inline], atLineStart: Bool, insideLink: Bool) -> String {
        // A line break has to be followed by something on its line to be one.
        var inlines = inlines
        while inlines.last == .lineBreak || inlines.last == .text("") { inlines.removeLast() }
        var output = ""
        var lineStart = atLineStart
        var pieces: [(text: String, delimiter: String?)] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                guard !text.isEmpty else { continue }
                pieces.append((MarkdownEscaping.text(text, atLineStart: lineStart, inHeading: inHeading), nil))
            case .emphasis(let children):
                pieces.append((render(children, atLineStart: false, insideLink: insideLink), "*"))
            case .strong(let children):
                pieces.append((render(children, atLineStart: false, insideLink: insideLink), "**"))
            case .strikethrough(let children):
                pieces.append((render(children, atLineStart: false, insideLink: insideLink), "~~"))
            case .code(let code):
                pieces.append((MarkdownEscaping.codeSpan(code, inTable: inTable), nil))
            case .link(let url, let children):
                let text = render(children, atLineStart: false, insideLink: true)
                // A link cannot hold a link, and an unsafe one (`javascript:`) is not written as one.
                if insideLink || MarkdownLinks.target(url) == nil {
                    pieces.append((text, nil))
                } else {
                    pieces.append(("[" + text + "](" + MarkdownEscaping.destination(url) + ")", nil))
                }
            case .lineBreak:
                pieces.append((inTable || inHeading ? " " : "\\\n", nil))
                lineStart = !(inTable || inHeading)
                continue
            }
            lineStart = false
        }
        for (index, piece) in pieces.enumerated() {
            guard let delimiter = piece.delimiter else {
                output += piece.text
                continue
            }
            let next = pieces[(index + 1)...].first { !$0.text.isEmpty }?.text.unicodeScalars.first
            output += MarkdownInlineRenderer.delimited(piece.text, by: delimiter, after: output.unicodeScalars.last, before: next)
        }
        return output
    }

    /// `inner` between two `delimiter` runs that CommonMark will open and close, between
    /// `previous` and `next` (`nil` at a line's ends). Empty emphasis cannot be written.
    static func delimited(_ inner: String, by delimiter: String, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> String {
        var scalars = Array(inner.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, let mark = delimiter.unicodeScalars.first else { return "" }
        var content = ""
        var prefix = "", suffix = ""
        if MarkdownEscaping.isWhitespace(last) {
            scalars.removeLast()
            suffix = MarkdownEscaping.reference(last)
        }
        if MarkdownEscaping.isWhitespace(first), !scalars.isEmpty {
            scalars.removeFirst()
            prefix = MarkdownEscaping.reference(first)
        }
        content = prefix + String(String.UnicodeScalarView(scalars)) + suffix
        if content.unicodeScalars.first == mark { content = MarkdownEscaping.separator + content }
        if content.unicodeScalars.last == mark { content += MarkdownEscaping.separator }
        let opening = content.unicodeScalars.first!, closing = content.unicodeScalars.last!
        let isOpenSide = { (scalar: Unicode.Scalar?) in scalar.map { MarkdownEscaping.isWhitespace($0) || MarkdownEscaping.isPunctuation($0) } ?? true }
        var result = delimiter + content + delimiter
        // Opening: a punctuation mark inside needs space or punctuation outside; never the same mark.
        if (MarkdownEscaping.isPunctuation(opening) && !isOpenSide(previous)) || previous == mark {
            result = MarkdownEscaping.separator + result
        }
        if (MarkdownEscaping.isPunctuation(closing) && !isOpenSide(next)) || next == mark {
            result += MarkdownEscaping.separator
        }
        return result
    }
}
