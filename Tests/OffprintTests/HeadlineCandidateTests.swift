import Testing
@testable import OffprintCleanup
@testable import OffprintReaders

/// How the scraped-text reader builds and decides among headline candidates, apart from the
/// shipped weights: with a hand-set model, what wins follows from the candidates' features.
@Suite struct HeadlineCandidateTests {
    static func page(_ text: String) -> ScrapedPage {
        ScrapedPage(lines: text.split(separator: "\n", omittingEmptySubsequences: false), firstLineNumber: 1, lexicon: .standard)
    }

    /// A model that prefers the line with the most words (up to ten) that is not a sentence:
    /// the longest candidate above the body wins.
    static let wordy = HeadlineModel(tsv: "words\t1\nfull_stop\t-5\nsentence_like\t-5\n")

    static let body = """
    The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

    Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

    The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.
    """

    /// "Home / News / Headline" wins on words, but the same headline printed alone is a
    /// candidate too: the line alone is taken.
    @Test(arguments: ["Home / News / Council approves new ferry timetable", "HarbourNewsCouncil approves new ferry timetable", "Harbour - Council approves new ferry timetable"])
    func headlineAloneBeatsItsGluedCopy(glued: String) throws {
        let page = Self.page("Menu\n\n\(glued)\n\nCouncil approves new ferry timetable\n\n\(Self.body)\n")
        let body = try #require(page.bodyRange())
        let index = try #require(page.headlineIndex(body: body, model: Self.wordy))
        #expect(page.lines[index].text == "Council approves new ferry timetable")
    }

    /// A copy of the headline with a label glued before it votes for the headline alone: two
    /// lines of five words together beat a teaser of eight, which beats each alone.
    @Test func gluedCopyVotesForTheHeadlineAlone() throws {
        let page = Self.page("Menu\n\nFerry strike ends after two weeks of talks\n\nNewsCouncil approves new ferry timetable\n\nCouncil approves new ferry timetable\n\n\(Self.body)\n")
        let body = try #require(page.bodyRange())
        let index = try #require(page.headlineIndex(body: body, model: Self.wordy))
        #expect(page.lines[index].text == "Council approves new ferry timetable")
    }

    /// "Topic: Headline" is one headline, even when its second half is printed alone elsewhere.
    @Test func topicAndColonStayInTheHeadline() throws {
        let page = Self.page("Menu\n\nFerry timetable: What changes for commuters in May\n\nWhat changes for commuters in May\n\n\(Self.body)\n")
        let body = try #require(page.bodyRange())
        let index = try #require(page.headlineIndex(body: body, model: Self.wordy))
        #expect(page.lines[index].text == "Ferry timetable: What changes for commuters in May")
    }

    /// A headline several lines into the body's run (under a cookie notice and teasers read as
    /// prose) is still a candidate, marked as deep in the body.
    @Test func headlineDeepInTheBodysRunIsACandidate() throws {
        var text = "Menu\n\n"
        for number in ["one", "two", "three", "four", "five", "six", "seven", "eight"] {
            text += "Teaser \(number): the harbour board met again this week and talked about the budget for the coming year.\n\n"
        }
        text += "Council approves new ferry timetable\n\n\(Self.body)\n"
        let page = Self.page(text)
        let body = try #require(page.bodyRange())
        let candidates = page.headlineCandidates(body: body)
        let headline = try #require(page.lines.firstIndex { $0.text == "Council approves new ferry timetable" })
        let found = try #require(candidates.first { $0.index == headline })
        let deep = try #require(HeadlineFeatures.names.firstIndex(of: "deep_in_body"))
        #expect(body.lowerBound < headline)
        #expect(found.features.values[deep] == 1)
    }

    /// Exactly the candidates with the page's best echo have `best_echo`; `echo_margin` is the
    /// candidate's echo less the best of the others.
    @Test func echoIsComparedWithTheOtherCandidates() throws {
        let page = Self.page("Weather forecast for the whole region\n\nCouncil approves new ferry timetable\n\n\(Self.body)\n")
        let body = try #require(page.bodyRange())
        let candidates = page.headlineCandidates(body: body)
        #expect(candidates.count >= 2)
        let names = HeadlineFeatures.names
        let echo = names.firstIndex(of: "echo")!, best = names.firstIndex(of: "best_echo")!, margin = names.firstIndex(of: "echo_margin")!
        let top = candidates.map { $0.features.values[echo] }.max()!
        for candidate in candidates {
            let values = candidate.features.values
            let others = candidates.filter { $0.index != candidate.index }.map { $0.features.values[echo] }.max() ?? 0
            #expect(values[best] == (values[echo] >= top ? 1 : 0))
            #expect(abs(values[margin] - (values[echo] - others)) < 1e-9)
            #expect(values.count == names.count)
        }
        let headline = try #require(candidates.first { page.lines[$0.index].text == "Council approves new ferry timetable" })
        #expect(headline.features.values[best] == 1)
    }

    /// Another story's headline above the article, with its byline under it: the article's
    /// opening repeats under a quarter of its words.
    static let teaserAbove = "Harbour Gazette\n\nMountain railway reopens after a long winter of repairs\n\nBy Anna Berg\n\nLatest\n\nCouncil approves new ferry timetable\n\n\(body)\n"

    /// `low_echo` marks the lines the article's opening barely repeats (another story's
    /// headline, the site's name) and not the article's own headline.
    @Test func lowEchoMarksLinesTheOpeningBarelyRepeats() throws {
        let page = Self.page(Self.teaserAbove)
        let body = try #require(page.bodyRange())
        let candidates = page.headlineCandidates(body: body)
        let echo = HeadlineFeatures.names.firstIndex(of: "echo")!, low = HeadlineFeatures.names.firstIndex(of: "low_echo")!
        let byText = Dictionary(candidates.map { (String(page.lines[$0.index].text), $0.features.values) }, uniquingKeysWith: { first, _ in first })
        let headline = try #require(byText["Council approves new ferry timetable"])
        let teaser = try #require(byText["Mountain railway reopens after a long winter of repairs"])
        #expect(headline[low] == 0 && headline[echo] >= HeadlineFeatures.lowEcho)
        #expect(teaser[low] == 1 && teaser[echo] < HeadlineFeatures.lowEcho)
        for values in byText.values { #expect(values[low] == (values[echo] < HeadlineFeatures.lowEcho ? 1 : 0)) }
    }

    /// With a model that rewards a byline under a line and length, the teaser wins; weighing
    /// `low_echo` against it (the shipped model weighs it below 0 too) hands the title back to the
    /// echoed headline.
    @Test func lowEchoTurnsTheChoiceFromAnotherStorysHeadline() throws {
        let page = Self.page(Self.teaserAbove)
        let body = try #require(page.bodyRange())
        let layout = "words\t1\nbyline_after\t1.5\nsentence_like\t-5\n"
        let without = try #require(page.headlineIndex(body: body, model: HeadlineModel(tsv: layout)))
        let with = try #require(page.headlineIndex(body: body, model: HeadlineModel(tsv: layout + "low_echo\t-2.5\n")))
        #expect(page.lines[without].text == "Mountain railway reopens after a long winter of repairs")
        #expect(page.lines[with].text == "Council approves new ferry timetable")
        #expect(HeadlineModel.standard.weights[HeadlineFeatures.names.firstIndex(of: "low_echo")!] < 0)
    }
}
