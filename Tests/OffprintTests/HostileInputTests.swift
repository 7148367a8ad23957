import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

/// Small crafted inputs that once crashed or hung a batch: each class has its test, and every
/// article read is run through every writer (what a batch would do with it).
@Suite struct HostileInputTests {
    static let paragraph = "This paragraph is long enough to be article text, with commas, clauses, and a full stop at the end."

    /// Reads `text` as the named file with the reader its name selects, then writes every format.
    @discardableResult
    static func convert(_ text: String, name: String) throws -> (Article, [ConversionWarning], [String: Data]) {
        var warnings: [ConversionWarning] = []
        let converter = Converter()
        let article = try converter.article(from: ReaderInput(data: Data(text.utf8), name: name), warnings: &warnings)
        var outputs: [String: Data] = [:]
        for writer in converter.registry.writers {
            outputs[writer.format] = try converter.output(article, writer: writer)
        }
        return (article, warnings, outputs)
    }

    static func text(_ outputs: [String: Data], _ format: String) -> String {
        String(decoding: outputs[format] ?? Data(), as: UTF8.self)
    }

    /// The deepest nesting of containers in a body, counted as `ModelLimits` counts it.
    static func depth(_ blocks: [Block]) -> Int {
        blocks.map { block in
            switch block.kind {
            case .paragraph(let inlines), .heading(_, let inlines): return depth(inlines)
            case .quote(let children): return 1 + depth(children)
            case .list(_, _, let items): return 1 + (items.map(depth).max() ?? 0)
            case .table(let table): return 1 + ((table.header + table.rows.joined()).map(depth).max() ?? 0)
            case .figure(_, _, let caption): return depth(caption)
            case .code, .rule: return 0
            }
        }.max() ?? 0
    }

