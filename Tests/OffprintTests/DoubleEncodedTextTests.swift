import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// Scraped text in double-encoded UTF-8 (UTF-8 read as Windows-1252 and written out again) is
/// put back; text that only looks like it in one place is left as it is.
@Suite struct DoubleEncodedTextTests {
    /// The UTF-8 bytes of `text`, each read as a Windows-1252 character: what a page decoded
    /// with the wrong charset looks like.
    static func doubleEncoded(_ text: String) -> String {
        let high = Dictionary(uniqueKeysWithValues: DoubleEncodedText.windows1252High.map { ($1, $0) })
        return String(String.UnicodeScalarView(text.utf8.map { byte in high[byte] ?? Unicode.Scalar(byte) }))
    }

    @Test func repairsDoubleEncodedText() {
        let text = "Für zwei Jahre zahlt ihr – so heißt es – nur 5,99 € im Monat; Grüße aus Köln."
        #expect(Self.doubleEncoded(text).contains("FÃ¼r"))
        #expect(DoubleEncodedText.repaired(Self.doubleEncoded(text)) == text)
    }

    @Test(arguments: [
        "Plain English text, nothing to repair.",
        "Für zwei Jahre, so heißt es, grüßt Köln: das ist richtig kodiert.",
        "SÃO PAULO — the city's Ã© is one odd pair, not a double-encoded text.",
    ])
    func leavesOtherTextAlone(text: String) {
        #expect(DoubleEncodedText.repaired(text) == text)
    }

    @Test func scrapedPageIsReadRepaired() throws {
        let page = """
        Günstige Fähren für Pendler

        Die neuen Fähren fahren ab Mai zweimal täglich über den See, teilte der Betreiber am Dienstag mit.

        Pendler hatten seit Jahren spätere Abfahrten gefordert, und eine Umfrage im Winter bestätigte das.
        """
        let (article, _) = try Fixtures.read(Self.doubleEncoded(page))
        #expect(article.title == "Günstige Fähren für Pendler")
        #expect(article.body.first?.plainText.hasPrefix("Die neuen Fähren") == true)
    }

    /// A user who names the encoding gets the text as decoded: no repair second-guesses them.
    @Test func namedEncodingTurnsTheRepairOff() throws {
        let page = """
        Günstige Fähren für Pendler

        Die neuen Fähren fahren ab Mai zweimal täglich über den See, teilte der Betreiber am Dienstag mit.
        """
        let input = ReaderInput(data: Data(Self.doubleEncoded(page).utf8), name: "test.txt", encoding: "utf-8")
        var warnings: [ConversionWarning] = []
        let article = try Converter().article(from: input, warnings: &warnings)
        #expect(article.title == Self.doubleEncoded("Günstige Fähren für Pendler"))
    }
}
