import Foundation
import Testing
@testable import OffprintCore

/// Which container the saved-page reader takes as the article, on page shapes that misled it:
/// layout wrappers named for their sidebar, tag soup that leaves the article inside an
/// `<aside>`, and containers where the article shares its parent with link lists.
@Suite struct HTMLContainerChoiceTests {
    static let paragraphs = [
        "The council met on Tuesday evening, and after a long debate it approved the new budget for the coming year.",
        "Residents had asked for more money for the library, the parks, and the roads, and most of them got some of it.",
        "The mayor said the plan was a compromise, that nobody got everything, and that the next year would be harder.",
        "A vote on the school building was put off until spring, when the engineers will have finished their report.",
    ]
    static var articleHTML: String { paragraphs.map { "<p>\($0)</p>" }.joined() }

    static func bodyText(_ html: String) throws -> [String] {
        try HTMLReaderTests.read(html).0.body.map(\.plainText)
    }

    @Test func aWrapperNamedForItsSidebarStillHoldsTheMainContent() throws {
        // The head's style text is longer than a short article: it must not be read as one.
        let style = "<style>" + String(repeating: ".banner{display:block;margin:0 auto;padding:1rem}", count: 20) + "</style>"
        let html = HTMLReaderTests.page(head: "<title>Budget</title>" + style, body: """
        <p id="skip"><a href="#nav">Jump to navigation</a> <a href="#content">Skip navigation</a></p>
        <div class="panel-layout-two-col-sidebar-right"><div id="content" role="main">\(Self.articleHTML)</div>
        <div class="sidebar-block"><a href="/x">Donate</a></div></div>
        """)
        let text = try Self.bodyText(html)
        #expect(text == Self.paragraphs)
    }

