import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintPlatform
@testable import OffprintWriters

/// Escaping is exact: random text full of Markdown's own characters, in random emphasis, links
/// and code, written by the Markdown writer, reads back through cmark-gfm (as the Markdown reader
/// parses it) as the same inlines.
/// The cases come from a fixed seed, so a failure is reproducible.
@Suite struct MarkdownEscapingPropertyTests {
    /// SplitMix64: a small deterministic generator.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
    }

    /// Pieces of text that mean something to Markdown somewhere, and some that mean nothing.
    static let fragments = [
        "a", "word", "x_y", "_", "__", "*", "**", "~", "~~", "`", "``", "\\", "[", "]", "(", ")", "<", ">", "!", "#", "# ",
        "-", "- ", "+ ", "1. ", "2)", "=", "===", "---", "***", "|", "&", "&amp;", "&#65;", ":", "http://x.org", "www.example.com",
        "a@b.org", " ", "  ", "\t", ".", ",", "\"", "'", "مرحبا", "日本", "{", "}", "$", "%", "<b>", "<!-- c -->", "\\*",
    ]

    static func text(_ random: inout Generator) -> String {
        (0..<(1 + random.below(5))).map { _ in random.pick(fragments) }.joined()
    }

    /// What a reader can make of inlines at best: neighbouring texts joined, no empty ones, no
    /// spaces at the paragraph's ends and no tab at its end (CommonMark strips them), no empty
    /// emphasis.
    static func normalized(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            var inline = inline
            switch inline {
            case .emphasis(let children): inline = .emphasis(normalized(children))
            case .strong(let children): inline = .strong(normalized(children))
            case .strikethrough(let children): inline = .strikethrough(normalized(children))
            case .link(let url, let children): inline = .link(url: url, normalized(children))
            case .code(let code): inline = .code(code.replacingOccurrences(of: "\t", with: "\t"))
            case .text, .lineBreak: break
            }
            if case .emphasis([]) = inline { continue }
            if case .strong([]) = inline { continue }
            if case .strikethrough([]) = inline { continue }
            if case .text(let text) = inline, case .text(let before)? = result.last {
                result[result.count - 1] = .text(before + text)
            } else if inline != .text("") {
                result.append(inline)
            }
        }
        return result
    }

    static func trimmedEnds(_ inlines: [Inline], leading: Bool = true) -> [Inline] {
        var result = inlines
        if leading, case .text(let text)? = result.first { result[0] = .text(String(text.drop { $0 == " " })) }
        if case .text(let text)? = result.last { result[result.count - 1] = .text(String(text.reversed().drop { $0 == " " || $0 == "\t" }.reversed())) }
        result = result.filter { $0 != .text("") }
        // A line break at a paragraph's end is not one (and what is left may end in spaces again).
        if result.last == .lineBreak { return trimmedEnds(Array(result.dropLast()), leading: leading) }
        return result
    }

    /// No link inside a link: the writer keeps only the inner one's text.
    static func withoutNestedLinks(_ inlines: [Inline], insideLink: Bool = false) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .link(let url, let children):
                let inner = withoutNestedLinks(children, insideLink: true)
                return insideLink ? inner : [.link(url: url, inner)]
            case .emphasis(let children): return [.emphasis(withoutNestedLinks(children, insideLink: insideLink))]
            case .strong(let children): return [.strong(withoutNestedLinks(children, insideLink: insideLink))]
            case .strikethrough(let children): return [.strikethrough(withoutNestedLinks(children, insideLink: insideLink))]
            case .text, .code, .lineBreak: return [inline]
            }
        }
    }

    /// The paragraphs of `count` random inline lists from `make` that do not read back as
    /// written; every other one wrapped in isolates, as a mixed-direction paragraph is.
    static func failures(_ count: Int, seed: UInt64, _ make: (inout Generator) -> [Inline]) -> [String] {
        var random = Generator(state: seed)
        var failures: [String] = []
        for index in 0..<count {
            let isolated = index % 2 == 1
            let written = Self.normalized(Self.withoutNestedLinks(make(&random)))
            let expected = Self.trimmedEnds(Self.normalized(written), leading: !isolated)
            // A paragraph of white space only is no paragraph.
            guard !expected.isEmpty, expected != [.text(expected.plainText)] || !expected.plainText.isBlank else { continue }
            let rendered = MarkdownInlineRenderer().render(written, isolated: isolated)
            let markdown = isolated ? "\u{2067}" + rendered + "\u{2069}" : rendered
            var notes = MarkdownTree.Notes()
            let blocks = MarkdownTree.blocks(from: markdown, notes: &notes)
            var read: [Inline] = if blocks.count == 1, case .paragraph(let inlines) = blocks[0].kind { inlines } else { [] }
            if isolated, case .text(let first)? = read.first, first.hasPrefix("\u{2067}"), case .text(var last)? = read.last, last.hasSuffix("\u{2069}") {
                last.removeLast()
                read[read.count - 1] = .text(last)
                if case .text(let first) = read[0] { read[0] = .text(String(first.dropFirst())) }
            }
            if Self.normalized(read) != expected { failures.append(markdown + "\n    wrote: \(expected)\n    read:  \(Self.normalized(read))") }
        }
        return failures
    }

    /// Text of Markdown's own characters, inline code, links and line breaks: always exact.
    @Test func textCodeAndLinksReadBackAsWritten() {
        let failures = Self.failures(4_000, seed: 13) { random in
            (0..<(1 + random.below(6))).map { _ -> Inline in
                switch random.below(6) {
                case 0: return .code(Self.text(&random))
                case 1: return .link(url: random.pick(["https://example.org/a b", "https://x.org/(1)", "notes/a.md", "https://x.org/?a=1&b=2"]), [.text(Self.text(&random))])
                case 2: return .lineBreak
                default: return .text(Self.text(&random))
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// Emphasis, strong emphasis and strikethrough, nested in one another and side by side,
    /// around text of Markdown's own characters and inline code.
    @Test func emphasisReadsBackAsWritten() {
        func tree(_ random: inout Generator, depth: Int) -> [Inline] {
            (0..<(1 + random.below(4))).map { _ -> Inline in
                switch depth < 3 ? random.below(6) : 0 {
                case 1: return .emphasis(tree(&random, depth: depth + 1))
                case 2: return .strong(tree(&random, depth: depth + 1))
                case 3: return .strikethrough(tree(&random, depth: depth + 1))
                case 4: return .code(Self.text(&random))
                default: return .text(Self.text(&random))
                }
            }
        }
        let failures = Self.failures(4_000, seed: 7) { tree(&$0, depth: 0) }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}
