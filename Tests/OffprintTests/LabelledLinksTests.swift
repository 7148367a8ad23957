import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintCleanup

/// Paragraphs that are a furniture label and links (a tag line, a "Don't miss" list of
/// stories), and headings that only name furniture.
@Suite struct LabelledLinksTests {
    private func removal(_ body: [Block]) -> [String] {
        var article = Article(id: "a", title: "A", body: body)
        var warnings: [ConversionWarning] = []
        FurnitureRemoval().apply(to: &article, warnings: &warnings)
        return article.body.map(\.plainText)
    }

    private let prose = Block.paragraph("The council approved the budget on Tuesday after a long debate about the library.")

    @Test func aTagLineIsLeftOut() {
        let tags = Block(.paragraph([.strong([.text("Tags"), .lineBreak,
                                              .link(url: "/tag/budget", [.text("city budget")]), .text(", "),
                                              .link(url: "/tag/library", [.text("public library")])])]))
        #expect(removal([prose, tags]) == [prose.plainText])
    }

    @Test func aLabelledListOfStoriesIsLeftOut() {
        let stories = Block(.paragraph([.strong([.text("DON'T MISS")]), .lineBreak,
                                        .link(url: "/a", [.text("Mayor opens the new bridge")]), .text(" [VIDEO]"), .lineBreak,
                                        .link(url: "/b", [.text("Flood warnings for the valley")])]))
        #expect(removal([prose, stories]) == [prose.plainText])
    }

    @Test func oneStorysPointerAndLabelledProseStay() {
        // One related story between paragraphs is the article's own pointer; a label followed by
        // the article's words is prose; a label unknown to the lexicon is not furniture.
        let pointer = Block(.paragraph([.text("Lire aussi : "), .link(url: "/c", [.text("Le budget de la ville en débat")])]))
        let labelledProse = Block(.paragraph([.strong([.text("Read more:")]), .text(" the council's report, "),
                                              .link(url: "/r", [.text("published")]), .text(" on Monday, lists every cut in detail.")]))
        let unknownLabel = Block(.paragraph([.text("Sources: "), .link(url: "/s", [.text("City records")]), .text(", "),
                                             .link(url: "/t", [.text("Budget office")])]))
        #expect(removal([prose, pointer, labelledProse, unknownLabel]).count == 4)
    }
    @Test func headingsThatOnlyNameFurnitureGo() {
        // The box's heading goes; a section heading of the article, and what follows, stay.
        let body = [prose, Block(.heading(level: 2, [.text("Budget cuts")])), prose,
                    Block(.heading(level: 3, [.text("You may also like")])), Block(.heading(level: 3, [.text("12 Comments")]))]
        #expect(removal(body) == [prose.plainText, "Budget cuts", prose.plainText])
    }
}
