import Testing
import OffprintCore

/// `WhitespaceCollapsing` works on UTF-8 bytes with a fast path for plain ASCII runs: it must
/// agree with the plain definition (white space of any script collapsed to one space, ends
/// trimmed) on text of every kind.
@Suite struct WhitespaceCollapsingTests {
    private func reference(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: \.isAnyWhitespace).map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    @Test func collapsingAgreesWithTheDefinition() {
        let pieces = ["word", " ", "\t\n", "\r\n", "\u{A0}", "\u{2009}", "\u{3000}", "\u{FEFF}", "\u{200B}", "caf\u{E9}", "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
                      "\u{0627}\u{0644}", "\u{4E2D}\u{6587}", "\u{1F600}", "e\u{301}", "x", "  ", "\u{85}", "\u{7F}", "a-b.c"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["", " ", "   ", "a", " a ", "\u{A0}a\u{A0}", "plain ascii text without doubles"]
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let expected = reference(text)
            #expect(WhitespaceCollapsing.collapsed(text) == expected, "\(Array(text.unicodeScalars))")
            #expect(WhitespaceCollapsing.collapsedLength(text) == expected.unicodeScalars.count, "\(Array(text.unicodeScalars))")
        }
    }
}
