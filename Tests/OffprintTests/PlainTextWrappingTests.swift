import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore

@Suite struct PlainTextWrappingTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(LineWrapper.wrap("one two three four five", width: 9) == ["one two", "three", "four five"])
    }

    @Test func countsWideCharactersAsTwoColumnsAndBreaksBetweenThem() {
        let lines = LineWrapper.wrap("中文和日本語のテキスト", width: 8)
        #expect(lines == ["中文和日", "本語のテ", "キスト"])
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 8 })
    }

    /// A word longer than the line breaks between graphemes, never inside one. The scalars are
    /// chosen so that a wrapper that counted or split scalars would fail: "e" + U+0301 is two
    /// scalars in one column, and the family emoji is five scalars (three of them two columns
    /// wide, joined by U+200D) in one two-column grapheme that does not fit after "abcd".
    @Test func neverSplitsAGrapheme() {
        let e = "e\u{301}"
        #expect(e.unicodeScalars.count == 2 && e.count == 1)
        let family = "👩\u{200D}👩\u{200D}👧"
        #expect(family.unicodeScalars.count == 5 && family.count == 1)

        let word = String(repeating: e, count: 12) + family
        let lines = LineWrapper.wrap(word, width: 5)
        #expect(lines == [String(repeating: e, count: 5), String(repeating: e, count: 5), e + e + family])
        // Grapheme by grapheme, nothing lost, nothing split: no line starts with a combining
        // mark or a joiner, none ends with a joiner.
        #expect(lines.flatMap { Array($0) } == Array(word))
        for line in lines {
            #expect(line.unicodeScalars.first.map { $0.properties.generalCategory != .nonspacingMark && $0 != "\u{200D}" } == true, "\(line.debugDescription)")
            #expect(line.unicodeScalars.last != "\u{200D}", "\(line.debugDescription)")
            #expect(DisplayWidth.columns(of: line) <= 5, "\(line.debugDescription)")
        }

        // The emoji does not fit after four columns, so it moves whole to the next line.
        #expect(LineWrapper.wrap("abcd" + family, width: 5) == ["abcd", family])
        #expect(DisplayWidth.columns(of: family) == 2)
        #expect(DisplayWidth.columns(of: String(repeating: e, count: 3)) == 3)
    }

    @Test func arabicWrapsByWords() {
        let lines = LineWrapper.wrap("دعت الولايات المتحدة الجنرال الليبي خليفة حفتر", width: 20)
        #expect(lines.joined(separator: " ") == "دعت الولايات المتحدة الجنرال الليبي خليفة حفتر")
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 20 })
    }
}
