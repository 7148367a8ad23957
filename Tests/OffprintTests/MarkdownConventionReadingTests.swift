import Foundation
import Testing
import TestSupport
@testable import OffprintCore
@testable import OffprintReaders

/// What the Markdown reader takes back from any Markdown: a captioned figure, a table without a
/// header, a paragraph's direction from isolates, a related-links section, emphasis as HTML.
@Suite struct MarkdownConventionReadingTests {
    static func body(_ markdown: String, frontMatter: String = "") throws -> Article {
        var warnings: [ConversionWarning] = []
        return try MarkdownReader().read(ReaderInput(data: Data(("---\ntitle: T\n" + frontMatter + "---\n" + markdown).utf8), name: "note.md"), warnings: &warnings)
    }

    @Test func anImageWithAnEmphasisedLineUnderItIsACaptionedFigure() throws {
        for markdown in ["![A chart](c.png)\\\n_Rain per *month*_", "![A chart](c.png)\n*Rain per _month_*"] {
            #expect(try Self.body(markdown).body == [Block(.figure(image: "c.png", alt: "A chart", caption: [.text("Rain per "), .emphasis([.text("month")])]))], "\(markdown)")
        }
        // Anything more on those lines, and the image and the text stay apart, as before.
        #expect(try Self.body("![A chart](c.png)\n*Rain* per month").body == [
            .paragraph([.emphasis([.text("Rain")]), .text(" per month")]), Block(.figure(image: "c.png", alt: "A chart", caption: [])),
        ])
        #expect(try Self.body("![A chart](c.png \"Its title\")").body == [Block(.figure(image: "c.png", alt: "A chart", caption: [.text("Its title")]))])
    }

    @Test func aHeaderRowOfEmptyCellsIsNoHeader() throws {
        let article = try Self.body("|  |  |\n| --- | :-: |\n| a | b |\n")
        #expect(article.body == [Block(.table(Table(header: [], rows: [[[.text("a")], [.text("b")]]], alignments: [.none, .center])))])
    }

    @Test func aParagraphWrappedInAnIsolateHasItsDirection() throws {
        let article = try Self.body("\u{2067}Offprint أداة\u{2069}\n\n\u{2066}English *text*\u{2069}\n\n# \u{2067}عنوان\u{2069}\n\n> \u{2067}اقتباس\u{2069}\n\nplain \u{2067}inner\u{2069} isolate")
        #expect(article.body == [
            Block(.paragraph([.text("Offprint أداة")]), direction: .rightToLeft),
            Block(.paragraph([.text("English "), .emphasis([.text("text")])]), direction: .leftToRight),
            Block(.heading(level: 1, [.text("عنوان")]), direction: .rightToLeft),
            Block(.quote([Block(.paragraph([.text("اقتباس")]), direction: .rightToLeft)])),
            .paragraph("plain \u{2067}inner\u{2069} isolate"),
        ])
        // The article's own direction is no override.
        let rtl = try Self.body("\u{2067}Offprint أداة\u{2069}", frontMatter: "dir: rtl\n")
        #expect(rtl.direction == .rightToLeft && rtl.body == [.paragraph("Offprint أداة")])
    }

    @Test func theMarkedSectionAtTheEndIsTheRelatedLinks() throws {
        let article = try Self.body("Text.\n\n<!-- offprint:related -->\n## Related\n\n- [One](https://example.org/1)\n- Two, no address\n")
        #expect(article.body == [.paragraph("Text.")])
        #expect(article.related == [Link(title: "One", url: "https://example.org/1"), Link(title: "Two, no address")])
        // Not a list of links after it: the body keeps everything.
        let other = try Self.body("<!-- offprint:related -->\n## Related\n\nA paragraph.\n")
        #expect(other.related.isEmpty && other.body == [.heading(2, [.text("Related")]), .paragraph("A paragraph.")])
    }

    @Test func emphasisWrittenAsHTMLIsEmphasis() throws {
        let article = try Self.body("<em>\"a\"</em>, <STRONG class=\"x\">b <i>c</i></STRONG>, <del>d</del>, <s>e</s>, <span>f</span>, <em>open only, </b>stray")
        #expect(article.body == [.paragraph([
            .emphasis([.text("\"a\"")]), .text(", "), .strong([.text("b "), .emphasis([.text("c")])]), .text(", "),
            .strikethrough([.text("d")]), .text(", "), .strikethrough([.text("e")]), .text(", f, open only, stray"),
        ])])
    }
}
