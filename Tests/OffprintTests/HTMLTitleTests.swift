import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintPlatform
@testable import OffprintReaders

/// How a saved page's title and kicker are chosen among its `<title>`, Open Graph, JSON-LD and
/// `h1`: the site's name taken off where the page shows the headline without it, a headline
/// the page shows nowhere set aside, section labels kept only when they read as one.
@Suite struct HTMLTitleTests {
    static let body = String(repeating: "<p>\(HTMLReaderTests.paragraph)</p>", count: 4)

    static func title(head: String, h1: String? = nil) throws -> Article {
        let heading = h1.map { "<h1>\($0)</h1>" } ?? ""
        return try HTMLReaderTests.read(HTMLReaderTests.page(head: head, body: "<article>\(heading)\(body)</article>")).0
    }

    static func jsonLD(_ fields: String) -> String {
        #"<script type="application/ld+json">{"@type": "NewsArticle", \#(fields)}</script>"#
    }

    @Test(arguments: [
        ("Story of the day - Example News", "Story of the day"),
        ("Story of the day | Example News | by Ada Writer", "Story of the day"),
        ("Example News | Story of the day", "Story of the day"),
        ("Story of the day -- example.org", "Story of the day"),
        ("今日の記事_例新聞", "今日の記事"),
        ("今日の記事｜例新聞", "今日の記事"),
        ("Story of the day - Example News Online", "Story of the day"),
        ("Story of the day - A second part", "Story of the day - A second part"),
        ("Example News", "Example News"),
        ("Example-Interview mit dem Chef", "Example-Interview mit dem Chef"),
        ("Das große Foto-Example", "Das große Foto-Example"),
    ])
    func siteNameComesOff(title: String, expected: String) {
        let site = SiteName(names: ["Example News", "例新聞"], url: "https://www.example.org/2024/story")
        #expect(site.removed(from: title) == expected)
    }

    @Test func aHeadlineInANameFieldIsNoSiteName() {
        let site = SiteName(names: ["Story of the day - and what came of it, told at length here"], url: nil)
        #expect(site.removed(from: "Story of the day - and what came of it") == "Story of the day - and what came of it")
        // A host label under four letters (`bbc`) is too short to tell from a word.
        #expect(SiteName(names: [], url: "https://bbc.example/").keys == ["bbcexample"])
    }

    @Test func titleTagLosesTheSiteNameAfterACJKSeparator() throws {
        let head = #"<meta property="og:site_name" content="光明网"><title>今天的新闻报道_光明网</title>"#
        #expect(try Self.title(head: head).title == "今天的新闻报道")
        let spaced = #"<meta property="og:site_name" content="毎日新聞"><title>今日のニュース記事 - 毎日新聞</title>"#
        #expect(try Self.title(head: spaced).title == "今日のニュース記事")
    }

    @Test func structuredHeadlineWithTheSiteNameGivesWayToTheHeading() throws {
        let head = Self.jsonLD(#""headline": "Council votes on the budget - Example News""#) + #"<meta property="og:site_name" content="Example News">"#
        #expect(try Self.title(head: head, h1: "Council votes on the budget").title == "Council votes on the budget")
        // A heading that says something else leaves the stated headline as it is.
        #expect(try Self.title(head: head, h1: "Budget").title == "Council votes on the budget - Example News")
        // Open Graph titles keep the name, as the pages' own readers show them.
        let openGraph = #"<meta property="og:title" content="Council votes on the budget - Example News"><meta property="og:site_name" content="Example News">"#
        #expect(try Self.title(head: openGraph, h1: "Council votes on the budget").title == "Council votes on the budget - Example News")
    }

    @Test func entitiesInStatedTitlesAreDecoded() throws {
        let head = #"<meta property="og:title" content="It&#039;s the council&amp;#8217;s vote">"#
        #expect(try Self.title(head: head).title == "It's the council\u{2019}s vote")
        #expect(try Self.title(head: "<title>It&amp;#039;s the council&#039;s vote</title>").title == "It's the council's vote")
    }

    @Test func aNameShownOnThePageBeatsAHeadlineShownNowhere() throws {
        let head = Self.jsonLD(#""headline": "matrix equal to its own transpose", "name": "Symmetric matrix""#) + "<title>Symmetric matrix - Encyclopedia</title>"
        #expect(try Self.title(head: head, h1: "Symmetric matrix").title == "Symmetric matrix")
        // A headline the page shows stays, whatever the name says.
        let shown = Self.jsonLD(#""headline": "Council votes on the budget", "name": "Budget vote""#) + "<title>Budget vote</title>"
        #expect(try Self.title(head: shown, h1: "Council votes on the budget").title == "Council votes on the budget")
    }

    @Test(arguments: [
        ("Politics", "Politics"),
        ("Business, Markets, Tech", "Business"),
        ("ソフトウェア一般, ソフトウェア", "ソフトウェア一般"),
        ("example.com", nil),
        ("Example News", nil),
        ("culture_lifestyle", nil),
        ("world-news", nil),
        ("Sci-Tech", "Sci-Tech"),
        ("0", nil),
        ("/", nil),
        ("A Platform For Every Kind Of Advertising", nil),
        ("Menu", nil),
        ("Share", nil),
        ("nil", nil),
        ("undefined", nil),
        ("None", nil),
        ("News", "News"),
    ] as [(String, String?)])
    func sectionLabels(stated: String, expected: String?) {
        let site = SiteName(names: ["Example News"], url: "https://example.com/story")
        #expect(SectionLabel.label(stated, site: site) == expected)
    }

    /// A template's empty value is no author or keyword either.
    @Test func placeholderAuthorsAndKeywordsAreLeftOut() throws {
        let article = try Self.title(head: #"<title>Story</title><meta name="author" content="null"><meta name="keywords" content="rain, undefined, archives">"#)
        #expect(article.authors == [])
        #expect(article.tags == ["rain", "archives"])
    }

    @Test func dublinCoreTitleComesBeforeTheSharingCard() throws {
        let head = #"<title>Title element</title><meta property="og:title" content="Sharing card"><meta property="dc:title" content="Catalogued title">"#
        #expect(try Self.title(head: head).title == "Catalogued title")
        #expect(try Self.title(head: #"<meta name="DC.title" content="Catalogued title"><title>Title element</title>"#).title == "Catalogued title")
    }

    @Test func oneMetaElementCanStateSeveralProperties() throws {
        // RDFa: a `property` holding several terms states the content for each of them.
        let head = #"<title>Title element</title><meta property="og:title twitter:title" content="Shared title"><meta property="dc:creator twitter:site_name" content="Ada Writer">"#
        let article = try Self.title(head: head)
        #expect(article.title == "Shared title")
        #expect(article.authors == ["Ada Writer"])
    }
}
