import Testing
@testable import OffprintCleanup
@testable import OffprintReaders

/// The terms the headline features compare (`Vocabulary`) and `body_echo`, the share of a
/// candidate's words that the body repeats anywhere below it (`BodyVocabulary`).
@Suite struct BodyVocabularyTests {
    /// Words of four letters or more, lower-cased (ASCII and beyond), and pairs of characters in
    /// the dense scripts; decoding the text's UTF-8 must find the same terms a string and its
    /// substring give.
    @Test func termsAreLowerCasedWordsAndDensePairs() {
        #expect(Vocabulary.terms(of: "Ferry") == Vocabulary.terms(of: "ferry"))
        #expect(Vocabulary.terms(of: "ÉCOLE Straße") == Vocabulary.terms(of: "école straße"))
        #expect(Vocabulary.terms(of: "the new ferry").count == 1)
        #expect(Vocabulary.terms(of: "東京都").count == 2)
        #expect(Vocabulary.terms(of: "Ферри: مرحبا بكم").count == 2)
        let line = "Council approves new ferry timetable — 東京都 école"
        let substring = line.dropFirst(8).dropLast(2)
        #expect(Vocabulary.terms(of: substring) == Vocabulary.terms(of: String(substring)))
        #expect(Vocabulary.terms(of: "") == [])
    }

    static let body = """
    The council met on Tuesday and heard from residents about the harbour, the parking and the bus lanes.

    Members asked for more figures before the next meeting, which is set for the first week of June.

    In the end the council approves the new ferry timetable, with two late crossings on weekdays.
    """

    /// Words the body prints anywhere below the line count, words only above it or nowhere do not.
    @Test func bodyEchoCountsWordsBelowTheLine() throws {
        let page = HeadlineCandidateTests.page("Weather warning for the weekend\n\nCouncil approves ferry timetable\n\n\(Self.body)\n")
        let body = try #require(page.bodyRange())
        let vocabulary = BodyVocabulary(body: body, of: page)
        #expect(vocabulary.share(of: "Council approves ferry timetable", after: body.lowerBound - 1) == 1)
        #expect(vocabulary.share(of: "Weather warning for the weekend", after: body.lowerBound - 1) == 0)
        // Below the body's last line, nothing is left to repeat a word.
        #expect(vocabulary.share(of: "Council approves ferry timetable", after: body.upperBound) == 0)
        // Two of four words ("council", "ferry") come back below the first paragraph.
        #expect(vocabulary.share(of: "Council halts ferry planning", after: body.lowerBound) == 0.5)
    }

    /// The candidates carry `body_echo`: the headline's words come back in the body, a teaser's do not.
    @Test func candidatesCarryBodyEcho() throws {
        let page = HeadlineCandidateTests.page("Weather warning for the weekend\n\nCouncil approves ferry timetable\n\n\(Self.body)\n")
        let body = try #require(page.bodyRange())
        let feature = try #require(HeadlineFeatures.names.firstIndex(of: "body_echo"))
        let candidates = page.headlineCandidates(body: body)
        let echo = { (text: String) in candidates.first { page.lines[$0.index].text == text }?.features.values[feature] }
        #expect(echo("Council approves ferry timetable") == 1)
        #expect(echo("Weather warning for the weekend") == 0)
    }
}
