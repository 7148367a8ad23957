import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintCleanup

/// Lines inside the scraped-text body's range that are the page's, not the article's: pictures'
/// credits and captions with credits, bare addresses, a template's repeated label, the article
/// printed a second time, a widget's labels. Each dump is hand-written in the shape such pages
/// have.
@Suite struct ScrapedBodyFurnitureTests {
    static let first = "The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May."
    static let second = "Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week."
    static let third = "The operator said the extra crossings would be paid for by a small rise in the price of a season ticket."

    static func page(_ middle: String, after: String = "") -> String {
        """
        Council approves new ferry timetable

        \(first)

        \(middle)

        \(second)

        \(third)
        \(after)
        """
    }

    /// A caption that ends with its credit, a credit line and a "©" credit are left out; the
    /// paragraphs around them stay.
    @Test(arguments: [
        "The new boat at the pier on Monday. Photo: Jane Doe/Harbour Press",
        "Die neue Fähre am Montag am Anleger. | Bild: Jane Doe",
        "Foto: Jane Doe",
        "The new boat at the pier on Monday. © Jane Doe",
        "(Photo by Jane Doe)",
    ])
    func pictureCreditIsNotBody(credit: String) throws {
        let (article, _) = try Fixtures.read(Self.page(credit))
        #expect(article.body.map(\.plainText) == [Self.first, Self.second, Self.third])
    }

    /// A paragraph that only mentions a photo, or opens with "©" and runs on, is the article's.
    @Test(arguments: [
        "The photo: a crowd of commuters on the quay at midnight, waiting for a boat that had been cancelled an hour before.",
        "© Harbour Press. The ferry operator first proposed the late crossings three years ago, but the council turned them down twice, saying the town could not pay for them.",
    ])
    func paragraphMentioningAPhotoStays(paragraph: String) throws {
        let (article, _) = try Fixtures.read(Self.page(paragraph))
        #expect(article.body.map(\.plainText) == [Self.first, paragraph, Self.second, Self.third])
    }

    @Test func creditShapes() {
        #expect(ScrapedPage.hasTrailingCredit("Smoke over the roofs. Photo: Jane Doe/Agency"))
        #expect(ScrapedPage.hasTrailingCredit("Rauch über den Dächern (Foto: Jane Doe)"))
        #expect(ScrapedPage.hasTrailingCredit("دخان فوق الأسطح. صورة: جين دو"))
        #expect(!ScrapedPage.hasTrailingCredit("He wrote: the photo was taken on the quay by a commuter who waited for the last boat."))
        #expect(!ScrapedPage.hasTrailingCredit("Quelle: Statistisches Bundesamt"))
        #expect(!ScrapedPage.hasTrailingCredit("A photo: nothing after it but the colon and many more words than any credit has"))
    }

    /// An Arabic caption with its credit is left out and the page stays right-to-left.
    @Test func arabicCaptionWithCreditIsNotBody() throws {
        let (article, _) = try Fixtures.read("""
        المجلس يقر جدولا جديدا للعبارات

        أقر المجلس البلدي يوم الثلاثاء جدولا جديدا للعبارات يضيف رحلتين متأخرتين في أيام الأسبوع بدءا من أول مايو.

        العبارة الجديدة عند الرصيف يوم الاثنين. صورة: جين دو

        طالب الركاب بمواعيد متأخرة منذ سنوات، وأظهر استطلاع في الشتاء الماضي أن أغلبهم سيستخدمونها مرتين في الأسبوع.

        وقالت الشركة المشغلة إن الرحلات الإضافية ستمول بزيادة صغيرة في سعر الاشتراك الموسمي.
        """)
        #expect(article.body.count == 3)
        #expect(!article.body.contains { $0.plainText.contains("صورة") })
        #expect(article.direction == .rightToLeft)
    }

    /// A web address alone on a line (an image's, printed by the page's metadata) is left out.
    @Test func bareAddressIsNotBody() throws {
        let (article, _) = try Fixtures.read(Self.page("https://images.example.com/2024/ferry-pier-500x250.jpg"))
        #expect(article.body.map(\.plainText) == [Self.first, Self.second, Self.third])
        #expect(ScrapedPage.isBareAddress("www.example.org"))
        #expect(!ScrapedPage.isBareAddress("See https://example.org for the timetable."))
    }

