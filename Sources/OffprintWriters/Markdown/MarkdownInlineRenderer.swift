import OffprintCore

/// Writes inlines as Markdown that a CommonMark reader reads back as the same inlines.
///
/// Emphasis is `*` (or `_`), strong emphasis `**` (or `__`) and strikethrough `~~`, written only
/// where CommonMark can read each delimiter run one way: an opening run only opens and a
/// closing run only closes. That holds when a run has white space (or a line's end) outside,
/// or punctuation outside and a letter inside; so
/// - a run that would touch another of the same character (emphasis that opens with strong
///   emphasis, two emphases side by side) takes the other character, `_`;
/// - a space just inside is written as a character reference (`&#32;`), and so is a letter
///   just outside when a letter is just inside (emphasis inside a word);
/// - where neither helps (punctuation just inside and a letter or punctuation outside), the
///   emphasis is written as HTML, `<em>`, `<strong>` or `<del>`, which the Markdown reader and
///   note tools read as emphasis.
/// Two code spans side by side are kept apart by an empty HTML comment (`<!---->`).
struct MarkdownInlineRenderer {
    /// Table cells: `|` is escaped inside code spans too, and a line break is a space.
    var inTable = false
    /// Headings: `#` is escaped, and a line break (which a heading cannot hold) is a space.
    var inHeading = false

    /// What stands around the inlines being written: white space (a line's ends, a table
    /// cell's padding) or punctuation (the delimiters of emphasis, a link's brackets).
    enum Edge {
        case space, punctuation
    }

    /// The Markdown of `inlines`; `atLineStart` when they open a line.
    func render(_ inlines: [Inline], atLineStart: Bool = true, edge: Edge = .space) -> String {
        render(inlines, atLineStart: atLineStart, insideLink: false, edge: edge)
    }

    /// One inline's Markdown; for emphasis, strikethrough and strong emphasis, the Markdown of
    /// what they hold and how they may be delimited.
    private struct Piece {
        var text: String
        var emphasis: EmphasisKind?
    }

    enum EmphasisKind {
        /// A figure's caption: emphasis that prefers `_`.
        case emphasis, strong, strikethrough, caption

        /// The delimiters it may take, the first preferred.
        var delimiters: [String] {
            switch self {
            case .emphasis: ["*", "_"]
            case .caption: ["_", "*"]
            case .strong: ["**", "__"]
            case .strikethrough: ["~~"]
            }
        }

        /// The HTML element written where no delimiter can be.
        var element: String {
            switch self {
            case .emphasis, .caption: "em"
            case .strong: "strong"
            case .strikethrough: "del"
            }
        }
    }

