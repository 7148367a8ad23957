import Testing
import TestSupport
@testable import OffprintReaders
@testable import OffprintCleanup

/// Lists and tables inside a scraped page's article: their short lines do not end the body.
/// Each dump is hand-written in the shape such pages have.
@Suite struct ScrapedBodyListTests {
    /// A list introduced by a colon, between two paragraphs, stays in the body together with the
    /// paragraph after it, though its items are short lines that are no sentences.
    @Test func listIntroducedByAColonBetweenParagraphsIsBody() throws {
        let items = (1...9).map { "Crossing number \($0) at the north pier" }.joined(separator: "\n")
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        The new timetable has these crossings:

        \(items)

        The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.
        """)
        let text = article.body.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Crossing number 9"))
        #expect(text.contains("season ticket"))
    }

    /// A menu between two texts is no list of the article: its one-word items are not bridged.
    @Test func menuOfSingleWordsIsNotBridged() {
        let menu = ["Home", "News", "Sport", "Weather", "Travel"]
        let lines: [Substring] = ["The council approved a new ferry timetable on Tuesday, adding two late crossings.", "More from us:"] + menu.map { Substring($0) }
            + ["Commuters had asked for later boats for years, and a survey last winter found most would use them."]
        let page = ScrapedPage(lines: lines, firstLineNumber: 1, lexicon: .standard)
        let mask = page.inlineListMask(weights: page.lines.map(ScrapedPage.weight(of:)))
        #expect(!mask.contains(true))
    }

    /// A teaser's title-case headline glued to its summary is another story; running text with
    /// a glued word (German nouns, a prefix before a name) is not taken for one.
    @Test func gluedTeaserIsTitleCaseHeadlineRunIntoASentence() {
        func teaser(_ text: Substring) -> Bool {
            ScrapedPage.isGluedTeaser(ScrapedLine(number: 1, text: text, lexicon: .standard))
        }
        #expect(teaser("Ferry Operator Adds Two Late Crossings To TimetableThe council approved two late crossings on weekdays from May."))
        #expect(!teaser("Die neue Fassung des Fahrplans bringt zwei späte FahrtenDer Rat hat sie am Dienstag beschlossen, sagte die Stadt."))
        #expect(!teaser("Ferry operator adds two late crossingsThe council approved them on Tuesday, the operator said."))
        #expect(!teaser("The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays."))
    }
}
