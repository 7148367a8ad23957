import Foundation
import FoundationXML
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

@Suite struct EPUBStructureTests {
    static func epub(_ article: Article, context: WritingContext = Fixtures.context) throws -> Data {
        try EPUBWriter().write(article, context: context)
    }

    @Test func mimetypeComesFirstStoredWithoutExtraField() throws {
        let headers = ZipEntryHeader.headers(in: [UInt8](try Self.epub(Fixtures.everything)))
        let first = try #require(headers.first)
        #expect(first.name == "mimetype")
        #expect(first.method == 0)
        #expect(first.extraLength == 0)
        #expect(headers.map(\.name) == ["mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx",
                                        "EPUB/style.css", "EPUB/cover.xhtml", "EPUB/chapter-1.xhtml"])
        // Every entry carries the fixed time stamp 1980-01-01 00:00.
        #expect(headers.allSatisfy { $0.dosDate == 0x21 && $0.dosTime == 0 })
    }

    @Test func sameArticleGivesIdenticalBytes() throws {
        let seed = try Fixtures.seedArticle()
        #expect(try Self.epub(seed) == Self.epub(seed))
        #expect(try Self.epub(Fixtures.everything) == Self.epub(Fixtures.everything))
    }

    @Test func everyXMLFileParsesAndEveryPageCarriesLangAndDir() async throws {
        let seed = try Fixtures.seedArticle()
        let book = try await UnpackedEPUB(Self.epub(seed))
        for file in try book.files() where file.hasSuffix(".xhtml") || file.hasSuffix(".opf") || file.hasSuffix(".ncx") || file.hasSuffix(".xml") {
            let document = try XMLDocument(xmlString: book.text(file))
            if file.hasSuffix(".xhtml") {
                let root = try #require(document.rootElement())
                // (FoundationXML's attribute(forName:) misses attributes of namespaced elements.)
                let attributes = Dictionary((root.attributes ?? []).map { ($0.name ?? "", $0.stringValue ?? "") }, uniquingKeysWith: { a, _ in a })
                #expect(attributes["lang"] == "ar", "\(file)")
                #expect(attributes["xml:lang"] == "ar", "\(file)")
                #expect(attributes["dir"] == "rtl", "\(file)")
            }
        }
        let package = try book.text("EPUB/package.opf")
        #expect(package.contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"))
        #expect(package.contains("<dc:language>ar</dc:language>"))
        #expect(package.contains("<dc:identifier id=\"book-id\">urn:uuid:04b930ec-4558-5a6b-9877-8292ad70da29</dc:identifier>"))
        let css = try book.text("EPUB/style.css")
        #expect(css.range(of: #"(^|[;{\s])direction\s*:"#, options: .regularExpression) == nil)
    }

    @Test func leftToRightBooksHaveNoProgressionDirection() async throws {
        let book = try await UnpackedEPUB(Self.epub(Fixtures.everything))
        #expect(try book.text("EPUB/package.opf").contains("<spine toc=\"ncx\">"))
    }

    @Test func modifiedComesFromTheArticleThenSourceDateEpochNeverTheClock() async throws {
        var article = Fixtures.everything
        #expect(try await UnpackedEPUB(Self.epub(article)).text("EPUB/package.opf").contains("<meta property=\"dcterms:modified\">2024-05-07T00:00:00Z</meta>"))
        article.modified = nil
        article.published = nil
        #expect(try await UnpackedEPUB(Self.epub(article)).text("EPUB/package.opf").contains("<meta property=\"dcterms:modified\">1980-01-01T00:00:00Z</meta>"))
        let pinned = WritingContext.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(try await UnpackedEPUB(Self.epub(article, context: pinned)).text("EPUB/package.opf").contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"))
    }

    @Test func bookMetadataComesFromTheArticle() async throws {
        var warnings: [ConversionWarning] = []
        let url = Paths.examples.appending(path: "with-header-lines.txt")
        var article = try Converter().article(from: ReaderInput(data: Data(contentsOf: url), name: "with-header-lines.txt"), warnings: &warnings)
        article.categories = ["Essays"]
        article.source.siteName = "Example Essays"
        let package = try await UnpackedEPUB(Self.epub(article)).text("EPUB/package.opf")
        for line in [
            "<dc:creator id=\"creator-1\">Sam Rivera</dc:creator>", "<dc:creator id=\"creator-2\">Noor Haddad</dc:creator>",
            "<dc:date>2023-11-02</dc:date>", "<dc:source>https://example.org/essays/paper-copies</dc:source>",
            "<dc:publisher>Example Essays</dc:publisher>", "<dc:subject>Essays</dc:subject>", "<dc:language>en-GB</dc:language>",
            "<meta property=\"dcterms:modified\">2023-11-02T00:00:00Z</meta>",
            "<meta property=\"schema:accessMode\">textual</meta>", "<meta property=\"schema:accessModeSufficient\">textual</meta>",
            "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>", "<meta property=\"schema:accessibilityHazard\">none</meta>",
        ] {
            #expect(package.contains(line), "\(line)")
        }
        #expect(package.contains("<meta property=\"schema:accessibilitySummary\" xml:lang=\"en\">"))
    }

    @Test func entriesAreBuiltWithoutTouchingLibzip() throws {
        let book = EPUBBook(article: Fixtures.everything, options: EPUBWriter.Options(), context: Fixtures.context)
        let entries = EPUBWriter.entries(for: book, templates: .builtIn)
        #expect(entries.first == EPUBEntry("mimetype", text: "application/epub+zip", isCompressed: false))
        #expect(entries.map(\.path).contains("EPUB/cover.xhtml"))
        // Only files worth a compressor are deflated; mimetype never is.
        for entry in entries {
            #expect(entry.isCompressed == (entry.path != "mimetype" && entry.bytes.count >= EPUBEntry.smallestCompressed), "\(entry.path)")
        }
        let seedBook = EPUBBook(article: try Fixtures.seedArticle(), options: EPUBWriter.Options(), context: Fixtures.context)
        #expect(EPUBWriter.entries(for: seedBook, templates: .builtIn).contains { $0.path == "EPUB/chapter-1.xhtml" && $0.isCompressed })
    }
}
