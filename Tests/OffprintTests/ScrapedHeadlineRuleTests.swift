import Testing
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// Lines the scraped-text reader never takes for a headline (`ScrapedPage+NonHeadlines.swift`)
/// and page-interface labels it never takes for a kicker (`InterfaceLabel`). Each fixture is
/// hand-written in the shape such pages have; none names a site.
@Suite struct ScrapedHeadlineRuleTests {
    static let body = """
    The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

    Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

    The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.
    """

    /// A picture caption that ends with its credit, or opens with who stands where, is no
    /// headline, even where it stands right above the article and repeats its words.
    @Test(arguments: [
        "Commuters wait for the late ferry at the harbour on Tuesday evening. Photo: Jane Roe/Harbour Press",
        "Commuters wait for the late ferry at the harbour on Tuesday evening (Image: Harbour Press via Wire)",
        "Commuters wait for the late ferry at the harbour on Tuesday evening (WIRE / JANE ROE)",
        "(L-R) Council leader Jane Roe, ferry operator John Doe, harbour master Ann Poe",
    ])
    func captionIsNoHeadline(caption: String) throws {
        let (article, _) = try Fixtures.read("Menu\n\nCouncil approves new ferry timetable\n\n\(caption)\n\n\(Self.body)\n")
        #expect(article.title == "Council approves new ferry timetable")
    }

    /// A widget's error message printed at the top of the page ("Something went wrong with the
    /// connection!") is interface text, not the headline, though it reads like a short sentence
    /// and the article repeats its words; without the lexicon's entry the model takes it here.
    @Test func widgetErrorMessageIsNoHeadline() throws {
        let page = """
        Something went wrong with the connection!

        Harbour News

        Home

        Ferries

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May, after something went wrong with the old connection.

        Council approves new ferry timetable

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week with the connection.

        The operator said the extra crossings would be paid for by a small rise in the price of a season ticket, and nothing went wrong.
        """
        let (article, _) = try Fixtures.read(page + "\n")
        #expect(article.title == "Council approves new ferry timetable")
    }

    @Test func captionCreditsAreRecognised() {
        #expect(ScrapedPage.endsWithCredit("People queue at the pier. Foto: Jane Roe/Wire"))
        #expect(ScrapedPage.endsWithCredit("People queue at the pier (Credit: Wire)"))
        #expect(ScrapedPage.endsWithCredit("People queue at the pier (WIRE / JANE ROE)"))
        // A headline may hold a colon or a bracket without being a caption.
        #expect(!ScrapedPage.endsWithCredit("Photo finish: the ferry race ends in a tie"))
        #expect(!ScrapedPage.endsWithCredit("Council approves timetable (and raises fares)"))
        #expect(!ScrapedPage.endsWithCredit("Ferry service resumes (Part 1 / 2)"))
    }

    /// TeX markup, a bulleted list item, a metadata row, a button glued to the site's name and
    /// a wiki heading with its edit link are never headlines; their look-alikes are.
    @Test(arguments: [
        ("A = A^H {\\displaystyle A=A^{\\mathsf {H}}}", false), ("Energy is E = mc² {in most cases}", true),
        ("+ Added rabbits, with item drops", false), ("• Council approves timetable", false),
        ("- Ferries will run late", true),
        ("Politics, News | Published: 5 hours ago | Written by Jane Roe", false),
        ("Design Week 2018 | A light installation for the harbour", true),
        ("Share this Story : The Harbour Times", false), ("Harbour : The council approves a timetable", true),
        ("Equality with the adjoint[edit]", false), ("Geschichte [Bearbeiten | Quelltext bearbeiten]", false),
        ("Council approves timetable [Video]", true),
    ] as [(String, Bool)])
    func neverHeadlineShapes(text: String, couldBeHeadline: Bool) {
        let page = ScrapedPage(lines: [Substring(text)], firstLineNumber: 1, lexicon: .standard)
        #expect(page.isNeverHeadline(Substring(text)) == !couldBeHeadline)
    }

    /// A headline that opens with a byline's word ("Von der Leyen …", "Por qué …") is a
    /// headline when the next word is in lower case; "Von Jane Roe" stays a byline.
    @Test(arguments: [
        ("Von der Leyen warnt vor neuen Zöllen auf Fähren", true), ("Por qué el ferry llega tarde cada noche", true),
        ("By the numbers: the new ferry timetable", true), ("Von Jane Roe", false), ("By Jane Roe and John Doe", false),
    ] as [(String, Bool)])
    func bylineWordsOpeningAHeadline(text: String, couldBeHeadline: Bool) {
        let page = ScrapedPage(lines: [Substring(text)], firstLineNumber: 1, lexicon: .standard)
        #expect(page.isBylineNotHeadline(page.lines[0]) == !couldBeHeadline)
    }

