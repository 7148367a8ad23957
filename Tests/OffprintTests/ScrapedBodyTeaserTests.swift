import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintCleanup

/// Other stories printed inside or after the article in a scraped page: a box of headlines
/// between two paragraphs, a list of teasers after the article. Each dump is hand-written in
/// the shape such pages have.
@Suite struct ScrapedBodyTeaserTests {
    static let paragraphs = [
        "The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.",
        "Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.",
        "The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.",
        "Councillors who voted against the plan said the harbour could not take more traffic at night without new lights.",
        "The first late boat leaves the town pier at eleven and reaches the island forty minutes later, weather permitting.",
    ]

    static func page(box: String) -> String {
        let text = paragraphs
        return """
        Council approves new ferry timetable

        \(text[0])

        \(text[1])

        \(text[2])

        \(box)

        \(text[3])

        \(text[4])
        """
    }

    /// A box of other stories' headlines between two paragraphs (with a section label and a
    /// date among them) is left out; the paragraphs around it stay.
    @Test(arguments: [
        "Harbour fees to rise for the first time in ten years\n\nNew lights planned for the old lighthouse pier\n\nWhy are island ferries always late?",
        "Transport\n\nHarbour fees to rise for the first time in ten years\n\nJane Doe\n\nNew lights planned for the old lighthouse pier\n\nMay 3, 2024\n\nWhy are island ferries always late?",
    ])
    func boxOfHeadlinesIsNotBody(box: String) throws {
        let (article, _) = try Fixtures.read(Self.page(box: box))
        #expect(article.body.map(\.plainText) == Self.paragraphs)
    }

    /// A list the article introduces with a colon, and two subheadings, are the article's.
    @Test func introducedListStays() throws {
        let list = ["Two late crossings on weekdays", "One more boat on Saturday mornings", "A night bus from the pier to the station"]
        let (article, _) = try Fixtures.read(Self.page(box: "The new timetable brings:\n\n" + list.joined(separator: "\n\n")))
        #expect(article.body.map(\.plainText).contains(list[0]))
        #expect(article.body.map(\.plainText).contains(list[2]))
    }

    /// A subheading alone between paragraphs is the article's; two headlines in a row are a box
    /// (the second longer than a subheading: see `ScrapedBodySubheadingTests`).
    @Test func oneHeadlineStaysTwoAreABox() throws {
        let (single, _) = try Fixtures.read(Self.page(box: "What the new timetable means for commuters"))
        #expect(single.body.count == Self.paragraphs.count + 1)
        let (pair, _) = try Fixtures.read(Self.page(box: "What the new timetable means for commuters\n\nWhere the night bus from the pier will stop after May"))
        #expect(pair.body.map(\.plainText) == Self.paragraphs)
    }

    @Test func teaserHeadlineShapes() {
        let page = ScrapedPage(lines: [], firstLineNumber: 1, lexicon: .standard)
        func line(_ text: String) -> ScrapedLine { ScrapedLine(number: 1, text: Substring(text), lexicon: .standard) }
        #expect(page.isTeaserHeadline(line("Harbour fees to rise for the first time")))
        #expect(page.isTeaserHeadline(line("Why are island ferries always late?")))
        #expect(page.isTeaserHeadline(line("„Wir fahren weiter“: Fährbetreiber will neue Boote kaufen")))
        #expect(!page.isTeaserHeadline(line("The harbour fees rise for the first time.")))
        #expect(!page.isTeaserHeadline(line("the harbour fees rise for the first time")))
        #expect(!page.isTeaserHeadline(line("The new timetable brings:")))
        #expect(!page.isTeaserHeadline(line("Ferry news")))
        #expect(!page.isTeaserHeadline(line("When the harbour master rang the bell at noon,")))
        #expect(!page.isTeaserHeadline(line("港の使用料を引き上げる案について、")))
    }

    /// Two lines of a sentence the dump wrapped, the first ending with a comma, are the
    /// article's text, not two headlines in a row.
    @Test func wrappedLinesEndingWithACommaStay() throws {
        let wrapped = ["When the harbour master rang the bell at noon,", "Every boat in the bay turned for home"]
        let (article, _) = try Fixtures.read(Self.page(box: wrapped.joined(separator: "\n\n")))
        #expect(article.body.map(\.plainText) == Array(Self.paragraphs.prefix(3)) + wrapped + Array(Self.paragraphs.dropFirst(3)))
    }

