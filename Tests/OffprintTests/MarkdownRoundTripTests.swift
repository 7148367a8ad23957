import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

/// Offprint JSON → Markdown → the Markdown reader → the same article, for the "everything"
/// article, the reader golden records and the sample corpus. What a note cannot hold is said
/// once, in `expectedAfterRoundTrip`: the id and path come from the note's file, an unsafe
/// link is only its text, and images are read back from beside the note.
@Suite struct MarkdownRoundTripTests {
    /// The article as the Markdown reader (and the cleanup passes) make it of its note.
    static func roundTrip(_ article: Article, images: ImagePolicy = .embed) throws -> (note: String, article: Article) {
        let folder = try TemporaryDirectory("md-round-trip")
        let output = try MarkdownWriter(options: .init(images: images)).output(article, baseName: "note", context: Fixtures.context)
        for companion in output.companions { try folder.write(companion.path, data: companion.data) }
        let path = try folder.write("note.md", data: output.data)
        var warnings: [ConversionWarning] = []
        let read = try Converter().article(from: ReaderInput(data: output.data, name: "note.md", fileURL: URL(fileURLWithPath: path)), warnings: &warnings)
        return (String(decoding: output.data, as: UTF8.self), read)
    }

    /// What the round trip should give: the article as the cleanup passes leave it, named after
    /// the note, with unsafe links as text.
    static func expectedAfterRoundTrip(_ article: Article) -> Article {
        var expected = article
        var warnings: [ConversionWarning] = []
        CleanupPipeline.standard.apply(to: &expected, warnings: &warnings)
        expected.id = expected.source.url ?? "note.md"
        expected.source.path = "note.md"
        expected.body = expected.body.map(withoutUnsafeLinks)
        return expected
    }

    /// The block with every unsafe link replaced by its text (the fixtures are shallow).
    static func withoutUnsafeLinks(_ block: Block) -> Block {
        var block = block
        func inlines(_ content: [Inline]) -> [Inline] {
            merged(content.flatMap { inline -> [Inline] in
                switch inline {
                case .link(let url, let children): return MarkdownLinks.target(url) == nil ? inlines(children) : [.link(url: url, inlines(children))]
                case .emphasis(let children): return [.emphasis(inlines(children))]
                case .strong(let children): return [.strong(inlines(children))]
                case .strikethrough(let children): return [.strikethrough(inlines(children))]
                case .text, .code, .lineBreak: return [inline]
                }
            })
        }
        switch block.kind {
        case .paragraph(let content): block.kind = .paragraph(inlines(content))
        case .heading(let level, let content): block.kind = .heading(level: level, inlines(content))
        case .quote(let children): block.kind = .quote(children.map(withoutUnsafeLinks))
        case .list(let ordered, let start, let items): block.kind = .list(ordered: ordered, start: start, items: items.map { $0.map(withoutUnsafeLinks) })
        case .figure(let image, let alt, let caption): block.kind = .figure(image: image, alt: alt, caption: inlines(caption))
        case .table(var table):
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            block.kind = .table(table)
        case .code, .rule: break
        }
        return block
    }

