import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintPlatform
@testable import OffprintReaders

@Suite struct HTMLReaderTests {
    static let paragraph = "This paragraph is long enough to be article text, with commas, clauses, and a full stop at the end."

    static func read(_ html: String, name: String = "page.html", folder: URL? = nil, encoding: String? = nil) throws -> (Article, [ConversionWarning]) {
        try read(Data(html.utf8), name: name, folder: folder, encoding: encoding)
    }

    static func read(_ data: Data, name: String = "page.html", folder: URL? = nil, encoding: String? = nil) throws -> (Article, [ConversionWarning]) {
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(data: data, name: name, fileURL: folder?.appending(path: name), encoding: encoding)
        let article = try Converter().article(from: input, warnings: &warnings)
        return (article, warnings)
    }

    static func page(head: String = "", body: String) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    @Test func metadataComesFromJSONLDThenOpenGraphThenTitle() throws {
        let article = String(repeating: "<p>\(Self.paragraph)</p>", count: 4)
        let jsonLD = #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD", "author": {"name": "Ada"}, "datePublished": "2024-01-02T03:04:05Z", "articleSection": "World"}</script>"#
        let openGraph = #"<meta property="og:title" content="From Open Graph"><meta property="og:site_name" content="Site">"#
        let title = "<title>From the title tag | Site</title>"
        #expect(try Self.read(Self.page(head: jsonLD + openGraph + title, body: article)).0.title == "From JSON-LD")
        #expect(try Self.read(Self.page(head: openGraph + title, body: article)).0.title == "From Open Graph")
        #expect(try Self.read(Self.page(head: title, body: article)).0.title == "From the title tag")
        let (full, _) = try Self.read(Self.page(head: jsonLD + openGraph, body: article))
        #expect(full.authors == ["Ada"] && full.kicker == "World" && full.source.siteName == "Site")
        #expect(full.published?.description == "2024-01-02T03:04:05Z")
    }

    @Test func furnitureAroundTheArticleIsLeftOut() throws {
        let html = Self.page(head: "<title>Story | Site</title>", body: """
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="cookie-banner">We use cookies to improve your experience on this site and for analytics.</div>
        <article><h1>Story</h1>\(String(repeating: "<p>\(Self.paragraph)</p>", count: 5))</article>
        <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story that is also long enough</a></li></ul></aside>
        <div id="comments"><p>A reader's comment, which is long enough to look like a paragraph, too.</p></div>
        <footer>© Site. All rights reserved.</footer>
        """)
        let (article, _) = try Self.read(html)
        #expect(article.title == "Story")
        #expect(article.body == Array(repeating: .paragraph(Self.paragraph), count: 5))
    }

    @Test func directionAndLanguageComeFromTheMarkup() throws {
        let html = "<!DOCTYPE html><html lang=\"he\"><head><title>כותרת</title></head><body><main dir=\"rtl\">"
            + String(repeating: "<p>זוהי פסקה ארוכה מספיק כדי להיחשב טקסט של מאמר, עם פסיקים, ועוד מילים רבות בסופה.</p>", count: 4)
            + "<p lang=\"en\" dir=\"ltr\">\(Self.paragraph)</p></main></body></html>"
        let (article, _) = try Self.read(html)
        #expect(article.language == "he" && article.direction == .rightToLeft)
        #expect(article.body.last?.language == "en" && article.body.last?.direction == .leftToRight)
    }

    /// schema.org's `itemprop="articleBody"` counts like a positive class word; a negative
    /// class word still counts against it.
    @Test func theArticleBodyMarkupIsAHint() {
        let weight = { (attributes: DOMAttributes) in ContentHints.classWeight(DOMNode(element: "div", attributes: attributes)) }
        #expect(weight(["class": "x"]) == 0)
        #expect(weight(["itemprop": "articleBody"]) == 25)
        #expect(weight(["itemprop": "articleBody", "class": "story"]) == 50)
        #expect(weight(["itemprop": "articleBody", "class": "comment"]) == 0)
    }

