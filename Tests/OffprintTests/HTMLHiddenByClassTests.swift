import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// Elements that a CSS framework's class hides everywhere: a paywall's pitch, a sign-in box.
@Suite struct HTMLHiddenByClassTests {
    @Test(arguments: [
        ("hidden", true), ("intro-body__premium hidden", true), ("d-none", true), ("border d-none d-print-block", true),
        ("is-hidden", true), ("hidden md:block", false), ("d-none d-md-block", false), ("hidden-xs", false),
        ("visually-hidden", false), ("story hiddenContent", false), ("", false),
    ])
    func frameworkClassesThatHideEverywhere(classes: String, hides: Bool) {
        #expect(ContentHints.hidesByClass(classes) == hides)
    }

    @Test(arguments: [
        ("d-none d-print-block", true), ("border d-none d-print-inline", true), ("d-none", false), ("d-print-none", false), ("hidden", false),
    ])
    func printOnlyClasses(classes: String, printOnly: Bool) {
        #expect(ContentHints.showsOnlyInPrint(classes) == printOnly)
    }

    @Test func aPrintOnlyCitationLeavesHoweverLong() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs + [
            "The library will stay open late on election night, the council said, so that voters can follow the count on its screens.",
            "Results from the four wards are expected before midnight, and the new council meets for the first time next month.",
        ]
        let notice = String(repeating: "This document is subject to copyright and may not be reproduced without permission. ", count: 6)
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article>\(paragraphs.map { "<p>\($0)</p>" }.joined())
        <div class="d-none d-print-block"><div>Citation: Budget approved (2019, November 18) retrieved 20 November 2019 from https://example.org/budget \(notice)</div></div></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == paragraphs)
    }

    @Test func aHiddenPitchInsideTheArticleIsLeftOut() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs + [
            "The library will stay open late on election night, the council said, so that voters can follow the count on its screens.",
            "Results from the four wards are expected before midnight, and the new council meets for the first time next month.",
        ]
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>
        <div class="sign-in-group d-none"><ul><li>Exclusive articles from our columnists.</li><li>Unlimited online access to our news sites.</li></ul>
        <p>REGISTER TO UNLOCK MORE ARTICLES</p></div><p class="hidden">Thanks for reading our free account offer today.</p>
        <p>\(paragraphs[2])</p><p>\(paragraphs[3])</p>
        <p>\(paragraphs[4])</p><p>\(paragraphs[5])</p></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        let text = article.body.map(\.plainText)
        #expect(text.filter { paragraphs.contains($0) } == paragraphs)
        #expect(!text.contains { $0.contains("UNLOCK") || $0.contains("Exclusive articles") || $0.contains("Thanks for reading") })
    }
}
