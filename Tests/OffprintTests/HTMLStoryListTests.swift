import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// A list of links to the site's other stories between the article's paragraphs.
@Suite struct HTMLStoryListTests {
    @Test(arguments: [
        ("/news/budget-1", true),
        ("story.html", true),
        ("https://www.bbc.co.uk/news/1", true),
        ("//bbc.com/sport", true),
        ("https://news.bbc.com/other", false),
        ("https://other.org/page", false),
        ("#section-2", false),
        ("mailto:desk@bbc.com", false),
        ("", false),
    ])
    func otherPagesOfTheSite(target: String, sameSite: Bool) {
        #expect(ContentExtractor.isOtherPage(target, ofSite: ContentExtractor.siteHost("www.bbc.com")) == sameSite)
    }

    @Test func hostsNameTheirSite() {
        #expect(ContentExtractor.siteHost("www.bbc.co.uk") == "bbc")
        #expect(ContentExtractor.siteHost("bbc.com") == "bbc")
        #expect(ContentExtractor.siteHost("bugzilla.mozilla.org") == "bugzilla.mozilla")
        #expect(ContentExtractor.siteHost("blog.mozilla.org") != ContentExtractor.siteHost("bugzilla.mozilla.org"))
    }

    static func page(list: String) -> String {
        let paragraphs = HTMLContainerChoiceTests.paragraphs
        return HTMLReaderTests.page(head: #"<title>Budget</title><link rel="canonical" href="https://www.example.com/news/budget">"#, body: """
        <article><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>\(list)<p>\(paragraphs[2])</p><p>\(paragraphs[3])</p></article>
        """)
    }

    @Test func aListOfTheSitesStoriesLeavesTheArticle() throws {
        let html = Self.page(list: #"<ul><li><a href="/news/library">The library opens late</a></li><li><a href="https://example.com/news/roads">Roads to be mended</a></li></ul>"#)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == HTMLContainerChoiceTests.paragraphs)
    }

    @Test func aListOfReferencesElsewhereStays() throws {
        let html = Self.page(list: #"<ul><li><a href="https://budget.gov.example/report">The budget report</a></li><li><a href="https://archive.example.org/1999">The 1999 budget</a></li></ul>"#)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.count == 5)
    }
}
