import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// Time stamps written in the digits right-to-left pages use (Arabic-Indic `٠`–`٩`, Extended
/// Arabic-Indic `۰`–`۹` in Persian and Urdu, a Solar Hijri date) leave the body as ASCII ones do,
/// in saved pages and in scraped text. The pages in `Fixtures/rtl-stamps` (written by its
/// `make.py`) have the structure of Arabic, Persian, Hebrew and Urdu news pages.
@Suite struct RTLStampTests {
    static let folder = Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures/rtl-stamps")
    static let pages = ["ar-central-bank", "fa-manuscripts", "he-housing-prices", "ur-hockey-final"]

    struct Truth: Decodable {
        let title: String
        let kicker: String
        let language: String
        let direction: String
        let body_paragraphs: [String]
    }

    static func truth(_ name: String) throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: folder.appending(path: name + ".json")))
    }

    static func read(_ file: String) throws -> Article {
        var warnings: [ConversionWarning] = []
        let data = try Data(contentsOf: folder.appending(path: file))
        return try Converter().article(from: ReaderInput(data: data, name: file), warnings: &warnings)
    }

    @Test(arguments: pages)
    func theSavedPageKeepsItsArticleWithoutTheStamps(name: String) throws {
        let truth = try Self.truth(name)
        let article = try Self.read(name + ".html")
        #expect(article.title == truth.title)
        #expect(article.body.map(\.plainText) == truth.body_paragraphs)
        #expect(article.language == truth.language)
        #expect(article.direction == .rightToLeft)
    }

    @Test(arguments: pages)
    func theScrapedTextKeepsItsArticleWithoutTheStamps(name: String) throws {
        let truth = try Self.truth(name)
        let article = try Self.read(name + ".txt")
        #expect(article.title == truth.title)
        #expect(article.kicker == truth.kicker)
        #expect(article.body.map(\.plainText) == truth.body_paragraphs)
        #expect(article.language == truth.language)
        #expect(article.direction == .rightToLeft)
    }

    @Test(arguments: [
        ("آخر تحديث: ١٢:٣٠ م", true),
        ("نُشر في: الاثنين ١٢ أغسطس ٢٠٢٤ - ٠٣:٣٠ م", true),
        ("۱۴۰۳/۰۵/۱۲ - ۱۰:۲۰", true),
        ("تاریخ انتشار: سه‌شنبه ۲۲ مرداد ۱۴۰۳ - ۱۰:۲۰", true),
        ("اپ ڈیٹ ۱۲ اگست ۲۰۲۴ ۱۰:۲۰ شام", true),
        ("פורסם: 12.08.24, 10:20", true),
        ("अपडेट: १२ अगस्त २०२४, १०:२० बजे", true),
        ("２０２４年８月１２日 １０:２０", true),
        ("2024-08-12 10:20", true),
        // A live ticker's entry opens with its time; a sentence that names a time ends like one.
        ("١٢:٣١: الجيش يعلن فتح المعبر", false),
        ("١٢.٣١ مساءً: الجيش يعلن فتح المعبر", false),
        ("کھیل ۷:۰۰ بجے شروع ہوا۔", false),
        ("هل تبدأ المباراة في ٨:٠٠؟", false),
        // A date or a number without a clock time is no stamp.
        ("الثلاثاء ٦ صفر ١٤٤٦ هـ", false),
        ("ارتفع المؤشر ٠٫٨٦٪ في ٢٠٢٤", false),
    ])
    func stampsInAnyDigits(text: String, isStamp: Bool) {
        #expect(HTMLReader.isStamp(text) == isStamp)
    }

    @Test func decimalDigitsOfEveryScriptHaveTheirValues() {
        let digits: [(Unicode.Scalar, UInt8?)] = [
            ("7", 7), ("٧", 7), ("۷", 7), ("७", 7), ("৭", 7), ("๗", 7), ("７", 7),
            ("a", nil), ("ب", nil), ("پ", nil), ("年", nil), ("Ⅶ", nil), ("½", nil), ("٫", nil),
        ]
        for (scalar, value) in digits {
            #expect(scalar.decimalDigitValue == value, "\(scalar)")
        }
    }

    @Test func scrapedDateAndTimeLinesReadTheirDigitsInAnyScript() {
        let page = ScrapedPage(lines: [], firstLineNumber: 1, lexicon: .standard)
        let line = { (text: String) in ScrapedLine(number: 1, text: Substring(text), lexicon: .standard) }
        #expect(page.isDateLine(line("١٢ أغسطس ٢٠٢٤")))
        #expect(page.isDateLine(line("۱۴۰۳/۰۵/۲۲")))
        #expect(page.isDateLine(line("２０２４年８月１２日")))
        #expect(page.isDateLine(line("१२ अगस्त २०२४")))
        #expect(ScrapedPage.isTimeOfDayOrAge(line("١٠:٢٠ ص")))
        #expect(ScrapedPage.isTimeOfDayOrAge(line("۱۰:۲۰")))
        #expect(ScrapedPage.isTimestamp(line("آخر تحديث: ١٢:٣٠ م")))
        #expect(ScrapedPage.isTimestamp(line("تاریخ انتشار: ۲۲ مرداد ۱۴۰۳ - ۱۰:۲۰")))
        #expect(ScrapedPage.isTimestamp(line("עודכן: 12.08.24, 14:05")))
        #expect(ScrapedPage.isTimestamp(line("اپ ڈیٹ ۱۲ اگست ۲۰۲۴ ۱۰:۲۰ شام")))
        #expect(!ScrapedPage.isTimestamp(line("نشر الباحثون نتائج الدراسة في مجلة علمية محكمة بعد مراجعة استمرت عامين")))
    }

    /// An update stamp between two paragraphs of a scraped article is no paragraph, in Arabic-
    /// Indic digits as in ASCII ones.
    @Test(arguments: [
        ("ar-central-bank", "آخر تحديث: ١٢:٣٠ م"),
        ("ur-hockey-final", "اپ ڈیٹ ۱۲ اگست ۲۰۲۴ ۱۰:۲۰ شام"),
        ("fa-manuscripts", "آخرین به‌روزرسانی: ۲۲ مرداد ۱۴۰۳ - ۱۱:۴۰"),
    ])
    func anUpdateStampBetweenScrapedParagraphsIsLeftOut(name: String, stamp: String) throws {
        let truth = try Self.truth(name)
        let paragraphs = Array(truth.body_paragraphs.dropFirst())
        let text = ([truth.kicker, truth.title] + paragraphs.prefix(2) + [stamp] + paragraphs.dropFirst(2)).joined(separator: "\n\n")
        let (article, _) = try Fixtures.read(text)
        #expect(article.title == truth.title)
        #expect(article.body.map(\.plainText) == paragraphs)
    }

    /// A date line under a scraped headline dates the article when it is a Gregorian date; a
    /// Solar Hijri one ("1403/05/22", as Persian pages print it in ASCII digits) is not read
    /// as the Gregorian year 1403.
    @Test(arguments: [("2024/08/12", "2024-08-12"), ("1403/05/22", nil)] as [(String, String?)])
    func dateLineDatesTheArticleInTheGregorianCalendarOnly(line: String, published: String?) throws {
        let page = """
        کتابخانه ملی نسخه‌های خطی را دیجیتال می‌کند

        \(line)

        کتابخانه ملی اعلام کرد که طرح دیجیتال‌سازی نسخه‌های خطی این مجموعه از ماه آینده آغاز می‌شود و در مرحله نخست حدود پنج هزار نسخه اسکن خواهد شد.

        به گفته مدیر بخش نسخه‌های خطی، تصاویر با کیفیت بالا در پایگاهی برخط در دسترس پژوهشگران قرار می‌گیرد و دسترسی به آن برای همه رایگان خواهد بود.
        """
        let (article, _) = try Fixtures.read(page + "\n")
        #expect(article.title == "کتابخانه ملی نسخه‌های خطی را دیجیتال می‌کند")
        #expect(article.published?.description == published)
    }
}
