import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

/// One "everything" article through every writer into golden files a reviewer can read
/// (`Tests/OffprintTests/Golden`), and the seed (right to left) through HTML and EPUB.
@Suite struct WriterGoldenTests {
    static func write(_ writer: any ArticleWriter, _ article: Article) throws -> String {
        String(decoding: try writer.write(article, context: Fixtures.context), as: UTF8.self)
    }

    @Test func plainText() throws {
        try Golden.check(Self.write(PlainTextWriter(), Fixtures.everything), against: "everything.txt")
    }

    @Test func plainTextWrappedAt40Columns() throws {
        let writer = PlainTextWriter(options: .init(lineWidth: 40))
        let text = String(decoding: try writer.write(Fixtures.everything, context: Fixtures.context), as: UTF8.self)
        try Golden.check(text, against: "everything-wrapped-40.txt")
    }

    /// HTML golden files leave the theme's CSS out: they are about the markup.
    static func htmlWithoutCSS(_ article: Article) throws -> String {
        try write(HTMLWriter(), article).replacingOccurrences(of: TemplateSet.builtIn.pageCSS, with: "/* theme CSS */")
    }

    @Test func html() throws {
        try Golden.check(Self.htmlWithoutCSS(Fixtures.everything), against: "everything.html")
    }

    @Test func json() throws {
        try Golden.check(Self.write(JSONWriter(), Fixtures.everything), against: "everything.json")
    }

    /// The note, which the Markdown round-trip tests read back as the same article.
    @Test func markdown() throws {
        try Golden.check(Self.write(MarkdownWriter(), Fixtures.everything), against: "everything.md")
    }

    @Test func epubFiles() async throws {
        let book = try await UnpackedEPUB(EPUBWriter().write(Fixtures.everything, context: Fixtures.context))
        for file in ["EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/cover.xhtml", "EPUB/chapter-1.xhtml"] {
            try Golden.check(book.text(file), against: "everything.epub/\(file)")
        }
    }

    /// Each reader against a printed model: the JSON record of one example per reader.
    @Test(arguments: ["markdown/rainfall-notes.md", "saved-page/مكتبة.html", "english-field-notes.txt"])
    func readerOutput(example: String) throws {
        var warnings: [ConversionWarning] = []
        let url = Paths.examples.appending(path: example)
        let article = try Converter().article(from: ReaderInput(data: Data(contentsOf: url), name: example, fileURL: url), warnings: &warnings)
        var record = JSONWriter.record(article, pretty: true)
        // Image bytes are the example's file; the golden shows their size, not their base64.
        for resource in article.resources {
            if let data = resource.data { record = record.replacingOccurrences(of: data.base64EncodedString(), with: "<\(data.count) bytes>") }
        }
        try Golden.check(record, against: "readers/" + (example as NSString).lastPathComponent + ".json")
    }

    @Test func seedHTMLAndEPUBChapter() async throws {
        let seed = try Fixtures.seedArticle()
        try Golden.check(Self.htmlWithoutCSS(seed), against: "seed.html")
        let book = try await UnpackedEPUB(EPUBWriter().write(seed, context: Fixtures.context))
        try Golden.check(book.text("EPUB/chapter-1.xhtml"), against: "seed.epub/EPUB/chapter-1.xhtml")
        try Golden.check(book.text("EPUB/package.opf"), against: "seed.epub/EPUB/package.opf")
    }
}
