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

    @Test(arguments: [
        ("zu", "Uthe abantu bonke kumele bafike esikoleni ngoba kunomhlangano obalulekile futhi lokhu kusho ukuthi izingane zizofunda kahle manje."),
        ("xh", "Uthe abantu bonke kufuneka beze esikolweni kuba kukho intlanganiso ebalulekileyo kwaye oku kuthetha ukuba abantwana baza kufunda kakuhle ngoku."),
        ("is", "Hann sagði að það væri mjög mikilvægt fyrir alla að koma í skólann á morgun og hún var sammála því."),
        ("nn", "Eg trur ikkje at det er så enkelt, men ho sa at dei kjem heim frå byen i morgon fordi det er berre ein dag igjen."),
        ("nb", "Jeg tror ikke at det er så enkelt, men hun sa at de kommer hjem fra byen i morgen fordi det er bare en dag igjen."),
        ("vi", "Chính phủ đã quyết định rằng các trường học sẽ mở cửa lại vào tuần tới và học sinh có thể trở lại lớp."),
        ("id", "Pemerintah telah memutuskan bahwa sekolah akan dibuka kembali pada minggu depan dan para siswa dapat kembali ke kelas."),
        ("sw", "Serikali imeamua kwamba shule zitafunguliwa tena wiki ijayo na wanafunzi wataweza kurudi darasani kwa sababu hali ni nzuri sasa."),
        ("tl", "Nagpasya ang pamahalaan na muling bubuksan ang mga paaralan sa susunod na linggo at makakabalik na ang mga mag-aaral sa klase."),
    ])
    func detectsLanguagesOfAfricaAsiaAndTheNorth(expected: String, text: String) {
        #expect(LanguageDetector.standard.language(of: text) == expected)
    }

    static let croatian = String(repeating: "Gotovinski krediti, do sada jedan od vodećih izvora prihoda banaka, sve se manje traže jer su uvjeti stroži nego prije i ljudi su oprezniji. ", count: 3)
    static let danish = String(repeating: "Jeg tror ikke, at det er så enkelt, men hun sagde, at de kommer hjem fra byen i morgen, fordi der kun er en dag tilbage. ", count: 3)

    @Test func aDeclaredLanguageTheTextContradictsGivesWay() {
        let detector = LanguageDetector.standard
        // A site template's `en-US` on a Croatian article.
        #expect(detector.language(of: Self.croatian, declared: "en-US") == "hr")
        // A declaration the text bears out stays, region and all.
        #expect(detector.language(of: "The council met on Tuesday and the members voted on the budget, which will be published in the spring. " + String(repeating: "It is what the city has asked for and what it will get. ", count: 4), declared: "en-GB") == "en-GB")
        // A close language never overrules: Danish text declared Norwegian Bokmål stays `nb`.
        #expect(detector.language(of: Self.danish, declared: "nb") == "nb")
        // A language the detector has no profile for stays.
        #expect(detector.language(of: Self.croatian, declared: "bs") == "bs")
        // Too little text keeps the declaration.
        #expect(detector.language(of: "Gotovinski krediti sve se manje traže.", declared: "en") == "en")
        // A macrolanguage becomes the language the text shows.
        #expect(detector.language(of: String(repeating: "Jeg tror ikke at det er så enkelt, men hun sa at de kommer hjem fra byen i morgen. ", count: 3), declared: "no") == "nb")
        // `en` declared on Russian text.
        #expect(detector.language(of: String(repeating: "Он сказал, что это не так и что они будут работать там до тех пор, пока всё не будет сделано. ", count: 3), declared: "en") == "ru")
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
