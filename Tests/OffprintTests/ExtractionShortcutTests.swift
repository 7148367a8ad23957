import Testing
@testable import OffprintCore
@testable import OffprintPlatform
@testable import OffprintReaders

/// The extraction's shortcuts (byte scans instead of string searches, character counts that
/// stop early, text rules without joining the text) must give what the plain definitions give,
/// on text of every kind: combining marks, CR LF, emoji sequences, Hangul jamo, other scripts.
@Suite struct ExtractionShortcutTests {
    /// A fixed generator, so that a failure repeats.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    private static let pieces = [
        "word", " ", "\r\n", "\r", "\n", "\t", ",", "\u{FF0C}", "\u{3001}", "\u{060C}", "caf\u{E9}", "e\u{301}", " \u{301}", "\u{0483}",
        "\u{05E9}\u{05DC}\u{05D5}\u{05DD}", "\u{05B0}", "\u{0627}\u{0644}", "\u{064B}", "\u{0600}", "\u{4E2D}\u{6587}", "\u{FF76}\u{FF9E}",
        "\u{1100}\u{1161}", "\u{AC00}", "\u{1F600}", "\u{2764}\u{FE0F}", "\u{1F468}\u{200D}\u{1F469}", "\u{1F1E9}\u{1F1EA}", "\u{00A9}",
        "\u{2014}", "\u{201C}x\u{201D}", "\u{0915}\u{094D}\u{0937}", "\u{0E01}\u{0E33}", "K", "\u{212A}", "\u{0130}", "A",
    ]

    private static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        var texts = ["", " ", "a", "\r\n", "plain ascii text, long enough to pass eight bytes at a time"]
        for _ in 0..<count {
            texts.append((0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        return texts
    }

    @Test func characterCountsAgreeWithCount() {
        for text in Self.texts(count: 1_500, seed: 11) {
            #expect(text.characterCount() == text.count, "\(Array(text.unicodeScalars))")
            for limit in [0, 1, 3, 25] {
                #expect(text.characterCount(atMost: limit) == min(text.count, limit), "\(Array(text.unicodeScalars)) \(limit)")
            }
        }
    }

    @Test func commasAndBlanksAgreeWithTheJoinedText() {
        let commas: Set<Unicode.Scalar> = [",", "\u{FF0C}", "\u{3001}", "\u{060C}"]
        let texts = Self.texts(count: 600, seed: 12) + ["\u{A0}", "\u{3000}\u{200B}"]
        for (index, text) in texts.enumerated() {
            #expect(text.commaCount == text.unicodeScalars.count(where: commas.contains))
            // The same text spread over nested elements, with blank text beside it.
            let node = DOMNode(element: "div", attributes: [:])
            let inner = DOMNode(element: "span", attributes: [:])
            node.append(DOMNode(text: index % 2 == 0 ? " " : ""))
            node.append(inner)
            inner.append(DOMNode(text: text))
            inner.append(DOMNode(text: text))
            #expect(node.holdsNonBlankText == !node.textContent.isBlank)
            let total = node.textContent.unicodeScalars.count(where: commas.contains)
            for minimum in [0, 1, 2, 10] {
                #expect(node.holdsCommas(atLeast: minimum) == (total >= minimum))
            }
        }
    }

    @Test func normalizedTextCountsAgreeWithTheJoinedText() {
        let texts = Self.texts(count: 800, seed: 15) + ["\u{A0}", " \u{200B} ", "a\u{85}b", "\u{FEFF}x"]
        for (index, text) in texts.enumerated() {
            // The text split over nodes at a scalar boundary, with white space between some.
            let scalars = Array(text.unicodeScalars)
            let cut = scalars.isEmpty ? 0 : index % (scalars.count + 1)
            let node = DOMNode(element: "p", attributes: [:])
            let inner = DOMNode(element: "em", attributes: [:])
            node.append(DOMNode(text: String(String.UnicodeScalarView(scalars[..<cut]))))
            node.append(inner)
            inner.append(DOMNode(text: index % 3 == 0 ? " " : ""))
            node.append(DOMNode(text: String(String.UnicodeScalarView(scalars[cut...]))))
            let joined = node.normalizedText
            for limit in [1, 25, 300] {
                let counts = node.normalizedTextCounts(characterLimit: limit)
                #expect(counts.characters == min(joined.count, limit), "\(scalars) \(limit)")
                #expect(counts.commas == joined.commaCount)
            }
        }
    }

    /// The class and id weight as it was written before the byte scan: lower-cased strings,
    /// each word searched for, `hid` found by splitting at spaces.
    private func referenceWeight(_ values: [String?]) -> Double {
        values.reduce(0.0) { weight, value in
            guard let value = value?.lowercased(), !value.isEmpty, value.contains(where: { $0 != " " }) else { return weight }
            var result = weight
            if ContentHints.negative.words.contains(where: { value.containsBytes(of: $0) }) || value.split(separator: " ").contains("hid") { result -= 25 }
            if ContentHints.positive.words.contains(where: { value.containsBytes(of: $0) }) { result += 25 }
            return result
        }
    }

    @Test func hintWordsAndClassWeightsAgreeWithWordByWordSearches() {
        let parts = ["Article", "body", "-", "_", " ", "hid", "HID", "hidden", "side", "bar", "Share", "\u{212A}", "\u{0130}", "\u{301}", "\u{0600}",
                     "com-", "-ad-", "post", "x", "Ma", "in", "\u{4E2D}", "  "]
        var generator = Generator(state: 13)
        var values = ["hid", "a hid b", "hid \u{301}x", "x\u{0600} hid", "\u{212A}", "MAIN", " "]
        for _ in 0..<2_000 {
            values.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined())
        }
        for (index, value) in values.enumerated() {
            let lowered = value.lowercased()
            for list in [ContentHints.unlikely, ContentHints.maybe, ContentHints.positive, ContentHints.negative] {
                #expect(list.occurs(in: lowered) == list.words.contains(where: { lowered.containsBytes(of: $0) }), "\(value)")
            }
            let id = values[(index * 7 + 3) % values.count]
            let node = DOMNode(element: "div", attributes: ["class": value, "id": id])
            #expect(ContentHints.classWeight(node) == referenceWeight([value, id]), "\(value) / \(id)")
        }
    }

    /// Splitting class names into words, as it was written before the ASCII path.
    private func referenceWords(_ value: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousIsLower = false
        for scalar in value.unicodeScalars {
            guard scalar.properties.isAlphabetic else {
                if !current.isEmpty { words.append(String(current).lowercased()) }
                current = String.UnicodeScalarView()
                previousIsLower = false
                continue
            }
            if scalar.properties.isUppercase, previousIsLower, !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousIsLower = scalar.properties.isLowercase
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }

    @Test func asciiClassNamesSplitAsTheScalarRulesSplitThem() {
        let parts = ["story", "Date", "-", "__", "2", "AB", "cD", "x", " ", "URLPath", "\u{E9}t\u{E9}", "\u{0130}"]
        var generator = Generator(state: 14)
        for _ in 0..<1_000 {
            let value = (0..<Int.random(in: 1...6, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined()
            var words: [String] = []
            ClassNameWords.split(value, into: &words)
            #expect(words == referenceWords(value), "\(value)")
        }
    }

    @Test func trimmingKeepsTheInnerScalarsExactly() {
        #expect(" \u{301}abc\u{A0}".trimmingWhitespace() == "\u{301}abc")
        #expect(Array(" \u{301}abc ".trimmingWhitespace().unicodeScalars) == ["\u{301}", "a", "b", "c"])
        let substring = "xx  e\u{301} d \n"[...].dropFirst(2)
        #expect(Array(substring.trimmingWhitespace().unicodeScalars) == ["e", "\u{301}", " ", "d"])
        #expect("\u{3000}".trimmingWhitespace() == "")
    }
}
