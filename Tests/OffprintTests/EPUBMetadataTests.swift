import Foundation
import Testing
import TestSupport
@testable import OffprintCore
@testable import OffprintWriters

/// An anthology's creators and contributors, and how often a book shows its title.
@Suite struct EPUBMetadataTests {
    static func chapter(_ title: String, authors: [String], language: String, site: String? = nil) -> EPUBChapter {
        let article = Article(id: title, title: title, authors: authors, source: ArticleSource(siteName: site), language: language,
                              body: [.paragraph("Some text for the chapter.")])
        return EPUBChapter(article: article, fileName: "", imageFolder: "x", options: EPUBWriter.Options())
    }

    static let chapters = [
        chapter("One", authors: ["Lina Haddad", "Editorial"], language: "en", site: "Example Notes"),
        chapter("اثنان", authors: ["سلمى الخطيب", "@archivist", "2024"], language: "ar", site: "مدونة الأرشيف"),
        chapter("Three", authors: ["Lina Haddad", "https://example.org/me"], language: "en", site: "Example Notes"),
    ]

    @Test func withoutAuthorTheBookIsByItsArticlesAuthors() {
        let book = EPUBBook(anthology: Self.chapters, options: EPUBWriter.Options(), context: WritingContext())
        #expect(book.authors == [EPUBPerson(name: "Lina Haddad", language: nil), EPUBPerson(name: "سلمى الخطيب", language: "ar")])
        #expect(book.contributors.isEmpty)
        let package = EPUBPackageDocument.xml(book)
        #expect(package.contains("<dc:creator id=\"creator-1\">Lina Haddad</dc:creator>"))
        #expect(package.contains("<dc:creator id=\"creator-2\" xml:lang=\"ar\">سلمى الخطيب</dc:creator>"))
        for notAName in ["Editorial", "@archivist", "2024", "https://example.org/me"] { #expect(!package.contains(notAName + "<")) }
    }

    @Test func withAuthorTheArticlesAuthorsContributeInTheirLanguage() {
        let book = EPUBBook(anthology: Self.chapters, options: EPUBWriter.Options(authors: ["Me"]), context: WritingContext())
        let package = EPUBPackageDocument.xml(book)
        #expect(package.contains("<dc:creator id=\"creator-1\">Me</dc:creator>\n<dc:contributor>Lina Haddad</dc:contributor>\n<dc:contributor xml:lang=\"ar\">سلمى الخطيب</dc:contributor>\n"))
    }

    @Test func manyAuthorsGiveWayToTheirFewSites() {
        let many = (1...8).map { Self.chapter("Article \($0)", authors: ["Author Number \($0)"], language: "en", site: $0.isMultiple(of: 2) ? "Even Site" : "Odd Site") }
        let book = EPUBBook(anthology: many, options: EPUBWriter.Options(), context: WritingContext())
        #expect(book.authors.map(\.name) == ["Odd Site", "Even Site"])
        #expect(book.contributors.count == 8)
    }

    @Test func bylinesThatAreNotNames() {
        for value in ["Editorial", "editorial", "@someone", "1234", "  ", "https://example.org", "www.example.org", "me@example.org", "التحرير", "—"] {
            #expect(!EPUBPerson.isName(value), "\(value)")
        }
        for value in ["Lina Haddad", "سلمى الخطيب", "林晓", "The Example Review", "Editorial Board of Example"] {
            #expect(EPUBPerson.isName(value), "\(value)")
        }
    }

    @Test func aOneArticleBookShowsItsTitleTwice() async throws {
        let book = try await UnpackedEPUB(EPUBWriter().write(Fixtures.everything, context: Fixtures.context))
        let title = "Everything &lt;in&gt; one &amp; &quot;article&quot;"
        let shown = try ["EPUB/cover.xhtml", "EPUB/chapter-1.xhtml"].map { try book.text($0) }.filter { $0.contains("<h1") && $0.contains(title) }
        #expect(shown.count == 2)
        #expect(throws: (any Error).self) { try book.text("EPUB/title.xhtml") }
    }
}
