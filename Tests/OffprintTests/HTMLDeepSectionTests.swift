import Foundation
import Testing
@testable import OffprintPlatform
@testable import OffprintReaders

/// Sections of an article written one per wrapper, so deep that their paragraphs' scores do
/// not reach the wrapper (only a subheading's does, a little): the wrappers built like the
/// top's belong with it, a box of other stories in the same wrapper class does not.
@Suite struct HTMLDeepSectionTests {
    static let sentence = "The council met on Tuesday evening, and after a long debate it approved the new budget for the coming year."

    static func wrapper(first: String) -> String {
        "<div class=\"con\">\(first)</div>"
    }

    @Test func aScoredSectionBuiltLikeTheTopIsKeptAndABoxOfStoriesIsNot() throws {
        let section = "<div class=\"modCon\"><div class=\"mod\"><h3>A subheading</h3><p>\(Self.sentence)</p></div></div>"
        let box = "<ul class=\"list\"><li><p>Other stories from the region are gathered in this box, every day of the week.</p></li></ul>"
        let document = HTMLTree.parse(Array("<html><body><div class=\"section\">\(Self.wrapper(first: section))\(Self.wrapper(first: section))\(Self.wrapper(first: box))</div></body></html>".utf8))
        let wrappers = document.descendants().filter { $0.attributes["class"] == "con" }
        try #require(wrappers.count == 3)
        // The top scored from its paragraphs; the others only a little, from their subheadings.
        wrappers[0].score = 20
        wrappers[1].score = 5
        wrappers[2].score = 5
        let measure = TextMeasure(document)
        let kept = ContentExtractor(flags: .all).siblings(of: wrappers[0], measure: measure)
        #expect(kept.count == 2)
        #expect(kept.contains { $0 === wrappers[1] })
        #expect(!kept.contains { $0 === wrappers[2] })
    }
}
