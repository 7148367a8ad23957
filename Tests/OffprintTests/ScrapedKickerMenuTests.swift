import Testing
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// The line above a scraped page's headline is its kicker only when it is a section label, not
/// the last entry of a menu that ends there (`ScrapedPage.endsMenu`) or of a menu printed twice
/// (`ScrapedPage.isRepeatedMenuEntry`), and not interface text
/// (`InterfaceLabel`). Menus are written both ways the dumps print them: one entry a line (a
/// layout dump) and one entry a block, blank lines between (a block dump). Hand-written
/// fixtures; none names a site.
@Suite struct ScrapedKickerMenuTests {
    static let headline = "Council approves new ferry timetable"
    static let body = ScrapedHeadlineRuleTests.body

    static func kicker(above lines: [String], blockDump: Bool) throws -> String? {
        let top = lines.joined(separator: blockDump ? "\n\n" : "\n")
        let (article, _) = try Fixtures.read("\(top)\n\n\(headline)\n\n\(body)\n")
        #expect(article.title == headline)
        return article.kicker
    }

    /// A navigation bar that ends right above the headline gives no kicker: its last entry is
    /// one section among many, printed nowhere else.
    @Test(arguments: [false, true])
    func lastEntryOfAMenuIsNoKicker(blockDump: Bool) throws {
        #expect(try Self.kicker(above: ["Home", "News", "Sport", "Culture", "Travel", "Weather"], blockDump: blockDump) == nil)
        #expect(try Self.kicker(above: ["Startseite", "Politik", "Wirtschaft", "Kultur", "Reise", "Wetter"], blockDump: blockDump) == nil)
    }

    /// The section the page names twice (in its menu, then again above the headline) is a
    /// section label, at the end of a menu or not.
    @Test(arguments: [false, true])
    func sectionNamedAgainIsAKicker(blockDump: Bool) throws {
        let menu = ["Home", "News", "Sport", "Culture", "Travel"]
        #expect(try Self.kicker(above: menu + ["Weather", "Sport"], blockDump: blockDump) == "Sport")
        // A short trail is no menu: its last step is the section.
        #expect(try Self.kicker(above: ["Home", "Travel"], blockDump: blockDump) == "Travel")
    }

    /// A breadcrumb's steps, broken into lines by the dump ("News /"), lead to the section.
    @Test(arguments: ["/", "›", "»"])
    func breadcrumbStepLeadsToTheSection(separator: String) throws {
        let lines = ["Home", "News", "Sport", "Culture", "Travel", "Features \(separator)", "On your screens this week"]
        #expect(try Self.kicker(above: lines, blockDump: true) == "On your screens this week")
    }

    /// Right to left: an Arabic menu ending above the headline gives no kicker; a Hebrew
    /// breadcrumb whose step points left ("חדשות ‹") leads to the section; Arabic, Hebrew,
    /// Persian and Urdu interface labels are no kicker.
    @Test func rightToLeftMenusAndLabels() throws {
        let arabicMenu = ["الرئيسية", "أخبار", "رياضة", "ثقافة", "سفر", "اقتصاد"]
        #expect(try Self.kicker(above: arabicMenu, blockDump: false) == nil)
        #expect(try Self.kicker(above: arabicMenu + ["رياضة"], blockDump: true) == "رياضة")
        let hebrewTrail = ["ראשי", "חדשות", "ספורט", "תרבות", "חדשות ‹", "כלכלה"]
        #expect(try Self.kicker(above: hebrewTrail, blockDump: true) == "כלכלה")
        for label in ["المزيد", "اقرأ المزيد", "التعليقات", "שתף", "קרא עוד", "بیشتر", "مزید", "بند کریں"] {
            #expect(try Self.kicker(above: [label], blockDump: false) == nil, "\(label)")
        }
        #expect(try Self.kicker(above: ["اقتصاد"], blockDump: false) == "اقتصاد")
    }

    /// Interface text is no kicker whatever stands above it: links to the comments, account and
    /// consent buttons, paging and disclosure controls, in several languages. A singular
    /// "Kommentar" is an opinion column's label and stays.
    @Test(arguments: [
        ("Comments", nil), ("Kommentare", nil), ("Commentaires", nil), ("Comentarios", nil), ("Yorumlar", nil),
        ("Login", nil), ("Einloggen", nil), ("Connexion", nil), ("Accept all", nil), ("Alle akzeptieren", nil),
        ("Tout accepter", nil), ("Show more", nil), ("Mehr anzeigen", nil), ("Ver más", nil), ("Back", nil),
        ("Weiter", nil), ("Loading", nil), ("Reply", nil),
        ("Kommentar", "Kommentar"), ("Meinung", "Meinung"), ("Opinión", "Opinión"), ("Background", "Background"),
    ] as [(String, String?)])
    func interfaceTextIsNoKicker(label: String, kicker: String?) throws {
        #expect(try Self.kicker(above: [label], blockDump: false) == kicker)
    }

    static func kicker(above lines: [String], below footer: [String]) throws -> String? {
        let (article, _) = try Fixtures.read("\(lines.joined(separator: "\n\n"))\n\n\(headline)\n\n\(body)\n\n\(footer.joined(separator: "\n\n"))\n")
        #expect(article.title == headline)
        return article.kicker
    }

    /// A menu the page prints twice (a list of trending topics in the header and again in the
    /// footer) whose copy above the headline ends with an entry gives no kicker: wherever else
    /// that entry is printed, the same entries stand above it.
    @Test func entryOfAMenuPrintedTwiceIsNoKicker() throws {
        let trending = ["Trending", "Harbour fire", "Bridge works", "Tram strike"]
        #expect(try Self.kicker(above: trending, below: trending + ["Ferry fares", "Contact"]) == nil)
        let arabic = ["الأكثر قراءة", "حريق الميناء", "أعمال الجسر", "إضراب الترام"]
        #expect(try Self.kicker(above: arabic, below: arabic + ["أسعار العبّارات"]) == nil)
        // Printed once more elsewhere, after other lines, the entry names the section.
        #expect(try Self.kicker(above: trending, below: trending + ["More on", "Tram strike"]) == "Tram strike")
    }

    /// A breadcrumb that repeats the menu's first entries ("Home", "Articles") is no copy of the
    /// menu: other lines stand above its root.
    @Test func breadcrumbAfterItsMenuIsAKicker() throws {
        let menu = ["Home", "Articles", "Demos", "About"]
        #expect(try Self.kicker(above: menu + ["Mozilla", "Home", "Articles"], below: ["Site map"] + menu) == "Articles")
    }

    /// A page that prints its header twice prints the headline under each copy: the kicker stays.
    @Test func headerPrintedTwiceKeepsItsKicker() throws {
        let header = ["Menu", "Home", "Sport"]
        #expect(try Self.kicker(above: header, below: header + [Self.headline]) == "Sport")
    }

    /// A caption or another story's headline above the headline is longer than a label.
    @Test func aLongLineIsNoKicker() throws {
        #expect(try Self.kicker(above: ["Life", "", "The old harbour lamps at dusk on a winter evening in the port"], blockDump: false) == nil)
    }
}
