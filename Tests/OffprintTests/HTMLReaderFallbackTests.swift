import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// Pages that hold a whole article where the usual search does not look: inside one `<form>`,
/// in a hidden element a script reveals, or only in the structured data.
@Suite struct HTMLReaderFallbackTests {
    static let paragraphs = (1...4).map { "Paragraph \($0) of the article is long enough to be read as text, with commas, clauses, and a full stop." }
    static var article: String { paragraphs.map { "<p>\($0)</p>" }.joined() }

    static func read(_ html: String) throws -> Article {
        var warnings: [ConversionWarning] = []
        return try Converter().article(from: ReaderInput(data: Data(html.utf8), name: "page.html"), warnings: &warnings)
    }

    static func bodyText(_ article: Article) -> [String] { article.body.map(\.plainText) }

    @Test func aPageWrappedInOneFormKeepsItsArticle() throws {
        let html = "<!DOCTYPE html><html><head><title>Wrapped</title></head><body><form action=\"/page.aspx\" method=\"post\"><nav><a href=\"/\">Home</a></nav><div class=\"story\">\(Self.article)</div></form></body></html>"
        #expect(Self.bodyText(try Self.read(html)) == Self.paragraphs)
    }

    @Test func aSearchFormIsStillLeftOut() throws {
        let html = "<!DOCTYPE html><html><head><title>Page</title></head><body><form><p>Search the site</p><input name=\"q\"></form><div>\(Self.article)</div></body></html>"
        #expect(!Self.bodyText(try Self.read(html)).contains("Search the site"))
    }

    @Test func anArticleStreamedIntoAHiddenElementIsFound() throws {
        let html = "<!DOCTYPE html><html><head><title>Streamed</title></head><body><div id=\"shell\"><p>Loading…</p></div><div hidden id=\"S:0\"><article>\(Self.article)</article></div></body></html>"
        #expect(Self.bodyText(try Self.read(html)) == Self.paragraphs)
    }

    @Test func hiddenFurnitureStaysOutWhenTheArticleIsVisible() throws {
        let html = "<!DOCTYPE html><html><head><title>Visible</title></head><body><div hidden><p>A hidden cookie notice that is long enough to be a paragraph of text, with commas.</p></div><article>\(Self.article)</article></body></html>"
        #expect(Self.bodyText(try Self.read(html)) == Self.paragraphs)
    }

    @Test func anArticleOnlyInStructuredDataIsRead() throws {
        let text = Self.paragraphs.joined(separator: "\n\n")
        let json = try String(decoding: JSONSerialization.data(withJSONObject: ["@type": "NewsArticle", "headline": "Only in JSON-LD", "articleBody": text]), as: UTF8.self)
        let html = "<!DOCTYPE html><html><head><script type=\"application/ld+json\">\(json)</script></head><body><div id=\"app\"></div><script>render()</script></body></html>"
        let article = try Self.read(html)
        #expect(article.title == "Only in JSON-LD")
        #expect(Self.bodyText(article) == Self.paragraphs)
    }

    @Test func aPageWithNoArticleAnywhereIsStillAnError() throws {
        let html = "<!DOCTYPE html><html><head><title>Login</title></head><body><form><p>Sign in</p><input name=\"user\"></form></body></html>"
        #expect(throws: ConversionError.self) { try Self.read(html) }
    }

    @Test(arguments: [
        ("It&#039;s here", "It's here"),
        ("&quot;Quoted&quot; &amp; more", "\"Quoted\" & more"),
        ("Gr&ouml;&szlig;e", "Größe"),
        ("No entities", "No entities"),
    ])
    func characterReferencesInStructuredDataAreDecoded(headline: String, title: String) throws {
        let html = "<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": \"\(headline.replacingOccurrences(of: "\"", with: "\\\""))\"}</script></head><body>\(Self.article)</body></html>"
        #expect(try Self.read(html).title == title)
    }
}
