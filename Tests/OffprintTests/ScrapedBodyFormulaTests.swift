import Testing
import TestSupport
@testable import OffprintReaders

/// A formula printed piece by piece in a scraped page (each letter, digit and symbol spaced,
/// its TeX source after it) is left out of the body; the sentences around it, and a sentence
/// with a short formula inside it, stay. Each dump is hand-written.
@Suite struct ScrapedBodyFormulaTests {
    static let paragraphs = [
        "The ferry's fuel use grows with the square of its speed, which is why the night boats will sail more slowly than the day boats.",
        "At twelve knots the boat burns about a third less fuel than at fifteen, the operator's engineers worked out last winter.",
        "The saving pays for the extra crew on the late crossings, the operator told the council on Tuesday evening.",
    ]

    static let inlineSentence = "So f = k v 2 is the rule the engineers used, where k depends on the hull and the load of the day."

    @Test(arguments: [
        "f = k v 2 , k > 0",
        "f = k v 2 , k > 0 {\\displaystyle f=kv^{2},\\quad k>0}",
        "{\\displaystyle f=kv^{2}}",
        "F ( v ) = ∑ i = 1 n k i v i 2",
    ])
    func formulaLineIsLeftOut(formula: String) throws {
        let page = "Why the night ferries will sail slowly\n\n" + Self.paragraphs[0] + "\n\n" + formula + "\n\n"
            + Self.paragraphs[1] + "\n\n" + Self.inlineSentence + "\n\n" + Self.paragraphs[2]
        let (article, _) = try Fixtures.read(page)
        #expect(article.body.map(\.plainText) == [Self.paragraphs[0], Self.paragraphs[1], Self.inlineSentence, Self.paragraphs[2]])
    }

    @Test func formulaShapes() {
        func isFormula(_ text: String) -> Bool {
            ScrapedPage.isFormula(ScrapedLine(number: 1, text: Substring(text), lexicon: .standard))
        }
        #expect(isFormula("1 + q 2 ( 1 − q ) + ⋯ = ∏ j = 0 ∞"))
        #expect(isFormula("{\\displaystyle A=A^{\\mathsf {H}}}"))
        #expect(!isFormula(Self.inlineSentence))
        #expect(!isFormula("Score: 3 - 1 (2 - 0)"))
        #expect(!isFormula("A B C D E F"))
        #expect(!isFormula("Tickets cost £5 + £2 for a bike"))
    }
}
