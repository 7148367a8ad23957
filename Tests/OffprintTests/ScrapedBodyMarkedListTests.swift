import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintCleanup

/// Scraped pages whose article is a list the author typed out ("+ Added …", "١- …") or which
/// print a gallery of numbered slides inside the article. Each dump is hand-written in the shape
/// such pages have.
@Suite struct ScrapedBodyMarkedListTests {
    static let releaseNotes = [
        "+ Added a night mode for the map view",
        "+ Added offline maps for the three islands",
        "+ Added a timetable widget for the home screen",
        "* Departure boards now refresh every minute",
        "* Tickets can be shared with other travellers",
        "* The app starts twice as fast on older phones",
        "- Removed the old route planner",
    ]

    static func menu(_ items: [String]) -> String { items.joined(separator: "\n") }

    /// An article that is nothing but a typed list (release notes) between a menu and the
    /// footer's links is read whole; before, its one line that ended with a stop won.
    @Test func anArticleThatIsATypedListIsReadWhole() throws {
        let page = """
        Ferry App News

        Ferry App 4.2 - The Island Update

        \(Self.releaseNotes.joined(separator: "\n"))

        Newer Older

        Official links:

        \(Self.menu(["Ferry App website", "Ferry App on social media", "Help centre", "Report a problem", "Press kit"]))
        """
        let (article, _) = try Fixtures.read(page)
        #expect(article.title == "Ferry App 4.2 - The Island Update")
        #expect(article.body.map(\.plainText) == Self.releaseNotes)
    }

    /// An Arabic list typed with Arabic-Indic ordinals ("١- …") is the article too, read
    /// right to left.
    @Test func anArabicListWithOrdinalsIsTheArticle() throws {
        let items = [
            "١- رحلتان إضافيتان مساء كل يوم من أيام الأسبوع.",
            "٢- رحلة جديدة صباح يوم السبت إلى الجزيرة.",
            "٣- حافلة ليلية من الميناء إلى محطة القطار.",
            "٤- تذاكر موسمية بسعر أقل للطلاب والمتقاعدين.",
        ]
        let page = """
        الرئيسية
        أخبار
        رياضة
        اتصل بنا

        جدول العبارات الجديد

        \(items.joined(separator: "\n"))

        سياسة الخصوصية
        من نحن
        """
        let (article, _) = try Fixtures.read(page)
        #expect(article.body.map(\.plainText) == items)
        #expect(article.direction == .rightToLeft)
    }

    @Test func listMarkers() {
        func marker(_ text: String) -> String? {
            ScrapedPage.listMarker(of: ScrapedLine(number: 1, text: Substring(text), lexicon: .standard))
        }
        #expect(marker("+ Added offline maps") == "•")
        #expect(marker("• Tickets can be shared") == "•")
        #expect(marker("- Removed the old planner") == "•")
        #expect(marker("1. Two late crossings") == "#.")
        #expect(marker("12a etapa: 9 de dezembro") == "##a")
        #expect(marker("١- رحلتان إضافيتان") == "#-")
        #expect(marker("2024 was a good year") == nil)
        #expect(marker("3 people were hurt") == nil)
        #expect(marker("Commuters had asked") == nil)
        #expect(marker("+") == nil)
    }

    /// Three lines with one marker make a list; two do not, nor do three that blank lines part.
    @Test func aListIsThreeMarkedLinesInARow() {
        func mask(_ text: String) -> [Bool] {
            ScrapedPage(lines: text.split(separator: "\n", omittingEmptySubsequences: false), firstLineNumber: 1, lexicon: .standard).isInMarkedList
        }
        #expect(mask("+ one thing here\n+ two things here\n+ three things here") == [true, true, true])
        #expect(mask("+ one thing here\n+ two things here") == [false, false])
        #expect(mask("+ one thing here\n\n+ two things here\n\n+ three things here") == [false, false, false, false, false])
        #expect(mask("1. one thing here\n2. two things here\n3) three things here") == [false, false, false])
    }

