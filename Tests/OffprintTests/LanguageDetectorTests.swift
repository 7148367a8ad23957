import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintCleanup

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("ar", "دعت الولايات المتحدة الجنرال الليبي خليفة حفتر إلى وقف هجومه المستمر منذ شهور على طرابلس."),
        ("fa", "ایالات متحده از ژنرال خلیفه حفتر خواست که حمله چندماهه خود به طرابلس را متوقف کند و گفت که از دولت پشتیبانی می‌کند."),
        ("ur", "امریکہ نے جنرل خلیفہ حفتر سے کہا ہے کہ وہ طرابلس پر کئی مہینوں سے جاری اپنا حملہ بند کریں۔"),
        ("he", "ארצות הברית קראה לגנרל חפתר להפסיק את המתקפה על טריפולי ואמרה שתתמוך בממשלה."),
        ("ru", "Соединённые Штаты призвали генерала Хафтара прекратить наступление на Триполи, которое длится уже несколько месяцев."),
        ("uk", "Сполучені Штати закликали генерала Хафтара припинити наступ на Тріполі, який триває вже кілька місяців, і це важливо."),
        ("zh", "美国呼吁利比亚将军哈夫塔尔停止对的黎波里持续数月的进攻。"),
        ("ja", "アメリカはリビアのハフタル将軍に対し、トリポリへの攻撃をやめるよう求めました。"),
        ("ko", "미국은 리비아의 하프타르 장군에게 트리폴리 공격을 중단하라고 촉구했다."),
        ("el", "Οι Ηνωμένες Πολιτείες κάλεσαν τον στρατηγό Χαφτάρ να σταματήσει την επίθεση στην Τρίπολη."),
        ("hi", "अमेरिका ने लीबिया के जनरल हफ्तार से त्रिपोली पर हमला रोकने को कहा।"),
        ("th", "สหรัฐฯ เรียกร้องให้นายพลฮาฟตาร์ยุติการโจมตีตริโปลี"),
        ("en", "The United States has called on the Libyan general to end his months-long offensive on Tripoli."),
        ("fr", "Les États-Unis ont appelé le général libyen à mettre fin à son offensive sur Tripoli, qui dure depuis des mois."),
        ("de", "Die Vereinigten Staaten haben den libyschen General aufgefordert, seine Offensive auf Tripolis zu beenden."),
        ("es", "Estados Unidos pidió al general libio que ponga fin a su ofensiva sobre Trípoli, que dura desde hace meses."),
        ("pt", "Os Estados Unidos pediram ao general líbio que encerre a sua ofensiva contra Trípoli, que já dura meses."),
        ("tr", "Amerika Birleşik Devletleri, Libyalı generalden Trablus'a yönelik aylardır süren saldırısını durdurmasını istedi ve bu çağrı çok önemli."),
    ])
    func detectsTheLanguage(expected: String, text: String) {
        #expect(LanguageDetector.standard.language(of: text) == expected)
    }

    @Test func fillerAndEmptyTextStayUndetermined() {
        #expect(LanguageDetector.standard.language(of: "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.") == nil)
        #expect(LanguageDetector.standard.language(of: "12345 — 678") == nil)
    }

    @Test(arguments: [("ar", TextDirection.rightToLeft), ("fa-IR", .rightToLeft), ("he", .rightToLeft), ("ur", .rightToLeft),
                      ("az-Arab", .rightToLeft), ("ku-Latn", .leftToRight), ("en-GB", .leftToRight), ("zh-Hant", .leftToRight)])
    func directionFromLanguage(tag: String, direction: TextDirection) {
        #expect(TextDirection(language: tag) == direction)
    }

    @Test func directionFromFirstStrongLetter() {
        #expect(TextDirection(firstStrongIn: "2024: «مرحبا» hello") == .rightToLeft)
        #expect(TextDirection(firstStrongIn: "(1) hello مرحبا") == .leftToRight)
        #expect(TextDirection(firstStrongIn: "123 !?") == nil)
        #expect(TextDirection(language: "und") == nil)
    }
}
