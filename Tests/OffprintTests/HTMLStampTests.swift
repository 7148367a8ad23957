import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// Lines that only say when the article was published or updated.
@Suite struct HTMLStampTests {
    @Test(arguments: [
        ("27.08.2024, 12:32 Uhr", true),
        ("Updated 15.59 | Published 14.14", true),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", true),
        ("기사입력 :[ 2018-09-28 17:32 ]", true),
        ("Do 25.04.24 | 14:07 Uhr | Von Eva Weber", true),
        ("12.31 Uhr: Zeitung lehnt die Aussagen ab", false),
        ("Copper rose 0.86% to $5,880.00 a tonne in 2019", false),
        ("The meeting starts at 10:30 on 12 May 2024.", false),
        ("Dienstag, 27. August 2024", false),
        ("Updated at 1:23 p.m.", true),
        ("Aktualisiert 14:05 Uhr", true),
        ("12.00 Uhr: Waffenruhe verkündet", false),
        ("The game starts at 20:00.", false),
        ("Kickoff at 20:00 tonight in the stadium", false),
        ("The council met at 18:00 on Tuesday and again in 2024 to debate the new budget for the library", false),
    ])
    func stamps(text: String, isStamp: Bool) {
        #expect(HTMLReader.isStamp(text) == isStamp)
    }

    @Test func aStampBetweenTheParagraphsIsLeftOut() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article><p>\(paragraphs[0])</p><p>Updated 12.03.2024, 18:05</p><p>\(paragraphs[1])</p>
        <p>\(paragraphs[2])</p><p>\(paragraphs[3])</p></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == paragraphs)
    }
}