    /// A counted list (the same word after every marker: a schedule's rows) is no box of
    /// headlines: between two paragraphs it stays whole, while numbered headlines of other
    /// stories, whose words after the marker differ, still leave as a box.
    @Test func countedListIsNoBoxOfHeadlines() throws {
        let rows = [
            "1. Stage: 4 May – Harbour Town to Westpoint",
            "2. Stage: 11 May – Westpoint to the Lighthouse",
            "3. Stage: 25 May – Lighthouse to Harbour Town",
        ]
        let (counted, _) = try Fixtures.read(ScrapedBodyTeaserTests.page(box: rows.joined(separator: "\n")))
        #expect(counted.body.map(\.plainText) == Array(ScrapedBodyTeaserTests.paragraphs[0...2]) + rows + Array(ScrapedBodyTeaserTests.paragraphs[3...4]))

        let headlines = [
            "1. Harbour fees to rise for the first time in ten years",
            "2. New lights planned for the old lighthouse pier",
            "3. Why are island ferries always late?",
        ]
        let (box, _) = try Fixtures.read(ScrapedBodyTeaserTests.page(box: headlines.joined(separator: "\n")))
        #expect(box.body.map(\.plainText) == ScrapedBodyTeaserTests.paragraphs)
    }

    @Test func countedListsShareTheWordAfterTheirMarker() {
        func mask(_ text: String) -> [Bool] {
            ScrapedPage(lines: text.split(separator: "\n", omittingEmptySubsequences: false), firstLineNumber: 1, lexicon: .standard).isInCountedList
        }
        #expect(mask("1a etapa: 10 de março\n2a etapa: 8 de abril\n3a Etapa: 22 de abril") == [true, true, true])
        #expect(mask("1. Day: arrival\n2. Day: the old town\n3. day departure") == [true, true, true])
        #expect(mask("1. Harbour fees rise\n2. New lights planned\n3. Ferries late again") == [false, false, false])
        #expect(mask("1a etapa: 10 de março\n2a etapa: 8 de abril") == [false, false])
    }
}

/// A gallery of numbered slides ("1/5 Title", caption, credit…) printed inside a scraped
/// article is left out; the article's paragraphs around it stay.
@Suite struct ScrapedBodyGalleryTests {
    static let paragraphs = ScrapedBodyTeaserTests.paragraphs

    static func slides(total: Int) -> String {
        (1...total).map { number in
            "\(number)/\(total) Harbour story number \(number)\n\nA caption that tells what happened at the harbour in week \(number) of the year.\n\nAgency"
        }.joined(separator: "\n\n")
    }

    @Test func aNumberedGalleryIsNotBody() throws {
        let text = Self.paragraphs
        let page = """
        Council approves new ferry timetable

        \(text[0])

        \(text[1])

        \(Self.slides(total: 5))

        \(text[2])

        \(text[3])

        \(text[4])
        """
        let (article, _) = try Fixtures.read(page)
        #expect(article.body.map(\.plainText) == Self.paragraphs)
    }

    @Test func slideCounters() {
        #expect(ScrapedPage.slideCounter("2/50 Star Wars boosts economy")! == (2, 50))
        #expect(ScrapedPage.slideCounter("2/50") == nil)
        #expect(ScrapedPage.slideCounter("0/5 Nothing") == nil)
        #expect(ScrapedPage.slideCounter("24/7 service is back") == nil)
        #expect(ScrapedPage.slideCounter("and/or more") == nil)
    }

    /// A recipe's quantities repeat or go back ("1/4 cup", "1/4 teaspoon", "3/4 cup"): no gallery.
    @Test func quantitiesAreNoGallery() {
        let lines = ["1/4 cup of melted butter", "3/4 cup of brown sugar", "1/4 teaspoon of salt"]
        let page = ScrapedPage(lines: lines.map { Substring($0) }, firstLineNumber: 1, lexicon: .standard)
        #expect(page.numberedGallery(in: [0, 1, 2]).isEmpty)
        let slides = ScrapedPage(lines: ["1/4 The pier", "2/4 The boat", "3/4 The island"].map { Substring($0) }, firstLineNumber: 1, lexicon: .standard)
        #expect(slides.numberedGallery(in: [0, 1, 2]) == [0, 1, 2])
    }
}
