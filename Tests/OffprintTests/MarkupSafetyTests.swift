import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintWriters

/// Article text is never markup, whatever the input held.
@Suite struct MarkupSafetyTests {
    static let hostile = Article(
        id: "x", title: "<script>alert('t')</script>", language: "en", direction: .leftToRight,
        body: [.paragraph([.text("<img src=x onerror=alert(1)> & \u{1}bell\u{7F}\u{FFFE}"),
                           .link(url: "javascript:alert(1)", [.text("click")]),
                           .link(url: "https://example.org/a b\"c", [.text("ok")]),
                           // Relative targets the reader could not resolve: text in pages, never a link out of the book.
                           .link(url: "/about/team", [.text("team")]), .link(url: "other.html", [.text("other")]),
                           .link(url: "#notes", [.text("notes")]), .link(url: "//example.org/x", [.text("scheme-relative")])])],
        related: [Link(title: "Sibling", url: "../sibling.html")])

    @Test func htmlEscapesTextAndDropsUnsafeLinksAndForbiddenCharacters() throws {
        let html = String(decoding: try HTMLWriter().write(Self.hostile, context: Fixtures.context), as: UTF8.self)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; bell"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<a href=\"https://example.org/a%20b%22c\">ok</a>"))
        #expect(html.contains("</a>teamothernotes<a href=\"https://example.org/x\">scheme-relative</a>"))
        #expect(!html.contains("about/team\"") && !html.contains("other.html") && !html.contains("sibling.html"))
        #expect(!html.unicodeScalars.contains { $0.value == 1 || $0.value == 0x7F || $0.value == 0xFFFE })
    }

    @Test func jsonKeepsTheCharactersXMLForbids() throws {
        let json = String(decoding: try JSONWriter().write(Self.hostile, context: Fixtures.context), as: UTF8.self)
        #expect(json.contains("\\u0001bell\u{7F}\u{FFFE}"))
    }

    @Test func readingWarnsAboutForbiddenCharacters() throws {
        let (_, warnings) = try Fixtures.read("Title: Bell\n\nA paragraph with a bell \u{7} character in it, long enough to count.")
        #expect(warnings.map(\.message) == ["1 control character(s) that XML 1.0 forbids: kept in JSON and text, dropped from HTML and EPUB"])
    }

    @Test func epubPagesStayWellFormed() async throws {
        let book = try await UnpackedEPUB(EPUBWriter().write(Self.hostile, context: Fixtures.context))
        for file in ["EPUB/chapter-1.xhtml", "EPUB/nav.xhtml", "EPUB/cover.xhtml", "EPUB/toc.ncx", "EPUB/package.opf"] {
            #expect(throws: Never.self) { _ = try UnpackedEPUB.parseXML(book.text(file)) }
        }
    }
}
