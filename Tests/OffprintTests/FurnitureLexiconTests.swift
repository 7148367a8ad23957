import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintCleanup

@Suite struct FurnitureLexiconTests {
    @Test func shippedLexiconParsesAndCoversTheLanguages() throws {
        let text = try #require(EmbeddedResources.files["Resources/furniture-lexicon.tsv"])
        _ = try FurnitureLexicon(tsv: text)
        let languages = Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().compactMap { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst(2).first.map(String.init)
        })
        for language in ["ar", "fa", "he", "ur", "en", "fr", "de", "es", "pt", "it", "ru", "tr", "zh"] {
            #expect(languages.contains(language), "no furniture phrases for \(language)")
        }
    }

    @Test(arguments: [
        ("مقالات ذات صلة", FurnitureLexicon.Kind.related),
        ("اترك تعليقاً", .comments),
        ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", .notice),
        ("زر الذهاب إلى الأعلى", .navigation),
        ("Leave a Reply", .comments),
        ("  SHARE THIS:  ", .share),
        ("12 Comments", .comments),
        ("Your email address will not be published. Required fields are marked *", .notice),
        ("If you enjoyed this article, we have a proposition for you: join our members.", .advert),
        ("Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", .advert),
        ("この記事は会員限定です。紙の新聞の定期購読者の方は、無料で会員登録できます。", .advert),
        ("Loading...", .widget),
        ("Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.", .widget),
        ("Nog geen abonnee? Ontdek nu onze artikels.", .widget),
        ("جار التحميل...", .widget),
        ("Something went wrong with the connection!", .widget),
        ("حدث خطأ ما", .widget),
        ("Es ist ein Fehler aufgetreten.", .widget),
        ("Tell us what YOU think...", .comments),
        ("Be the first to comment on this article", .comments),
        ("Soyez le premier à commenter cet article !", .comments),
        ("Sé el primero en comentar", .comments),
    ])
    func recognisesFurniture(line: String, kind: FurnitureLexicon.Kind) {
        #expect(FurnitureLexicon.standard.kind(of: line) == kind)
    }

    @Test func articleSentencesAreNotFurniture() {
        #expect(FurnitureLexicon.standard.kind(of: "Share prices fell sharply on Monday after the announcement.") == nil)
        #expect(FurnitureLexicon.standard.kind(of: "Sign up for the program opened on Monday, and hundreds of families applied.") == nil)
        #expect(FurnitureLexicon.standard.kind(of: "Loading the ferry took an hour on Monday morning.") == nil)
        #expect(FurnitureLexicon.standard.kind(of: "Something went wrong at the ferry terminal on Monday, the operator said.") == nil)
        #expect(FurnitureLexicon.standard.kind(of: "Tell us what you think about the new timetable, the council asked riders on Monday.") == nil)
        #expect(FurnitureLexicon.standard.kind(of: "وقال البيان إن الوفد الأمريكي أكد دعمه لسيادة ليبيا.") == nil)
    }

    @Test func malformedRowsAreReportedWithTheirLine() {
        #expect(throws: ConversionError.self) { try FurnitureLexicon(tsv: "kind\tmatch\tlang\tphrase\nshare\teverywhere\ten\tShare") }
    }
}