    @Test func linksAreMadeAbsoluteAndImagesLoadedFromTheSavedFolder() throws {
        let folder = try TemporaryDirectory("saved")
        try folder.write("Page_files/photo.png", data: try Data(contentsOf: Paths.examples.appending(path: "markdown/images/rainfall.png")))
        let html = Self.page(head: "<link rel=\"canonical\" href=\"https://example.org/news/story\"><title>Story</title>", body: """
        <article><p>\(Self.paragraph) See <a href="/about">about</a>, <a href="other">other</a> and <a href="#note">the note</a>.</p>
        <figure><img src="Page_files/photo.png" alt="A photo"><figcaption>The caption.</figcaption></figure>
        <figure><img src="https://cdn.example.org/remote.jpg" alt="Remote photo"></figure>
        <p>\(Self.paragraph)</p><p>\(Self.paragraph)</p></article>
        """)
        let (article, warnings) = try Self.read(html, folder: folder.url)
        #expect(warnings.isEmpty)
        #expect(article.id == "https://example.org/news/story")
        guard case .paragraph(let inlines) = article.body[0].kind else { return }
        #expect(inlines.contains(.link(url: "https://example.org/about", [.text("about")])))
        #expect(inlines.contains(.link(url: "https://example.org/news/other", [.text("other")])))
        #expect(inlines.last == .text(" and the note."), "an in-page link leads nowhere offline: it is kept as text")
        #expect(article.resources.map(\.id) == ["images/photo.png"])
        #expect(article.body[1].kind == .figure(image: "images/photo.png", alt: "A photo", caption: [.text("The caption.")]))
        #expect(article.body[2].kind == .figure(image: "https://cdn.example.org/remote.jpg", alt: "Remote photo", caption: []))
    }

    @Test func charsetsFromTheMetaTagAndTheUser() throws {
        // "مرحبا بالعالم" in windows-1256, declared by the page.
        let arabic: [UInt8] = [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xC7, 0xE1, 0xDA, 0xC7, 0xE1, 0xE3]
        func page(_ meta: String) -> Data {
            var bytes = Array("<html><head>\(meta)<title>t</title></head><body><article>".utf8)
            for _ in 0..<12 { bytes += Array("<p>".utf8) + arabic + Array(", ".utf8) + arabic + Array(".</p>".utf8) }
            bytes += Array("</article></body></html>".utf8)
            return Data(bytes)
        }
        let declared = try Self.read(page("<meta charset=\"windows-1256\">")).0
        #expect(declared.body.first == .paragraph("مرحبا بالعالم, مرحبا بالعالم."))
        let httpEquiv = try Self.read(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")).0
        #expect(httpEquiv.language == "ar")
        let named = try Self.read(page(""), encoding: "windows-1256").0
        #expect(named.direction == .rightToLeft)
        #expect { try Self.read(page("")) } throws: { error in
            (error as? ConversionError)?.description.hasPrefix("reading: invalid UTF-8 at byte") == true
        }
    }

    /// Pages that are not articles, or are broken, get one clear error or convert; none crashes.
    @Test func badPagesFailClearlyOrConvert() throws {
        #expect { try Self.read("") } throws: { ($0 as? ConversionError)?.description == "reading: the file is empty (no text to convert)" }
        let login = "<html><head><title>Sign in</title></head><body><form><input name=u><input type=password></form><a href=/>Home</a></body></html>"
        #expect { try Self.read(login) } throws: { ($0 as? ConversionError)?.description == "reading: no article content found" }
        // An index of links, however long, is not an article either.
        let links = "<html><head><title>Archive</title></head><body><ul>"
            + (0..<200).map { "<li><a href=\"https://example.org/p\($0)\">A headline of the archive, number \($0)</a></li>" }.joined() + "</ul></body></html>"
        #expect { try Self.read(links) } throws: { ($0 as? ConversionError)?.description == "reading: no article content found" }
        let deep = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>\(Self.paragraph) \(Self.paragraph)</p>" + String(repeating: "</div>", count: 10_000) + "</body></html>"
        #expect(try Self.read(deep).0.body.first?.plainText.hasPrefix("This paragraph") == true)
        // A 20 MB page is read whole (libxml2 streams it; the extractor is linear in it).
        let paragraph = "<p>" + String(repeating: Self.paragraph + " ", count: 20) + "</p>\n"
        let big = "<html><head><title>Big page</title></head><body><article>"
            + String(repeating: paragraph, count: 20_000_000 / paragraph.utf8.count) + "</article></body></html>"
        let (article, _) = try Self.read(big)
        #expect(article.title == "Big page")
        #expect(article.body.count == 20_000_000 / paragraph.utf8.count)
        let soup = "<html><body><div><p>\(Self.paragraph)<p>Another <b>bold <i>italic</div> \(Self.paragraph)<table><tr><td>cell<div>mixed</span></body>"
        #expect(try Self.read(soup).0.body.count == 3)
    }
}