    /// A label the page prints between every two paragraphs is the template's, not the body's.
    @Test func repeatedTemplateLabelIsNotBody() throws {
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        \(Self.first)

        Article content

        \(Self.second)

        Article content

        \(Self.third)

        Article content

        Ferry staff will be asked in June which crossings they would like to work, and the rota will follow their answers.
        """)
        #expect(article.body.count == 4)
        #expect(!article.body.contains { $0.plainText == "Article content" })
    }

    /// The article printed a second time further down (from the page's metadata, its
    /// paragraphs glued into one line) is kept once.
    @Test func articlePrintedTwiceIsKeptOnce() throws {
        let glued = [Self.first, Self.second, Self.third].joined(separator: " ")
        let (article, _) = try Fixtures.read(Self.page("The harbour master welcomed the decision and said the pier lights would stay on later.", after: "\nJane Roe\n\n\(glued)\n"))
        #expect(!article.body.contains { $0.plainText == glued })
        #expect(article.body.filter { $0.plainText.contains("council approved") }.count == 1)
        #expect(article.body.last?.plainText != glued)
    }

    /// A newsletter form inside the article: its messages are left out, and the article goes
    /// on after it (a widget's lines weigh as any line of their shape, so the form does not cut
    /// the article in two).
    @Test func newsletterFormInsideTheArticleIsLeftOut() throws {
        let form = """
        Top Stories

        Get the latest headlines, breaking news and columns.

        There was an error, please provide a valid email address.
        Sign Up
        By signing up you consent to receive the above newsletter from the publisher.

        Thanks for signing up!

        A welcome email is on its way. If you don't see it, please check your junk folder.

        We encountered an issue signing you up. Please try again

        Interested in more newsletters? Browse here.
        """
        let (article, _) = try Fixtures.read(Self.page(form))
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.body.first?.plainText == Self.first)
        #expect(article.body.suffix(2).map(\.plainText) == [Self.second, Self.third])
        #expect(!article.body.contains { $0.plainText.contains("signing") || $0.plainText.contains("welcome email") })
        #expect(FurnitureLexicon.standard.kind(of: "Thanks for signing up!") == .widget)
    }

    /// A byline, a time stamp and a date above the first paragraph are the page's; a date
    /// line further down (a timeline's entry) stays.
    @Test func bylineAndTimeStampsAreNotBody() throws {
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        The crossings at night come back after ten years
        By Jane Roe, Harbour Desk
        Published 10:02 AM EST Nov 19, 2019
        19.11.2019, 10:02

        \(Self.first)

        \(Self.second)

        12 March 2019

        \(Self.third)

        Sist oppdatert 06.01.2026 - 17:35
        """)
        #expect(article.body.map(\.plainText).suffix(4) == [Self.first, Self.second, "12 March 2019", Self.third])
        #expect(!article.body.contains { $0.plainText.contains("Published") || $0.plainText.contains("Jane Roe") || $0.plainText.contains("17:35") || $0.plainText.contains("10:02") })
        #expect(article.authors == ["Jane Roe"])
    }

    @Test func timeStampShapes() {
        let line = { (text: Substring) in ScrapedLine(number: 1, text: text, lexicon: .standard) }
        #expect(ScrapedPage.isTimestamp(line("Veröffentlicht am 13. Mai 2026 um 15:44")))
        #expect(ScrapedPage.isTimestamp(line("Last updated: 4 June 2024")))
        #expect(!ScrapedPage.isTimestamp(line("Published in 2019, the report found that most commuters would use a later boat.")))
        #expect(!ScrapedPage.isTimestamp(line("Updated timetable")))
    }

    /// A note about the author after the article ends the body: the teasers below it, sentences
    /// as they may be, are the page's. A line of the same shape in the article's first half
    /// ("The minister is a former journalist…") does not end it.
    @Test func authorNoteEndsTheBody() throws {
        var teasers = ""
        for number in 1...2 {
            teasers += "\nHarbour story number \(number)\n\nThe harbour committee met again this week and talked about the old pier for a long time, as it always does, story \(number).\n"
        }
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        Jane Minister is a former journalist who covered the harbour for the local paper before she was elected.

        \(Self.first)

        \(Self.second)

        \(Self.third)

        Ferry staff will be asked in June which crossings they would like to work, and the rota will follow their answers.

        The first late boat is due to leave the pier at a quarter to midnight on the first Monday in May.

        Jane Roe is a staff writer covering transport and the harbour for the paper since 2015.
        \(teasers)
        """)
        #expect(article.body.first?.plainText.hasPrefix("Jane Minister") == true)
        #expect(article.body.last?.plainText.hasPrefix("The first late boat") == true)
    }

    /// An author box after the article ("Sobre Jane Roe" over a note that names her) ends the
    /// body; a subheading of the same opening whose paragraph names no one does not.
    @Test func authorBoxEndsTheBody() throws {
        let (article, _) = try Fixtures.read(Self.page("About the new timetable", after: """

        Ferry staff will be asked in June which crossings they would like to work, and the rota will follow their answers.

        Sobre Jane Roe

        Mother of two and a keen sailor, Jane Roe has written about the harbour and its ferries for the paper since 2015, and lives on the island.

        The island school gets a new roof this summer, and the builders will start in June when the pupils leave.
        """))
        #expect(article.body.map(\.plainText).contains("About the new timetable"))
        #expect(article.body.last?.plainText.hasPrefix("Ferry staff will be asked") == true)
    }


    @Test func authorNoteAndGalleryCounterShapes() {
        let page = ScrapedPage(lines: [], firstLineNumber: 1, lexicon: .standard)
        let line = { (text: Substring) in ScrapedLine(number: 1, text: text, lexicon: .standard) }
        #expect(page.isAuthorNote(line("Jane Roe is a staff writer at the paper, covering transport.")))
        #expect(page.isAuthorNote(line("Max Mustermann ist Redakteur im Ressort Wirtschaft.")))
        #expect(!page.isAuthorNote(line("The council is a body of twelve elected members and a mayor.")))
        #expect(ScrapedPage.isDoubled("Jane Roe Jane Roe"))
        #expect(ScrapedPage.isDoubled("Why the ferry is late again Why the ferry is late again"))
        #expect(!ScrapedPage.isDoubled("Roe v. Roe"))
        #expect(ScrapedPage.isGalleryCounter("3 / 12"))
        #expect(ScrapedPage.isGalleryCounter("Image 1 of 5"))
        #expect(!ScrapedPage.isGalleryCounter("3 of the 12 boats"))
    }

    /// A teaser whose image text and link text the dump glued ("Headline Headline") is not the
    /// article's, though it reads as a sentence.
    @Test func doubledTeaserHeadlineIsNotBody() throws {
        let doubled = "The harbour committee met again and could not agree. The harbour committee met again and could not agree."
        let (article, _) = try Fixtures.read(Self.page("Ferry staff will be asked in June which crossings they would like to work.", after: "\n\(doubled)\n\nJane Roe\n"))
        #expect(!article.body.contains { $0.plainText == doubled })
        #expect(article.body.last?.plainText == Self.third)
    }
}
