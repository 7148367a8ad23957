import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintPlatform
@testable import OffprintReaders

/// An image's `alt` is kept as its description, unless it is only the file name a CMS put there.
@Suite struct HTMLImageTextTests {
    static func alt(_ value: String) -> String {
        DOMBlockConverter.alternativeText(DOMNode(element: "img", attributes: ["src": "a.jpg", "alt": value]))
    }

    @Test func fileNamesAreNoDescription() {
        #expect(Self.alt("milano-design-week-2018-flos-arrangements-01") == "")
        #expect(Self.alt("IMG_2041") == "")
        #expect(Self.alt("photo.JPG") == "")
    }

    @Test func wordsAndSentencesStay() {
        #expect(Self.alt("Coca-Cola") == "Coca-Cola")
        #expect(Self.alt("The town hall at night") == "The town hall at night")
        #expect(Self.alt("Logo") == "Logo")
        #expect(Self.alt("東京-大阪-2018") == "東京-大阪-2018")
        #expect(Self.alt("مبنى-البلدية") == "مبنى-البلدية")
    }
}

/// A block that repeats an earlier one word for word (a lead or caption written once per screen
/// size) is read once; short ones (a one-line answer) may repeat.
@Suite struct HTMLRepeatedBlockTests {
    @Test func aRepeatedLeadIsReadOnceAndShortLinesMayRepeat() throws {
        let lead = "The council approved the budget on Tuesday, after a long and often heated debate."
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article><p class="lead mobile">\(lead)</p><p class="lead desktop">\(lead)</p>
        \(HTMLContainerChoiceTests.articleHTML)<p>It passed.</p><p>\(HTMLReaderTests.paragraph)</p><p>It passed.</p></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        let text = article.body.map(\.plainText)
        #expect(text.filter { $0 == lead }.count == 1)
        #expect(text.filter { $0 == "It passed." }.count == 2)
        #expect(text.count == 8)
    }

    @Test func aShortLabelThatComesThreeTimesIsReadOnce() {
        let label = Block.paragraph("Weather threatens holiday plans")
        let answer = Block.paragraph("It passed.")
        let others = (1...9).map { Block.paragraph("Paragraph number \($0) of an article that says something new each time.") }
        let blocks = [label, others[0], label, others[1], label, others[2], answer] + others[3...] + [answer]
        let read = HTMLReader.removingRepeatedBlocks(blocks)
        #expect(read.filter { $0 == label }.count == 1)
        #expect(read.filter { $0 == answer }.count == 2)
        #expect(read.count == blocks.count - 2)
    }

    @Test func aPageThatIsMostlyRepetitionIsKeptAsItIs() {
        let line = Block.paragraph("The same long line of text, written again and again on purpose.")
        let other = Block.paragraph("One line that differs from the others, and is long enough to count.")
        #expect(HTMLReader.removingRepeatedBlocks([line, line, line, other]) == [line, line, line, other])
        let others = (1...5).map { Block.paragraph("Paragraph number \($0) of an article that says something new each time.") }
        #expect(HTMLReader.removingRepeatedBlocks([line] + others + [line]) == [line] + others)
    }
}