    static func depth(_ inlines: [Inline]) -> Int {
        inlines.map { inline in
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, let children): return 1 + depth(children)
            case .text, .code, .lineBreak: return 0
            }
        }.max() ?? 0
    }

    // MARK: Integer overflow

    @Test func listStartsNearIntMaxAreBoundedAtReadTimeWithAWarning() throws {
        let html = "<!DOCTYPE html><html lang=\"en\"><body><p>\(Self.paragraph)</p><p>\(Self.paragraph)</p><p>\(Self.paragraph)</p><ol start=\"9223372036854775807\"><li>alpha</li><li>beta</li></ol></body></html>"
        let json = #"{"schemaVersion": 1, "id": "x", "title": "T", "body": [{"type": "list", "ordered": true, "start": 9223372036854775807, "items": [[{"type": "paragraph", "content": ["alpha"]}], [{"type": "paragraph", "content": ["beta"]}]]}]}"#
        let negative = json.replacingOccurrences(of: "9223372036854775807", with: "-9223372036854775808")
        for (text, name, expected) in [(html, "page.html", 999_999_999), (json, "record.json", 999_999_999), (negative, "low.json", 0)] {
            let (article, warnings, outputs) = try Self.convert(text, name: name)
            let start = article.body.compactMap { block -> Int? in
                if case .list(true, let start, _) = block.kind { return start }
                return nil
            }.first
            #expect(start == expected, "\(name)")
            #expect(warnings.contains { $0.message.contains("an ordered list starting at") }, "\(name): \(warnings)")
            #expect(Self.text(outputs, "txt").contains("\(expected + 1). beta"), "\(name)")
        }
    }

    @Test func writersDoNotTrapOnAModelBuiltByHandWithExtremeNumbers() throws {
        var article = Article(id: "x", title: "T", source: ArticleSource(path: "x"))
        article.body = [
            Block(.list(ordered: true, start: Int.max, items: [[.paragraph("alpha")], [.paragraph("beta")]])),
            .heading(Int.max, [.text("High")]),
            .heading(Int.min, [.text("Low")]),
        ]
        for writer in FormatRegistry.standard.writers {
            _ = try writer.write(article, context: .default)
        }
        let text = String(decoding: try PlainTextWriter().write(article, context: .default), as: UTF8.self)
        #expect(text.contains("\(Int.max). alpha") && text.contains("\(Int.max). beta"))
    }

    // MARK: Deep nesting

    @Test func markdownNestedTensOfThousandsDeepIsKeptAsTextWithAWarning() throws {
        let samples = [
            String(repeating: ">", count: 30_000) + " quoted",
            String(repeating: "- ", count: 10_000) + "listed",
            String(repeating: "*", count: 30_000) + "emphasised" + String(repeating: "*", count: 30_000),
            String(repeating: "~~a ", count: 10_000) + "struck" + String(repeating: " b~~", count: 10_000),
            String(repeating: "1. ", count: 10_000) + "numbered",
        ]
        for (sample, word) in zip(samples, ["quoted", "listed", "emphasised", "struck", "numbered"]) {
            let (article, warnings, outputs) = try Self.convert("# Deep\n\n" + sample + "\n", name: "deep.md")
            #expect(Self.depth(article.body) <= ModelLimits.maximumDepth, "\(word)")
            #expect(warnings.contains { $0.message.contains("nested deeper than \(ModelLimits.maximumDepth) levels was kept as plain text") }, "\(word): \(warnings)")
            for format in ["txt", "html", "json"] {
                #expect(Self.text(outputs, format).contains(word), "\(word) missing from \(format)")
            }
        }
    }

    /// cmark-gfm needs about 200 bytes a node: text that opens a node every few bytes is refused
    /// before parsing, with one error, rather than taking gigabytes; long prose is not.
    @Test func markdownTooDenseToParseInBoundedMemoryIsOneError() throws {
        let dense = String(repeating: "a\n\n", count: MarkdownReader.maximumElements / 2 + 1)
        #expect(throws: ConversionError.self) { try Self.convert(dense, name: "dense.md") }
        do {
            _ = try Self.convert(dense, name: "dense.md")
        } catch let error as ConversionError {
            #expect(error.description.contains("over the \(MarkdownReader.maximumElements) that can be read in bounded memory"), "\(error)")
        }
        // Emphasis around links in one paragraph: the parser's time grows faster than their count.
        let marked = "# Marks\n\n" + String(repeating: "*[a](b)* ", count: MarkdownReader.maximumInlineMarksInParagraph / 4 + 1)
        do {
            _ = try Self.convert(marked, name: "marks.md")
            Issue.record("a paragraph of \(MarkdownReader.maximumInlineMarksInParagraph) marks was parsed")
        } catch let error as ConversionError {
            #expect(error.description.contains("emphasis and link marks"), "\(error)")
        }
        // The same marks spread over paragraphs are read.
        let spread = "# Spread\n\n" + String(repeating: String(repeating: "*[a](b)* ", count: 50) + "\n\n", count: 40)
        #expect(try Self.convert(spread, name: "spread.md").0.body.count == 40)
        let prose = String(repeating: Self.paragraph + "\n\n", count: 20_000)
        #expect(MarkdownReader.possibleElements(in: Substring(prose)) < MarkdownReader.maximumElements / 10)
        #expect(try Self.convert("# Long\n\n" + prose, name: "long.md").0.body.count == 20_000)
    }

    /// Reading costs time per element: a page of nothing but tiny elements is refused before
    /// parsing with one error; a long page of real size is read, its inline runs merged once.
    @Test func htmlTooDenseToReadInBoundedTimeIsOneError() throws {
        let dense = "<!DOCTYPE html><html lang=\"en\"><body>" + String(repeating: "<p>a</p>", count: HTMLReader.maximumElements) + "</body></html>"
        do {
            _ = try Self.convert(dense, name: "dense.html")
            Issue.record("a page of \(HTMLReader.maximumElements) paragraphs was read")
        } catch let error as ConversionError {
            #expect(error.description.contains("over the \(HTMLReader.maximumElements) that can be read in bounded time and memory"), "\(error)")
        }
        let spans = (0..<20_000).map { "<span>w\($0)</span> " }.joined()
        let page = "<!DOCTYPE html><html lang=\"en\"><body><article><h1>Spans</h1><p>  <b> </b>\(spans)</p></article></body></html>"
        let (article, _, _) = try Self.convert(page, name: "spans.html")
        guard case .paragraph(let inlines)? = article.body.first?.kind else {
            Issue.record("no paragraph: \(article.body)")
            return
        }
        #expect(inlines.count == 1)
        #expect(inlines.plainText == (0..<20_000).map { "w\($0)" }.joined(separator: " "))
    }

    @Test func htmlListsKeepTheirInnermostTextAndStrayParagraphs() throws {
        let deep = String(repeating: "<ul><li>", count: 79) + "innermost words" + String(repeating: "</li></ul>", count: 79)
        let html = "<!DOCTYPE html><html lang=\"en\"><body><article><p>\(Self.paragraph)</p>\(deep)<ul><p>a paragraph straight in a list</p><li>an item</li></ul></article></body></html>"
        let (article, warnings, outputs) = try Self.convert(html, name: "page.html")
        #expect(Self.depth(article.body) <= ModelLimits.maximumDepth)
        #expect(warnings.contains { $0.message.contains("kept as plain text") })
        for format in ["txt", "html", "json"] {
            #expect(Self.text(outputs, format).contains("innermost words"), "\(format)")
            #expect(Self.text(outputs, format).contains("a paragraph straight in a list"), "\(format)")
        }
    }

    @Test func deepJSONRecordsAreBoundedAndOurOwnJSONReadsBack() throws {
        let depth = 150
        let quotes = String(repeating: #"{"type": "quote", "blocks": ["#, count: depth) + #"{"type": "paragraph", "content": ["bottom"]}"# + String(repeating: "]}", count: depth)
        let emphasis = String(repeating: #"{"type": "emphasis", "content": ["#, count: depth) + #""inner""# + String(repeating: "]}", count: depth)
        let record = #"{"schemaVersion": 1, "id": "x", "title": "T", "body": ["# + quotes + #", {"type": "paragraph", "content": ["# + emphasis + "]}]}"
        let (article, warnings, outputs) = try Self.convert(record, name: "deep.json")
        #expect(Self.depth(article.body) <= ModelLimits.maximumDepth)
        #expect(warnings.contains { $0.message.contains("kept as plain text (2 places)") })
        #expect(Self.text(outputs, "txt").contains("bottom") && Self.text(outputs, "txt").contains("inner"))
        // What we wrote reads back to the same article.
        var again: [ConversionWarning] = []
        let reread = try JSONArticleReader().read(ReaderInput(data: outputs["json"]!, name: "again.json"), warnings: &again)
        #expect(reread.body == article.body)
        #expect(again.isEmpty)
    }

    // MARK: YAML aliases

    @Test func frontMatterAliasBombsFailFastNamingTheLine() throws {
        var bomb = "---\ntitle: t\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            bomb += "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        let keyBomb = bomb + "? *i\n: x\n---\n\nText.\n"
        bomb += "---\n\nText.\n"
        #expect(bomb.utf8.count < 1_000)
        let clock = ContinuousClock()
        let started = clock.now
        #expect(throws: ConversionError.self) { try Self.convert(bomb, name: "bomb.md") }
        do {
            try Self.convert(bomb, name: "bomb.md")
        } catch {
            #expect("\(error)".contains("front matter: line 7: 'e' expands (through aliases) to more than"), "\(error)")
        }
        do {
            try Self.convert(keyBomb, name: "keys.md")
            Issue.record("an alias used as a key was read")
        } catch {
            #expect("\(error)".contains("front matter: line 12: an alias (*i) used as a key is not supported"), "\(error)")
        }
        #expect(clock.now - started < .seconds(5))
        // Aliases within reason still work.
        let (article, _, _) = try Self.convert("---\nauthor: &who Ada\neditor: *who\ntags: &t [a, b]\nlabels: *t\n---\n\nText.\n", name: "fine.md")
        #expect(article.authors == ["Ada"] && article.extra["editor"] == "Ada" && article.extra["labels"] == "a, b")
    }

    // MARK: JSON size

    @Test func jsonGrowsInProportionToTheInputHoweverDeepAndReadsBack() throws {
        // 200 quotes 60 deep and 200 emphases 60 deep: 40 KB of Markdown.
        let quotes = String(repeating: String(repeating: "> ", count: 60) + "deep words\n\n", count: 200)
        let emphasis = String(repeating: String(repeating: "*", count: 60) + "x" + String(repeating: "*", count: 60) + "\n\n", count: 200)
        let markdown = "# Deep\n\n" + quotes + emphasis
        let (article, _, outputs) = try Self.convert(markdown, name: "deep.md")
        let json = try #require(outputs["json"])
        // Indenting every level made this 15 MB (and 224 MB from 24 KB of deeper Markdown).
        #expect(json.count < 40 * markdown.utf8.count, "\(json.count) bytes of JSON from \(markdown.utf8.count) of Markdown")
        let longestLine = String(decoding: json, as: UTF8.self).components(separatedBy: "\n").map { $0.prefix(while: { $0 == " " }).count }.max() ?? 0
        #expect(longestLine <= 2 * JSONOutput.prettyDepth)
        var warnings: [ConversionWarning] = []
        let reread = try JSONArticleReader().read(ReaderInput(data: json, name: "deep.json"), warnings: &warnings)
        #expect(reread.body == article.body)
        let jsonl = try #require(outputs["jsonl"])
        #expect(!jsonl.dropLast().contains(0x0A))
        #expect(try JSONLinesReader().read(ReaderInput(data: jsonl, name: "deep.jsonl"), warnings: &warnings).body == article.body)
    }

    // MARK: Tables

    @Test func tablesThatWouldPadToMillionsOfCellsAreReadAsText() throws {
        // 3,000 header columns over 1,000 one-cell rows: 14 KB that cmark-gfm pads to 3 million cells.
        let wide = "# Wide\n\n" + String(repeating: "|a", count: 3_000) + "|\n" + String(repeating: "|-", count: 3_000) + "|\n"
            + String(repeating: "x\n", count: 1_000)
        let clock = ContinuousClock()
        let started = clock.now
        let (article, warnings, _) = try Self.convert(wide, name: "wide.md")
        #expect(clock.now - started < .seconds(10))
        #expect(!article.body.contains { if case .table = $0.kind { return true } else { return false } })
        #expect(warnings.contains { $0.message.contains("tables were read as text") })
        #expect(article.body.map(\.plainText).joined().contains("|a|a|a"))
        // Windows line ends are one line end each, not a blank line that would end the table.
        let (crlf, crlfWarnings, _) = try Self.convert(wide.replacingOccurrences(of: "\n", with: "\r\n"), name: "wide-crlf.md")
        #expect(!crlf.body.contains { if case .table = $0.kind { return true } else { return false } })
        #expect(crlfWarnings.contains { $0.message.contains("tables were read as text") })
        // A real table is still a table.
        let real = "# Real\n\n| name | value |\n|:-----|------:|\n| one | 1 |\n| two | 2 |\n"
        let (table, quiet, outputs) = try Self.convert(real, name: "real.md")
        #expect(table.body.contains { if case .table(let t) = $0.kind { return t.rows.count == 2 && t.columnCount == 2 } else { return false } })
        #expect(quiet.isEmpty)
        #expect(Self.text(outputs, "txt").contains("two  |     2"))
    }

    @Test func raggedTablesFromAnyReaderAreBoundedBeforeWritersPadThem() throws {
        // A JSON table of 2,000 header cells over 1,000 one-cell rows: the plain text writer
        // pads every row to the widest, 2 million cells from 20 KB.
        let header = Array(repeating: #"["h"]"#, count: 2_000).joined(separator: ",")
        let rows = Array(repeating: #"[["r"]]"#, count: 1_000).joined(separator: ",")
        let record = #"{"schemaVersion": 1, "id": "x", "title": "T", "body": [{"type": "table", "table": {"header": [\#(header)], "rows": [\#(rows)], "alignments": []}}]}"#
        let clock = ContinuousClock()
        let started = clock.now
        let (article, warnings, outputs) = try Self.convert(record, name: "ragged.json")
        #expect(clock.now - started < .seconds(10))
        #expect(article.body.count == 1_001)
        #expect(!article.body.contains { if case .table = $0.kind { return true } else { return false } })
        #expect(warnings.contains { $0.message.contains("a table of more than 500000 cells") })
        #expect(Self.text(outputs, "txt").contains("h\th\th"))
        #expect(outputs["txt"]!.count < 100_000)
    }

    @Test func longParagraphsCostLinearTime() throws {
        // Merging each soft break into a growing copy of the text was quadratic: minutes here.
        let lines = String(repeating: "word\n", count: 200_000)
        let clock = ContinuousClock()
        let started = clock.now
        let (article, _, _) = try Self.convert("# Long\n\n" + lines, name: "long.md")
        let (page, _, _) = try Self.convert("<!DOCTYPE html><html><body><p>" + String(repeating: "word <!-- c --> ", count: 100_000) + "</p></body></html>", name: "long.html")
        #expect(clock.now - started < .seconds(20))
        #expect(article.body.first?.plainText.count == 200_000 * 5 - 1)
        #expect(page.body.first?.plainText.hasPrefix("word word word") == true)
    }
}
