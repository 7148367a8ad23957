import Foundation
import Testing
@testable import OffprintCleanup
@testable import OffprintCore
@testable import OffprintWriters

/// Language and direction block by block: list items, blocks with a direction of their own,
/// and pages whose declared direction their text contradicts.
@Suite struct BlockDirectionTests {
    static func resolved(_ article: Article) -> (Article, [ConversionWarning]) {
        var article = article
        var warnings: [ConversionWarning] = []
        CleanupPipeline.standard.apply(to: &article, warnings: &warnings)
        return (article, warnings)
    }

    static let arabicItem = [Block.paragraph("الماسح الضوئي الكبير لصفحات الجرائد.")]
    static let englishItem = [Block.paragraph("Tesseract for optical character recognition, trained on old typefaces.")]

    @Test func aMixedListIsMarkedItemByItem() {
        let list = Block(.list(ordered: false, start: 1, items: [Self.arabicItem, Self.englishItem, [.paragraph("نص")], [.paragraph("A spreadsheet")]]))
        let article = Article(id: "a", title: "أدوات الأرشفة الرقمية", language: "ar", body: [list])
        let (resolved, _) = Self.resolved(article)
        let html = MarkupBodyRenderer(syntax: .html).render(resolved.body)
        #expect(html == """
        <ul>
        <li><p>الماسح الضوئي الكبير لصفحات الجرائد.</p>
        </li>
        <li lang="en" dir="ltr"><p>Tesseract for optical character recognition, trained on old typefaces.</p>
        </li>
        <li><p>نص</p>
        </li>
        <li lang="und-Latn" dir="ltr"><p>A spreadsheet</p>
        </li>
        </ul>

        """)
        // XHTML carries xml:lang beside lang.
        #expect(MarkupBodyRenderer(syntax: .xhtml).render(resolved.body).contains("<li lang=\"en\" xml:lang=\"en\" dir=\"ltr\">"))
    }

    @Test func aListWhollyInTheOtherDirectionIsMarkedOnce() {
        let list = Block(.list(ordered: true, start: 1, items: [Self.englishItem, [.paragraph("Another English item, with enough letters to judge.")]]))
        let (resolved, _) = Self.resolved(Article(id: "a", title: "مقال", language: "ar", body: [.paragraph("فقرة عربية طويلة بما يكفي للحكم عليها."), list]))
        let html = MarkupBodyRenderer(syntax: .html).render(resolved.body)
        #expect(html.contains("<ol lang=\"en\" dir=\"ltr\">\n<li><p>Tesseract"))
    }

    @Test func aBlockWithItsOwnDirectionGetsALanguage() {
        let quote = Block(.quote([.paragraph("Scanning is the easy part; making it searchable is the work.")]), direction: .leftToRight)
        let (resolved, _) = Self.resolved(Article(id: "a", title: "مقال", language: "ar", body: [quote]))
        #expect(resolved.body.first?.language == "en")
        #expect(MarkupBodyRenderer(syntax: .html).render(resolved.body).hasPrefix("<blockquote lang=\"en\" dir=\"ltr\">"))
    }

    @Test func aPageDeclaredRightToLeftWhoseTextIsLatinFollowsItsText() {
        let lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
        let body: [Block] = [.heading(2, [.text("Lorem")]), .paragraph(lorem), .paragraph("Ut enim."), .paragraph(lorem)]
        let (resolved, warnings) = Self.resolved(Article(id: "a", title: "Lorem ipsum", language: "ar", direction: .rightToLeft, body: body))
        #expect(resolved.direction == .leftToRight)
        #expect(resolved.language == "und-Latn")
        // One direction for every block: none is marked against the page.
        #expect(resolved.body.allSatisfy { $0.direction == nil })
        #expect(warnings.map(\.message) == ["the page is declared right to left but its text is in the Latn script, so it is written left to right"])
    }

    @Test func anArabicPageWithAnEnglishQuoteKeepsItsDirection() {
        let body: [Block] = [
            .paragraph("بدأت مكتبة جامعية مشروعاً لرقمنة الصحف العربية الصادرة في القرن التاسع عشر، بعد أن تبيّن أن كثيراً من النسخ الورقية بدأت تتلف."),
            Block(.quote([.paragraph("Digitising a page is easy; making its text searchable is the real work.")])),
        ]
        let (resolved, warnings) = Self.resolved(Article(id: "a", title: "مكتبة رقمية", language: "ar", direction: .rightToLeft, body: body))
        #expect(resolved.direction == .rightToLeft && resolved.language == "ar" && warnings.isEmpty)
        #expect(resolved.body.last?.direction == .leftToRight && resolved.body.last?.language == "en")
    }

    @Test func aLinkThatShowsItsAddressRunsLeftToRightInNoLanguage() {
        let body: [Block] = [.paragraph([.text("الرابط "), .link(url: "https://example.org/a", [.text("https://example.org/a")]), .text(" و"), .link(url: "https://example.org/b", [.text("الدليل")])])]
        let html = MarkupBodyRenderer(syntax: .html).render(body)
        #expect(html.contains("<a href=\"https://example.org/a\" lang=\"zxx\" dir=\"ltr\">https://example.org/a</a>"))
        #expect(html.contains("<a href=\"https://example.org/b\">الدليل</a>"))
    }
}
