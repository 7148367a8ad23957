import Foundation
import Testing
@testable import Offprint

@Suite struct NormalizationTests {
    /// Vowelled Arabic, decomposed Latin, Hangul jamo, Hebrew points and plain text: the fast
    /// path must give what the ICU normaliser gives, scalar for scalar.
    @Test(arguments: [
        "اترك تعليقاً", "جداً أيضاً", "مُحَمَّد", "شدّة", "بِسْمِ اللَّهِ",
        "\u{0628}\u{0651}\u{064E}", "\u{0628}\u{064E}\u{0651}",  // shadda + fatha: not in canonical order, then in it
        "\u{0627}\u{0653}", "\u{0627}\u{0654}", "\u{0670}", "e\u{0301}", "café", "\u{1100}\u{1161}", "שָׁלוֹם",
        "plain ASCII", "", "日本語のテキスト",
    ])
    func fastPathAgreesWithTheNormaliser(text: String) {
        #expect(Array(text.nfc.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        if Unicode.isKnownNFC(text.unicodeScalars) {
            #expect(Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test func harakatInCanonicalOrderSkipTheNormaliser() {
        #expect(Unicode.isKnownNFC("اترك تعليقاً".unicodeScalars))
        #expect(Unicode.isKnownNFC("\u{0628}\u{064E}\u{0651}".unicodeScalars))
        #expect(!Unicode.isKnownNFC("\u{0628}\u{0651}\u{064E}".unicodeScalars))
        #expect(!Unicode.isKnownNFC("\u{0627}\u{0653}".unicodeScalars))  // alef + maddah composes to U+0622
    }
}