    @Test func anAsideThatHoldsMostOfThePagesProseIsRead() throws {
        // What a parser makes of a sidebar whose closing tag it could not match: the article inside it.
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <aside id="secondary"><div class="widget"><a href="/a">Most read</a></div>
        <section id="content"><article>\(Self.articleHTML)</article></section></aside>
        <aside class="promo"><p>Subscribe to our newsletter for more local news, delivered every morning.</p></aside>
        """)
        let text = try Self.bodyText(html)
        #expect(text == Self.paragraphs)
    }

    @Test func aListOfLinksInsideTheArticleIsLeftOutButAListOfProseStays() throws {
        let links = (1...6).map { "<li><a href=\"/story\($0)\">Another story from this section, number \($0)</a></li>" }.joined()
        let prose = "<ul><li>The library gets two more librarians.</li><li>The parks get new benches and lights.</li></ul>"
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <div class="story">\(Self.articleHTML)\(prose)<h3>More news</h3><ul class="list">\(links)</ul></div>
        """)
        let text = try Self.bodyText(html)
        #expect(text.contains("The library gets two more librarians.\nThe parks get new benches and lights."))
        #expect(!text.contains { $0.contains("Another story") })
    }

    @Test func theContainerOfMostOfTheProseStaysBesideLinkHeavyTeasers() throws {
        // The article's container shares its parent with teaser blocks whose links outweigh its text.
        let teasers = (1...8).map { "<div class=\"teaser\"><a href=\"/t\($0)\">A much-read story elsewhere on the site, number \($0) of the day</a></div>" }.joined()
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <div class="main-column"><h1>Budget</h1><div class="clearfix"><div class="dateline">Published Tuesday</div>
        <div class="story-text">\(Self.articleHTML)</div><div class="more">\(teasers)</div></div></div>
        """)
        let text = try Self.bodyText(html)
        #expect(Self.paragraphs.allSatisfy(text.contains))
        #expect(!text.contains { $0.contains("much-read") })
    }
}

extension HTMLContainerChoiceTests {
    @Test func aClassThatSaysHideOnInitIsNotTheNegativeWordHid() throws {
        // The rest of the article behind a "read more" toggle: `hideOnInit` is not `hid`.
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <div class="article-text"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p>
        <div class="toggle-group hideOnInit"><p>\(Self.paragraphs[2])</p><p>\(Self.paragraphs[3])</p></div></div>
        """)
        #expect(try Self.bodyText(html) == Self.paragraphs)
    }

    @Test func sectionsInWrappersLikeTheTopOnesJoinItEvenWhenTooDeepToBeScored() throws {
        // Each section of the page (a forum's posts, a CMS's modules) sits six levels down in a
        // wrapper of the same class: the scores of its paragraphs never reach that wrapper.
        func post(_ paragraphs: [String]) -> String {
            let inner = paragraphs.map { "<p>\($0)</p>" }.joined()
            return "<div class=\"message\"><div class=\"row\"><div class=\"cell\"><div class=\"wrap\"><div class=\"frame\"><div class=\"quote\">\(inner)</div></div></div></div></div></div>"
        }
        let replies = ["I went to the meeting too, and I think the library got less than it needed, though more than last year.",
                       "The roads are the real problem here, and nobody on the council seems willing to say so out loud, again."]
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <div class="thread">\(post(Self.paragraphs))\(post([replies[0]]))\(post([replies[1]]))
        <div class="message-footer"><a href="/more">More threads</a></div></div>
        """)
        let text = try Self.bodyText(html)
        #expect(text == Self.paragraphs + replies)
    }
}

extension HTMLContainerChoiceTests {
    @Test func aConsentDialogWithLongCommaRichTextIsNotTheArticle() throws {
        let consent = "To develop and fund our service, we and up to 200 partners collect, store, and process personal data, device identifiers, usage data, and location, for ads, analytics, measurement, and personalised content."
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <div class="article-content">\(Self.articleHTML)\(Self.articleHTML)</div>
        <div id="cmp-modal" class="modal fade"><div class="modal-content"><p>\(consent)</p><p>\(consent)</p><p>\(consent)</p></div></div>
        """)
        let text = try Self.bodyText(html)
        #expect(text == Self.paragraphs + Self.paragraphs)
    }

    @Test func forumPostsWrittenStraightIntoQuotesInsideAFormAreRead() throws {
        // Forum software wraps the thread in a moderation form and writes each post into a
        // blockquote without paragraphs.
        // Four posts of equal weight (each the four paragraphs, in a different order).
        let posts = (0..<4).map { shift in
            let text = (0..<4).map { Self.paragraphs[($0 + shift) % 4] }.joined(separator: " ")
            return "<li class=\"message\"><div class=\"author\">ann</div><article><blockquote class=\"messageText\">\(text)</blockquote></article></li>"
        }
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <form action="inline-mod" method="post"><ol class="messageList">\(posts.joined())</ol><input type="submit" value="Go"></form>
        <form action="search"><input name="q"><p>Search the forum</p></form>
        """)
        let text = try Self.bodyText(html).joined(separator: "\n")
        #expect(text.components(separatedBy: Self.paragraphs[0]).count - 1 == 4, "\(text)")
        #expect(!text.contains("Search the forum"))
    }

    @Test func theArticleBodyIsNotUnlikelyForAnIdNamingAShareWidget() throws {
        // The page's own `articleBody` carries a share widget's id; a caption gallery in it,
        // longer than the article, is the unlikely part.
        let more = [
            "The budget also sets aside money for the harbour, whose old stone pier needs repairs before next winter.",
            "Councillors will meet again in March, when the first figures for the new year are due from the treasurer.",
        ]
        let captions = (1...12).map {
            "<li><h2>\($0)/12 Picture</h2><p>A picture from the archive, number \($0), shows the old town hall, its tower, and the square in front of it, in winter.</p></li>"
        }.joined()
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article class="full"><div class="text-wrapper" itemprop="articleBody" id="share-buttons-parent">\(Self.articleHTML)\(more.map { "<p>\($0)</p>" }.joined())
        <div class="gallery"><ul class="legends">\(captions)</ul></div></div></article>
        """)
        let text = try Self.bodyText(html)
        #expect(text == Self.paragraphs + more)
    }
}
