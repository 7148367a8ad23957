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

    @Test func aSignInBoxOfManyShortPitchesLeaves() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs + [
            "The library will stay open late on election night, the council said, so that voters can follow the count on its screens.",
            "Results from the four wards are expected before midnight, and the new council meets for the first time next month.",
        ]
        // A sign-in box with one offer per kind of reader (all but one hidden themselves), each a
        // heading, a pitch under 80 characters and a list: together over 400 characters of
        // paragraphs (a `div` of text is read as one), none of them prose.
        let benefits = ["Access articles from across the country with one account.", "Share your thoughts and join the conversation.",
                        "Enjoy more articles every month.", "Get email updates from your favourite writers."]
        let offers = [("premium", true), ("register", true), ("anonymous", false), ("trial", true)].map { kind, hidden in
            """
            <div class="intro-body__\(kind)\(hidden ? " hidden" : "")"><div class="h2">\(kind.uppercased()) READERS: UNLOCK MORE ARTICLES</div>
            <p>Create an account or sign in to continue with your \(kind) reading.</p><ul>\(benefits.map { "<li>\($0)</li>" }.joined())</ul></div>
            """
        }
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>
        <div class="sign-in-group hidden"><section class="row"><header class="intro"><div class="col">\(offers.joined())</div></header></section></div>
        \(paragraphs[2...].map { "<p>\($0)</p>" }.joined())</article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == paragraphs)
    }

    @Test func hiddenArticleTextThatAScriptRevealsStays() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs
        let revealed = [
            "The second half of the article was sent to the page hidden, for subscribers, and a script shows it once they sign in.",
            "It tells how the council found the money: a new tax on parking, savings in the town hall, and a loan from the region.",
            "Critics said the loan would cost the town more in the end, and the opposition promised to take it back if elected.",
            "The mayor answered that the roads could not wait, and that the loan's interest was lower than the cost of doing nothing.",
        ]
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article>\(paragraphs.map { "<p>\($0)</p>" }.joined())<div class="paywalled hidden">\(revealed.map { "<p>\($0)</p>" }.joined())</div></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        #expect(article.body.map(\.plainText) == paragraphs + revealed)
    }
}