    /// Teasers whose summaries the site cut off at a length ("…may soon...") are left out; an
    /// article's own ellipsis after a space, or a single cut-off line, stays.
    @Test func cutOffSummariesAreNotBody() throws {
        let teasers = [
            "Harbour fees to rise for the first time in ten years HARBOUR: The port authority said on Monday that fees for moored boats may soon...",
            "Island school to get a new roof ISLAND: Builders will start work on the school roof in June, the council said, after a survey found…",
        ]
        let (article, _) = try Fixtures.read(Self.page(box: teasers.joined(separator: "\n\n")))
        #expect(article.body.map(\.plainText) == Self.paragraphs)
        let own = "The mayor paused, looked at the boats, and said only that the town would have to wait and see …"
        let (kept, _) = try Fixtures.read(Self.page(box: own + "\n\n" + teasers[0]))
        #expect(kept.body.map(\.plainText).contains(own))
        #expect(kept.body.map(\.plainText).contains(teasers[0]))
    }

    @Test func cutOffEndings() {
        #expect(ScrapedPage.endsCutOff("residents of the state may soon..."))
        #expect(ScrapedPage.endsCutOff("University of Technology…"))
        #expect(ScrapedPage.endsCutOff("Raminder Singh Rekhi, 41,...") == false)
        #expect(!ScrapedPage.endsCutOff("wait and see …"))
        #expect(!ScrapedPage.endsCutOff("The end."))
    }

    /// A "related" box the article goes on below ("Don't miss", three headlines, then more
    /// paragraphs) no longer ends the body: the paragraphs after it are kept, the box is not.
    @Test func articleGoesOnBelowARelatedBox() throws {
        let box = "Don't miss\nHarbour fees to rise for the first time in ten years\nNew lights planned for the old lighthouse pier\nIsland school to get a new roof"
        let (article, _) = try Fixtures.read(Self.page(box: box))
        #expect(article.body.map(\.plainText) == Self.paragraphs)
    }

    /// A related box after the article, with only the site's furniture below it, still ends it.
    @Test func relatedBoxAfterTheArticleEndsIt() throws {
        let text = Self.paragraphs
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        \(text[0])

        \(text[1])

        \(text[2])

        Don't miss
        Harbour fees to rise for the first time in ten years
        New lights planned for the old lighthouse pier

        Privacy policy

        Terms of use
        """)
        #expect(article.body.map(\.plainText) == Array(text[0...2]))
        #expect(article.related.map(\.title).contains("Harbour fees to rise for the first time in ten years"))
    }

    /// The same box in Arabic: left out, and the page stays right-to-left.
    @Test func arabicBoxOfHeadlinesIsNotBody() throws {
        let paragraphs = [
            "أقر المجلس البلدي يوم الثلاثاء جدولا جديدا للعبارات يضيف رحلتين متأخرتين في أيام الأسبوع بدءا من أول مايو.",
            "طالب الركاب بمواعيد متأخرة منذ سنوات، وأظهر استطلاع في الشتاء الماضي أن أغلبهم سيستخدمونها مرتين في الأسبوع.",
            "وقالت الشركة المشغلة إن الرحلات الإضافية ستمول بزيادة صغيرة في سعر الاشتراك الموسمي للركاب الدائمين.",
            "وقال أعضاء المجلس الذين صوتوا ضد الخطة إن الميناء لا يتحمل حركة أكبر ليلا من دون أضواء جديدة على الرصيف.",
        ]
        let (article, _) = try Fixtures.read("""
        المجلس يقر جدولا جديدا للعبارات

        \(paragraphs[0])

        \(paragraphs[1])

        رسوم الميناء ترتفع لأول مرة منذ عشر سنوات

        أضواء جديدة لرصيف المنارة القديمة

        لماذا تتأخر عبارات الجزيرة دائما؟

        \(paragraphs[2])

        \(paragraphs[3])
        """)
        #expect(article.body.map(\.plainText) == paragraphs)
        #expect(article.direction == .rightToLeft)
    }
}