    private func render(_ inlines: [Inline], atLineStart: Bool, insideLink: Bool, edge: Edge) -> String {
        // A line break has to be followed by something on its line to be one.
        var inlines = inlines
        while inlines.last == .lineBreak || inlines.last == .text("") { inlines.removeLast() }
        var lineStart = atLineStart
        var pieces: [Piece] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                guard !text.isEmpty else { continue }
                pieces.append(Piece(text: MarkdownEscaping.text(text, atLineStart: lineStart, inHeading: inHeading)))
            case .emphasis(let children):
                pieces.append(Piece(text: render(children, atLineStart: false, insideLink: insideLink, edge: .punctuation), emphasis: .emphasis))
            case .strong(let children):
                pieces.append(Piece(text: render(children, atLineStart: false, insideLink: insideLink, edge: .punctuation), emphasis: .strong))
            case .strikethrough(let children):
                pieces.append(Piece(text: render(children, atLineStart: false, insideLink: insideLink, edge: .punctuation), emphasis: .strikethrough))
            case .code(let code):
                pieces.append(Piece(text: MarkdownEscaping.codeSpan(code, inTable: inTable)))
            case .link(let url, let children):
                let text = render(children, atLineStart: false, insideLink: true, edge: .punctuation)
                // A link cannot hold a link, and an unsafe one (`javascript:`) is not written as one.
                if insideLink || MarkdownLinks.target(url) == nil {
                    pieces.append(Piece(text: text))
                } else {
                    pieces.append(Piece(text: "[" + text + "](" + MarkdownEscaping.destination(url) + ")"))
                }
            case .lineBreak:
                pieces.append(Piece(text: inTable || inHeading ? " " : "\\\n"))
                lineStart = !(inTable || inHeading)
                continue
            }
            lineStart = false
        }
        // A tab ending the paragraph would be dropped with the line's trailing white space.
        if pieces.last?.emphasis == nil, let last = pieces.last?.text, last.hasSuffix("\t") {
            pieces[pieces.count - 1].text = String(last.dropLast()) + MarkdownEscaping.reference("\t")
        }
        var output = ""
        for index in pieces.indices {
            guard let kind = pieces[index].emphasis else {
                // Two code spans side by side would be one run of backticks.
                if output.hasSuffix("`"), pieces[index].text.hasPrefix("`") { output += MarkdownEscaping.separator }
                output += pieces[index].text
                continue
            }
            let nextIndex = pieces[(index + 1)...].firstIndex { !$0.text.isEmpty }
            let after: Neighbour = nextIndex.map { pieces[$0].emphasis == nil ? Neighbour(pieces[$0].text.unicodeScalars.first) : .punctuation } ?? Neighbour(edge)
            var fixNext = false
            output = MarkdownInlineRenderer.delimited(pieces[index].text, kind: kind, output: output, before: Neighbour(edge), after: after, encodeNext: &fixNext)
            if fixNext, let nextIndex {
                let text = pieces[nextIndex].text
                pieces[nextIndex].text = MarkdownEscaping.reference(text.unicodeScalars.first!) + String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))
            }
        }
        return output
    }

    /// What a delimiter has beside it, as CommonMark's flanking rules class it.
    enum Neighbour: Equatable {
        case space, punctuation, letter

        init(_ scalar: Unicode.Scalar?) {
            guard let scalar else { self = .space; return }
            self = MarkdownEscaping.isWhitespace(scalar) ? .space : MarkdownEscaping.isPunctuation(scalar) ? .punctuation : .letter
        }

        init(_ edge: Edge) { self = edge == .space ? .space : .punctuation }
    }

    /// `output` followed by `inner` as `kind`: between delimiters when some can be read only
    /// one way there, else in HTML. `before` is what stands before `output` when it is empty,
    /// `after` what follows; `encodeNext` is set when the letter that follows must be written
    /// as a character reference. Empty emphasis cannot be written and is left out.
    static func delimited(_ inner: String, kind: EmphasisKind, output: String, before: Neighbour, after: Neighbour, encodeNext: inout Bool) -> String {
        var scalars = Array(inner.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return output }
        var opening = "", closing = ""
        if MarkdownEscaping.isWhitespace(last) {
            scalars.removeLast()
            closing = MarkdownEscaping.reference(last)
        }
        if MarkdownEscaping.isWhitespace(first), !scalars.isEmpty {
            scalars.removeFirst()
            opening = MarkdownEscaping.reference(first)
        }
        let content = opening + String(String.UnicodeScalarView(scalars)) + closing
        let inside = (content.unicodeScalars.first!, content.unicodeScalars.last!)
        let previousScalar = output.unicodeScalars.last
        let previous = previousScalar.map { Neighbour($0) } ?? before
        let delimiter = kind.delimiters.first { delimiter in
            let mark = delimiter.unicodeScalars.first!
            return previousScalar != mark && inside.0 != mark && inside.1 != mark
        }
        // Only opens: space before, or a letter after; a letter before a letter becomes a reference.
        let opensOnly = previous == .space || Neighbour(inside.0) == .letter
        let closesOnly = after == .space || Neighbour(inside.1) == .letter
        guard let delimiter, opensOnly, closesOnly else {
            return output + "<" + kind.element + ">" + content + "</" + kind.element + ">"
        }
        var result = output
        if previous == .letter, let letter = previousScalar {
            result.unicodeScalars.removeLast()
            result += MarkdownEscaping.reference(letter)
        }
        encodeNext = after == .letter
        return result + delimiter + content + delimiter
    }
}
