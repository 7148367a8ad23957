import OffprintCore

/// Writes inlines as Markdown that a CommonMark reader reads back as the same inlines.
///
/// Emphasis is `*` (or `_`), strong emphasis `**` (or `__`) and strikethrough `~~`, each written
/// only where CommonMark's rules for delimiter runs read it as meant:
/// - a run never touches another of the same character (emphasis that opens with strong
///   emphasis, two emphases side by side): it takes the other character, `_`;
/// - given the characters on either side, the opening run must be able to open and not to
///   close, and the closing run to close and not to open: a run that could do both may pair
///   with another than its own.
/// Where no delimiter can be read as meant (`s*"quoted"*`, or a space just inside), the
/// emphasis is written as HTML, `<em>`, `<strong>` or `<del>`, which the Markdown reader and
/// note tools read as emphasis.
/// Two code spans side by side are kept apart by an empty HTML comment (`<!---->`).
struct MarkdownInlineRenderer {
    /// Table cells: `|` is escaped inside code spans too, and a line break is a space.
    var inTable = false
    /// Headings: `#` is escaped, and a line break (which a heading cannot hold) is a space.
    var inHeading = false

    /// The Markdown of a block's inlines (a paragraph, a heading, a table cell); `atLineStart`
    /// when they open a line, `isolated` when an isolate (`BidiIsolation`) will stand on either
    /// side of them.
    func render(_ inlines: [Inline], atLineStart: Bool = true, isolated: Bool = false) -> String {
        render(inlines, atLineStart: atLineStart, insideLink: false, edge: isolated ? .letter : .space, isBlock: true)
    }

    /// The Markdown of inlines that will stand between delimiters (`_` around a caption).
    func renderInside(_ inlines: [Inline]) -> String {
        render(inlines, atLineStart: false, insideLink: false, edge: .punctuation, isBlock: false)
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

    /// `edge`: what stands on either side of them; `isBlock`: nothing else of the block does.
    private func render(_ inlines: [Inline], atLineStart: Bool, insideLink: Bool, edge: Neighbour, isBlock: Bool) -> String {
        var inlines = inlines
        // A line ends without its white space, and a line break has to be followed by something
        // on its line to be one: what a block ends with of either cannot be written.
        while isBlock, let last = inlines.last {
            if last == .lineBreak {
                inlines.removeLast()
            } else if case .text(let text) = last, let end = text.unicodeScalars.last, end == " " || end == "\t" {
                let kept = String(String.UnicodeScalarView(text.unicodeScalars.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
                inlines[inlines.count - 1] = .text(kept)
                if kept.isEmpty { inlines.removeLast() }
            } else {
                break
            }
        }
        while inlines.last == .lineBreak || inlines.last == .text("") { inlines.removeLast() }
        var lineStart = atLineStart
        var pieces: [Piece] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                guard !text.isEmpty else { continue }
                pieces.append(Piece(text: MarkdownEscaping.text(text, atLineStart: lineStart, inHeading: inHeading)))
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                let kind: EmphasisKind = if case .emphasis = inline { .emphasis } else if case .strong = inline { .strong } else { .strikethrough }
                let inner = render(children, atLineStart: false, insideLink: insideLink, edge: .punctuation, isBlock: false)
                pieces.append(Piece(text: inner, emphasis: kind))
            case .code(let code):
                pieces.append(Piece(text: MarkdownEscaping.codeSpan(code, inTable: inTable)))
            case .link(let url, let children):
                let text = render(children, atLineStart: false, insideLink: true, edge: .punctuation, isBlock: false)
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
        var output = ""
        for index in pieces.indices {
            guard let kind = pieces[index].emphasis else {
                // Two code spans side by side would be one run of backticks.
                if output.hasSuffix("`"), pieces[index].text.hasPrefix("`") { output += MarkdownEscaping.separator }
                output += pieces[index].text
                continue
            }
            let nextIndex = pieces[(index + 1)...].firstIndex { !$0.text.isEmpty }
            let after: Neighbour = nextIndex.map { pieces[$0].emphasis == nil ? Neighbour(pieces[$0].text.unicodeScalars.first) : .punctuation } ?? edge
            output = MarkdownInlineRenderer.delimited(pieces[index].text, kind: kind, output: output, before: edge, after: after,
                                                      opensBlock: isBlock && output.isEmpty, closesBlock: isBlock && nextIndex == nil)
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

        /// CommonMark's left-flanking delimiter run, between `before` and `after`.
        static func isLeftFlanking(before: Neighbour, after: Neighbour) -> Bool {
            after != .space && (after != .punctuation || before != .letter)
        }

        /// CommonMark's right-flanking delimiter run, between `before` and `after`.
        static func isRightFlanking(before: Neighbour, after: Neighbour) -> Bool {
            before != .space && (before != .punctuation || after != .letter)
        }
    }

    /// `output` followed by `inner` as `kind`: between delimiters when some are read as meant
    /// there, else in HTML. `before` is what stands before `output` when it is empty, `after`
    /// what follows; `opensBlock` and `closesBlock` when nothing of the block stands before or
    /// after (no run there to pair with). Empty emphasis cannot be written, and is left out.
    static func delimited(_ inner: String, kind: EmphasisKind, output: String, before: Neighbour, after: Neighbour,
                          opensBlock: Bool = false, closesBlock: Bool = false) -> String {
        guard let first = inner.unicodeScalars.first, let last = inner.unicodeScalars.last else { return output }
        let content = inner
        let inside = (first, last)
        let previousScalar = output.unicodeScalars.last
        let previous = previousScalar.map { Neighbour($0) } ?? before
        let delimiter = kind.delimiters.first { delimiter in
            let mark = delimiter.unicodeScalars.first!
            guard previousScalar != mark, inside.0 != mark, inside.1 != mark else { return false }
            let isUnderscore = mark == "_"
            // The opening run: between what comes before and the content's first character.
            let opensLeft = Neighbour.isLeftFlanking(before: previous, after: Neighbour(inside.0))
            let opensRight = Neighbour.isRightFlanking(before: previous, after: Neighbour(inside.0))
            let canOpen = opensLeft && (!isUnderscore || !opensRight || previous == .punctuation)
            let canAlsoClose = opensRight && (!isUnderscore || !opensLeft || Neighbour(inside.0) == .punctuation)
            // The closing run: between the content's last character and what comes after.
            let closesLeft = Neighbour.isLeftFlanking(before: Neighbour(inside.1), after: after)
            let closesRight = Neighbour.isRightFlanking(before: Neighbour(inside.1), after: after)
            let canClose = closesRight && (!isUnderscore || !closesLeft || after == .punctuation)
            let canAlsoOpen = closesLeft && (!isUnderscore || !closesRight || Neighbour(inside.1) == .punctuation)
            // A run that could do both may pair with another run than its own (cmark-gfm's
            // strikethrough runs among them), so each must do only its own part, unless there
            // is no other run on that side.
            return canOpen && (!canAlsoClose || opensBlock) && canClose && (!canAlsoOpen || closesBlock)
        }
        guard let delimiter else { return output + "<" + kind.element + ">" + content + "</" + kind.element + ">" }
        return output + delimiter + content + delimiter
    }
}