    @Test func germanHeadlineOpeningWithVonIsTheTitle() throws {
        let (article, _) = try Fixtures.read("""
        Menü

        Von der Leyen kündigt neue Fährverbindungen an

        Die Kommission hat am Dienstag einen Plan für neue Fährverbindungen zwischen den Inseln vorgestellt, der im Mai beginnt.

        Pendler hatten seit Jahren spätere Verbindungen gefordert, und eine Umfrage im Winter ergab, dass viele sie nutzen würden.
        """)
        #expect(article.title == "Von der Leyen kündigt neue Fährverbindungen an")
        #expect(article.authors.isEmpty)
    }

    /// A time of day or an age under a line counts as the date under a headline; a reading
    /// time does not.
    @Test(arguments: [
        ("9:51", true), ("14:05 Uhr", true), ("5 hours ago", true), ("vor 3 Stunden", true), ("4 min read", false),
        ("Lesezeit: 3 Minuten", false), ("Score 2:1 after extra time in the harbour cup final", false), ("Harbour", false),
    ] as [(String, Bool)])
    func timeOfDayOrAge(text: String, isTime: Bool) {
        let line = ScrapedLine(number: 1, text: Substring(text), lexicon: .standard)
        #expect(ScrapedPage.isTimeOfDayOrAge(line) == isTime)
    }

    /// Related links in a bulleted list stay related links: only headline candidates refuse
    /// bullets.
    @Test func bulletedRelatedLinksStayRelated() throws {
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        \(Self.body)

        Related articles

        • Ferry strike ends after two weeks of talks

        • Harbour levy doubles in five years
        """)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.related.map(\.title) == ["• Ferry strike ends after two weeks of talks", "• Harbour levy doubles in five years"])
    }

    /// Time stamps need a number before their unit.
    @Test func timeStampsNeedANumberBeforeTheUnit() {
        #expect(InterfaceLabel.isTimeStamp("Published: 5 hours ago"))
        #expect(InterfaceLabel.isTimeStamp("vor 3 Stunden"))
        #expect(InterfaceLabel.isTimeStamp("Tiempo de lectura: 6min"))
        #expect(!InterfaceLabel.isTimeStamp("Design Week 2018"))
        #expect(!InterfaceLabel.isTimeStamp("Week in review"))
    }

    /// Page-interface labels above a headline are no kicker, by their class: buttons (share,
    /// close, skip, media, membership, links that lead elsewhere), live-broadcast buttons,
    /// membership prompts, text-size controls and labels without a word of two letters.
    /// Section labels stay, also when they open with a button's letters ("Moreton Bay").
    @Test(arguments: [
        ("Watch Live", nil), ("Watch the harbour channel live", nil), ("Live TV", nil), ("Jetzt live", nil), ("Livestream", nil),
        ("Listen to this article", nil), ("Artikel anhören", nil), ("Écouter cet article", nil), ("Play video", nil),
        ("A- A+", nil), ("A A A", nil), ("Text size", nil), ("Schriftgröße", nil), ("Aa", nil),
        ("Members only", nil), ("Become a member", nil), ("Join now", nil), ("Exklusiv für Abonnenten", nil),
        ("Réservé aux abonnés", nil), ("Premium", nil), ("Official timing partner", nil), ("Sponsored content", nil),
        ("Close", nil), ("Close menu", nil), ("Schließen", nil), ("Skip to main content", nil), ("Teilen Sie diesen Artikel", nil),
        ("Compartir en redes", nil), ("Read more", nil), ("The pier at dusk (WIRE / JANE ROE)", nil), ("Back to overview", nil), ("★", nil), ("7", nil),
        ("Link zum Artikel", nil), ("Link to the report", nil), ("Lien vers l'article", nil), ("More sport", nil), ("Mehr Sport", nil),
        ("Moreton Bay", "Moreton Bay"), ("Mehrheit", "Mehrheit"),
        ("Live", "Live"), ("Apple Watch", "Apple Watch"), ("Gift Guide", "Gift Guide"), ("Transport", "Transport"),
        ("Sport | Football", "Sport | Football"), ("社会", "社会"), ("Wirtschaft", "Wirtschaft"),
    ] as [(String, String?)])
    func interfaceLabelIsNoKicker(above: String, kicker: String?) throws {
        let (article, _) = try Fixtures.read("\(above)\n\nCouncil approves new ferry timetable\n\n\(Self.body)\n")
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.kicker == kicker)
    }
}
