import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintCleanup

/// Where the scraped-text reader's body starts and ends among a page's chrome: teaser lists,
/// comment sections, repeated labels and widgets, paywall and consent dialogs. Each dump is
/// hand-written in the shape such pages have.
@Suite struct ScrapedBodyBoundaryTests {
    static let article = """
    Council approves new ferry timetable

    The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

    Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

    The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.
    """

    /// "More stories" cards after the article: each summary sits alone between its headline and
    /// its byline, so the list does not join the article's run.
    @Test func teaserListAfterTheArticleIsNotBody() throws {
        var teasers = ""
        for number in 1...6 {
            teasers += """

            Harbour story number \(number) makes the news again

            The harbour committee met again this week and talked about the old pier, the fish market and the new car park for a long time, as it always does.

            Jane Roe
            12 May 2024

            """
        }
        let (article, _) = try Fixtures.read(Self.article + "\n\nMore stories\n" + teasers)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.body.count == 3)
        #expect(!article.body.contains { $0.plainText.contains("harbour committee") })
    }

    /// Teasers of other stories, each with its date: though their headlines read as sentences
    /// (so no summary stands alone), the dates mark them as a list of other stories.
    @Test func datedTeaserListAfterTheArticleIsNotBody() throws {
        var teasers = ""
        for day in 11...16 {
            teasers += """

            Why does the harbour committee never finish its meetings on time?

            Jane Roe

            Tuesday May \(day), 2024

            The harbour committee met again this week and talked about the old pier, the fish market and the new car park for a long time, as it always does.

            """
        }
        let (article, _) = try Fixtures.read(Self.article + "\n" + teasers)
        #expect(article.title == "Council approves new ferry timetable")
        // The summaries stay out; the first item's headline, next to the article, may join it.
        #expect(!article.body.contains { $0.plainText.contains("committee met again") })
        #expect(article.body.prefix(3).map(\.plainText).allSatisfy { !$0.contains("harbour committee") })
    }

    /// A label the page prints between every two paragraphs ("Article content") does not make
    /// the paragraphs islands, and is not body text.
    @Test func repeatedLabelBetweenParagraphsKeepsThemTogether() throws {
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        Article content

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

        Article content

        The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.

        Article content

        Ferry staff will be asked in June which crossings they would like to work, and the rota will follow their answers.
        """)
        #expect(article.body.map(\.plainText).filter { $0 != "Article content" }.count == 4)
    }

    /// A comment thread ("NAME says:", a date, the comment) ends the article even when it is
    /// longer than the article.
    @Test func longCommentThreadDoesNotOutweighTheArticle() throws {
        var comments = ""
        for number in 1...12 {
            comments += """

            reader\(number) says:

            May \(number), 2024 at 6:34 am

            I have taken that ferry for twenty years, and the late crossing is the one thing the town has asked for every single winter since.

            """
        }
        let (article, _) = try Fixtures.read(Self.article + "\n\nShare this:\n" + comments)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.body.count == 3)
        #expect(!article.body.contains { $0.plainText.contains("says:") })
    }

    @Test func commentHeaderNeedsADateBelowIt() {
        let page = ScrapedPage(lines: ["jane says:", "", "May 3, 2024 at 6:34 am", "Here is what the mayor says:", "", "We will build it."],
                               firstLineNumber: 1, lexicon: .standard)
        #expect(page.isCommentHeader(0))
        #expect(!page.isCommentHeader(3))
        #expect(page.commentSectionStart() == nil)
    }

    /// A gallery's caption or a teaser printed again inside the body is kept once; a short
    /// line with a number (a program's output) may come twice.
    @Test func repeatedBodyLineIsKeptOnce() throws {
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        Passengers wait for the evening ferry at the harbour gate

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

        Passengers wait for the evening ferry at the harbour gate

        added 1 changesets to 1 files

        The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.

        added 1 changesets to 1 files

        Ferry staff will be asked in June which crossings they would like to work, and the rota will follow their answers.
        """)
        let texts = article.body.map(\.plainText)
        #expect(texts.count { $0 == "Passengers wait for the evening ferry at the harbour gate" } == 1)
        #expect(texts.count { $0 == "added 1 changesets to 1 files" } == 2)
    }

    /// A cookie dialog above the article reads as sentences, yet is not the article.
    @Test func consentDialogAboveTheArticleIsNotTheBody() throws {
        let (article, _) = try Fixtures.read("""
        Use this site as usual with advertising and tracking. You can withdraw your consent at any time under privacy settings.

        Accept and continue

        Advertising and tracking: to show you relevant content and personalised advertising, we and our partners use cookies and similar technologies.

        Storing information on a device: cookies, device identifiers or other information can be stored or read on your device for these purposes.

        """ + Self.article)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.body.count == 3)
        #expect(article.body.first?.plainText.hasPrefix("The council approved") == true)
    }

    @Test(arguments: [
        ("Advertising and tracking: we and our partners use cookies to personalise ads.", true),
        ("Werbung und Tracking: Die Zustimmung kann jederzeit widerrufen werden.", true),
        ("The bakery sold out of cookies before noon on Saturday.", false),
        ("By signing up you consent to receive the newsletter.", false),
    ])
    func consentTextNeedsTwoStems(text: String, isConsent: Bool) {
        #expect(ConsentText.isConsentText(Substring(text)) == isConsent)
    }

    /// Comment headings with their count and title, paywall and advert place-holders are furniture.
    @Test(arguments: [
        ("10 thoughts on “Council approves new ferry timetable”", FurnitureLexicon.Kind.comments),
        ("34 Responses to \"Council approves new ferry timetable\"", .comments),
        ("Join the conversation", .comments),
        ("About the author", .notice),
        ("This advertisement has not loaded yet, but your article continues below.", .advert),
        ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", .advert),
        ("Werbung überspringen", .advert),
        ("Sign up for our newsletter and get the best stories every morning", .advert),
    ])
    func paywallAndCommentPhrasesAreFurniture(line: String, kind: FurnitureLexicon.Kind) {
        #expect(FurnitureLexicon.standard.kind(of: line) == kind)
    }

    /// A paywall box in the middle of the article is dropped and does not cut the article.
    @Test func paywallBoxInsideTheArticleIsDropped() throws {
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY

        Subscribe now to read the latest news in your city and across the country.

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

        The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.
        """)
        #expect(article.body.count == 3)
        #expect(!article.body.contains { $0.plainText.localizedStandardContains("subscribe") })
    }

    /// The same teaser shape after an Arabic article: the list stays out, and the page stays
    /// right-to-left.
    @Test func arabicTeaserListAfterTheArticleIsNotBody() throws {
        var teasers = ""
        for _ in 1...5 {
            teasers += """

            لجنة الميناء تجتمع مرة أخرى هذا الأسبوع

            ناقشت لجنة الميناء هذا الأسبوع الرصيف القديم وسوق السمك وموقف السيارات الجديد لوقت طويل كما تفعل دائماً في كل اجتماع.

            أحمد علي
            ١٢ مايو ٢٠٢٤

            """
        }
        let (article, _) = try Fixtures.read("""
        المجلس يقر جدول العبارات الجديد

        أقر المجلس البلدي يوم الثلاثاء جدولاً جديداً للعبارات، يضيف رحلتين متأخرتين في أيام الأسبوع ابتداءً من الأول من مايو.

        وكان الركاب يطالبون برحلات متأخرة منذ سنوات، ووجد استطلاع في الشتاء الماضي أن معظمهم سيستخدمونها مرتين في الأسبوع.

        وقالت الشركة المشغلة إن الرحلات الإضافية ستمول بزيادة صغيرة في سعر التذكرة الموسمية.

        مقالات ذات صلة
        """ + teasers)
        #expect(article.title == "المجلس يقر جدول العبارات الجديد")
        #expect(article.body.count == 3)
        #expect(article.language == "ar")
        #expect(article.direction == .rightToLeft)
    }

    /// Interface text above the headline is no kicker; a section label is.
    @Test(arguments: [
        ("Up next:", nil), ("5 min read", nil), ("Tiempo de lectura: 6 min", nil), ("Tumblr", nil), ("Bookmark", nil),
        ("Sign In| Join", nil), ("Follow Harbour News", nil), ("繁體版", nil), ("Neuer Abschnitt", nil), ("1 day ago", nil),
        ("Open Navigation Menu", nil), ("// Press enter to search", nil), ("Home › News › Politics", nil),
        ("Transport", "Transport"), ("Wirtschaft", "Wirtschaft"), ("الاقتصاد", "الاقتصاد"),
    ] as [(String, String?)])
    func interfaceTextIsNoKicker(above: String, kicker: String?) throws {
        let (article, _) = try Fixtures.read(above + "\n\n" + Self.article)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.kicker == kicker)
    }
}