    static func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let text) = inline, case .text(let before)? = result.last {
                result[result.count - 1] = .text(before + text)
            } else if inline != .text("") {
                result.append(inline)
            }
        }
        return result
    }

    /// Compares two articles by their JSON records, naming the first line that differs.
    static func expectSame(_ actual: Article, _ expected: Article, _ label: String, note: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actualRecord = JSONWriter.record(actual, pretty: true), expectedRecord = JSONWriter.record(expected, pretty: true)
        guard actualRecord != expectedRecord else { return }
        let actualLines = actualRecord.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expectedRecord.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
        Issue.record("""
            \(label): the round trip differs at line \(first + 1) of the record:
              expected: \(first < expectedLines.count ? expectedLines[first] : "<end>")
              actual:   \(first < actualLines.count ? actualLines[first] : "<end>")
            the note:
            \(note)
            """, sourceLocation: sourceLocation)
    }

    @Test func everythingArticleComesBackTheSame() throws {
        let (note, article) = try Self.roundTrip(Fixtures.everything)
        Self.expectSame(article, Self.expectedAfterRoundTrip(Fixtures.everything), "everything", note: note)
    }

    /// The examples whose records are the readers' golden files (a text file, a Markdown note
    /// with an image, a saved page with an image), as Offprint JSON.
    @Test(arguments: ["markdown/rainfall-notes.md", "saved-page/مكتبة.html", "english-field-notes.txt"])
    func readerExamplesComeBackTheSame(name: String) throws {
        var warnings: [ConversionWarning] = []
        let url = Paths.examples.appending(path: name)
        let read = try Converter().article(from: ReaderInput(data: Data(contentsOf: url), name: name, fileURL: url), warnings: &warnings)
        let original = try JSONArticleReader().read(ReaderInput(data: JSONWriter().write(read, context: Fixtures.context), name: "record.json"), warnings: &warnings)
        var (note, article) = try Self.roundTrip(original)
        var expected = Self.expectedAfterRoundTrip(original)
        // Images come back from beside the note, under their new names, with the same bytes.
        #expect(article.resources.map(\.data) == expected.resources.filter { $0.data != nil }.map(\.data), "\(name)")
        (article.resources, expected.resources) = ([], [])
        article.body = Self.figuresWithoutImages(article.body)
        expected.body = Self.figuresWithoutImages(expected.body)
        Self.expectSame(article, expected, name, note: note)
    }

    static func figuresWithoutImages(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            var block = block
            switch block.kind {
            case .figure(_, let alt, let caption): block.kind = .figure(image: "", alt: alt, caption: caption)
            case .quote(let children): block.kind = .quote(figuresWithoutImages(children))
            case .list(let ordered, let start, let items): block.kind = .list(ordered: ordered, start: start, items: items.map(figuresWithoutImages))
            default: break
            }
            return block
        }
    }

    /// Blocks inside blocks, where a note's lines take their containers' prefixes.
    @Test func nestedBlocksComeBackTheSame() throws {
        let code = Block(.code("first\n\n    indented after a blank line\n> not a quote", language: "text"))
        let table = Block(.table(Table(header: [[.text("a")], [.text("b")]], rows: [[[.text("1")], [.code("x|y")]]], alignments: [.end, .none])))
        let figure = Block(.figure(image: "https://example.org/i.png", alt: "alt", caption: [.text("cap "), .strong([.text("bold")])]))
        let article = Article(id: "https://example.org/n", title: "Nested", source: ArticleSource(url: "https://example.org/n"), language: "en", direction: .leftToRight, body: [
            Block(.quote([.paragraph("quoted"), Block(.list(ordered: true, start: 0, items: [[.paragraph("zero"), code], [table]])), figure, Block(.quote([.heading(3, [.text("deeper")])]))])),
            Block(.list(ordered: false, start: 1, items: [[.paragraph("a"), Block(.list(ordered: false, start: 1, items: [[.paragraph("b"), Block(.rule)]]))], [Block(.quote([.paragraph("in a list")]))]])),
            Block(.list(ordered: false, start: 1, items: [[.paragraph("a list right after another")]])),
            Block(.list(ordered: true, start: 999_999_999, items: [[.paragraph("the largest start")], [.paragraph("and one more")]])),
        ])
        let (note, read) = try Self.roundTrip(article)
        Self.expectSame(read, Self.expectedAfterRoundTrip(article), "nested", note: note)
    }

    /// Every page of the sample corpus, read as the HTML and text readers read it.
    @Test(.tags(.corpus), arguments: ["html", "text"])
    func corpusSamplesComeBackTheSame(folder: String) throws {
        let directory = Paths.packageRoot.appending(path: "Tests/Fixtures/corpus/" + folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            var warnings: [ConversionWarning] = []
            let url = directory.appending(path: name)
            let original = try Converter().article(from: ReaderInput(data: Data(contentsOf: url), name: name, fileURL: url), warnings: &warnings)
            let (note, article) = try Self.roundTrip(original)
            Self.expectSame(article, Self.expectedAfterRoundTrip(original), name, note: note)
        }
    }
}
