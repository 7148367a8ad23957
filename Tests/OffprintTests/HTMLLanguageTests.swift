import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// The language of a saved page: the first stated one that is a language tag, unless the
/// article's text plainly says otherwise (site templates declare one language for every page).
@Suite struct HTMLLanguageTests {
    static func article(lang: String, head: String = "", paragraph: String) throws -> Article {
        let html = "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"utf-8\">\(head)<title>t</title></head><body><article>"
            + String(repeating: "<p>\(paragraph)</p>", count: 4) + "</article></body></html>"
        return try HTMLReaderTests.read(html).0
    }

    static let english = "The council met on Tuesday and the members voted on the budget, which will be published in the spring as it was last year."
    static let croatian = "Gotovinski krediti, do sada jedan od vodećih izvora prihoda banaka, sve se manje traže jer su uvjeti stroži nego prije i ljudi su oprezniji."
    static let arabic = "قال المجلس إن الميزانية الجديدة ستنشر في الربيع، وإن الأعضاء صوتوا عليها يوم الثلاثاء بعد نقاش طويل حول المدارس والطرق."

    @Test func aLangThatIsNoLanguageTagIsPassedOver() throws {
        let article = try Self.article(lang: "utf-8", head: #"<meta http-equiv="content-language" content="en-GB">"#, paragraph: Self.english)
        #expect(article.language == "en-GB")
    }

    @Test func theTextOverrulesATemplatesLanguage() throws {
        #expect(try Self.article(lang: "en-US", paragraph: Self.croatian).language == "hr")
        #expect(try Self.article(lang: "en-GB", paragraph: Self.english).language == "en-GB")
    }

    @Test func arabicTextUnderAnEnglishTemplateReadsRightToLeft() throws {
        let article = try Self.article(lang: "en", paragraph: Self.arabic)
        #expect(article.language == "ar" && article.direction == .rightToLeft)
        let declared = try Self.article(lang: "ar", paragraph: Self.arabic)
        #expect(declared.language == "ar" && declared.direction == .rightToLeft)
    }
}
