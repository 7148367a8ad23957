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

    @Test func neverSplitsAGrapheme() {
        let word = String(repeating: "e\u{301}", count: 12) + "👩‍👩‍👧"
        let lines = LineWrapper.wrap(word, width: 5)
        #expect(lines.joined() == word)
        for line in lines {
            #expect(line.unicodeScalars.first != "\u{301}")
        }
        #expect(lines.last?.hasSuffix("👩‍👩‍👧") == true)
    }

    @Test func arabicWrapsByWords() {
        let lines = LineWrapper.wrap("دعت الولايات المتحدة الجنرال الليبي خليفة حفتر", width: 20)
        #expect(lines.joined(separator: " ") == "دعت الولايات المتحدة الجنرال الليبي خليفة حفتر")
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= 20 })
    }
}
