import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// Rules of the scraped-text reader that were kept because they helped pages from sites it was
/// never tuned on (`Benchmarks/fidelity.py`, both halves of corpus-large). Each dump here is
/// hand-written in the shape such pages have.
@Suite struct ScrapedTextFidelityTests {
    /// A headline that ends in "?" reads like a sentence and opens the body's run; it is still
    /// the title, not a menu line above it.
    @Test func questionHeadlineThatOpensTheBodyIsTheTitle() throws {
        let (article, _) = try Fixtures.read("""
        Menu
        Weather forecast for the whole region this week

        What is the harbour levy and who pays it?

        The harbour levy is a charge that every ship pays when it docks, and the council sets it each spring after a vote.

        Ship owners say the levy has doubled in five years, while the council says the harbour needs the money for repairs.

        Most of the money goes to dredging, which keeps the channel deep enough for the larger container ships.
        """)
        #expect(article.title == "What is the harbour levy and who pays it?")
        #expect(article.body.count == 3)
        #expect(article.body.first?.plainText.hasPrefix("The harbour levy is a charge") == true)
    }

    /// The same shape in Arabic: the question headline opening the run is the title, and the
    /// page stays right-to-left.
    @Test func arabicQuestionHeadlineThatOpensTheBodyIsTheTitle() throws {
        let (article, _) = try Fixtures.read("""
        الرئيسية
        حالة الطقس في المنطقة خلال هذا الأسبوع

        ما هي رسوم الميناء ومن يدفعها؟

        رسوم الميناء مبلغ تدفعه كل سفينة عند رسوها، ويحدده المجلس البلدي كل ربيع بعد التصويت عليه في جلسة علنية.

        يقول أصحاب السفن إن الرسوم تضاعفت خلال خمس سنوات، بينما يقول المجلس إن الميناء يحتاج المال للإصلاحات.

        ويذهب معظم المال إلى تعميق القناة، حتى تتمكن سفن الحاويات الكبيرة من الوصول إلى الأرصفة.
        """)
        #expect(article.title == "ما هي رسوم الميناء ومن يدفعها؟")
        #expect(article.body.count == 3)
        #expect(article.language == "ar")
        #expect(article.direction == .rightToLeft)
    }

    /// Menu items glued into one line ("HomeNewsSport...") are neither body text nor headline,
    /// however many words they hold.
    @Test func gluedMenuLineIsNeitherBodyNorHeadline() throws {
        let (article, _) = try Fixtures.read("""
        Daily Courier
        HomeNewsSportWeatherCultureTravelOpinion and LettersPodcastsPuzzles and GamesObituaries and NoticesJobs Cars Homes Shop Events Newsletters Archive Contact Help Advertise With Us Subscribe Today Sign In Register
        Harbour Edition

        Council approves new ferry timetable

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

        The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.
        """)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.body.count == 3)
        #expect(!article.body.contains { $0.plainText.contains("HomeNews") })
    }

    /// A picture credit printed twice (under the picture and in a gallery) is not the headline,
    /// though the repetition would speak for it.
    @Test func pictureCreditIsNotTheHeadline() throws {
        let (article, _) = try Fixtures.read("""
        Foto: Jane Roe / Harbour Pictures Agency
        Foto: Jane Roe / Harbour Pictures Agency

        Lighthouse reopens after two years of repairs

        The old lighthouse on the north pier opened to visitors again on Saturday after two years of repairs to its lamp and stairs.

        Volunteers guided the first groups up the hundred and twelve steps, and the queue reached the harbour gate by noon.

        The town plans to light the lamp every evening in summer, though ships have not needed it for decades.
        """)
        #expect(article.title == "Lighthouse reopens after two years of repairs")
        #expect(article.body.count == 3)
    }

    @Test(arguments: [
        ("Foto: Jane Roe", true), ("(Photos by Jane Roe; illustration by John Doe)", true), ("© Harbour Pictures", true),
        ("Bild : dpa", true), ("صورة: وكالة الأنباء", true), ("Photographers gather in the harbour", false),
        ("Source of the river found after a long search", false), ("Photo finish decides the regatta", false),
    ])
    func pictureCreditsAreRecognised(text: String, isCredit: Bool) {
        #expect(ScrapedPage.isCredit(Substring(text)) == isCredit)
    }

    /// A section name glued to the headline ("Harbour - Council approves...", printed twice) loses to the headline
    /// printed alone on its own line.
    @Test func headlineGluedToItsSectionLosesToTheHeadlineAlone() throws {
        let (article, _) = try Fixtures.read("""
        Harbour - Council approves new ferry timetable for the summer season
        Subscribe
        Harbour - Council approves new ferry timetable for the summer season
        Sign in

        Council approves new ferry timetable for the summer season

        By Jane Roe

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.
        """)
        #expect(article.title == "Council approves new ferry timetable for the summer season")
        #expect(article.authors == ["Jane Roe"])
        #expect(article.body.count == 2)
    }

    /// The line above the headline is the kicker only when it reads as a section label, not a
    /// date, a count, a symbol, a byline, glued menu items, a label ending in a colon, a list
    /// item, a reading time, a row of social networks or a button.
    @Test(arguments: [
        ("Transport", "Transport"), ("14:02", nil), ("12 March 2024", nil), ("58420", nil), ("×", nil),
        ("By Jane Roe", nil), ("NewsSportWeather", nil), ("الاقتصاد", "الاقتصاد"), ("Learn More", nil), ("Table of Contents", nil),
        ("القائمة", nil), ("Author:", nil), ("Up next:", nil), ("5 min read", nil), ("Potsdam8 °C", nil), ("+ Added mobs", nil),
        ("• Sports", nil), ("twitter linkedin facebook instagram", nil), ("Follow Harbour Politics", nil), ("Sign In| Join", nil),
        ("Bookmark", nil), ("Donate", nil), ("Jump to: navigation, search", nil), ("Business News", "Business News"),
        ("Personal Technology: Review", "Personal Technology: Review"), ("Sport | Football", "Sport | Football"), ("شؤون دولية", "شؤون دولية"),
    ] as [(String, String?)])
    func kickerIsASectionLabel(above: String, kicker: String?) throws {
        let (article, _) = try Fixtures.read("""
        \(above)

        Council approves new ferry timetable

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.
        """)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.kicker == kicker)
    }

    /// A "related" heading ends the body even when the teasers under it are long sentences.
    @Test func relatedHeadingEndsTheBodyBeforeLongTeasers() throws {
        let (article, _) = try Fixtures.read("""
        Council approves new ferry timetable

        The council approved a new ferry timetable on Tuesday, adding two late crossings on weekdays from the first of May.

        Commuters had asked for later boats for years, and a survey last winter found most would use them twice a week.

        The operator said the extra crossings would be paid for by a small rise in the price of a season ticket.

        Work on the new landing stage at the north pier will start in April and should be finished by the end of June.

        Related articles

        Rail freight volumes rise for a third month as ports clear the backlog left by the winter storms and strikes.

        Bus drivers vote to accept the pay offer after months of talks, ending the threat of a strike this summer.
        """)
        #expect(article.title == "Council approves new ferry timetable")
        #expect(article.body.count == 4)
    }

    /// A headline and its dek both repeat the body's words; the upper line is the headline.
    @Test(arguments: [
        ("Ferry timetable approved by harbour council", "Harbour council approves later ferry crossings on weekdays for commuters"),
        ("مجلس الميناء يقر جدولا جديدا للعبارات", "مجلس الميناء يقر رحلات مسائية إضافية للعبارات في أيام الأسبوع للركاب"),
    ])
    func upperOfHeadlineAndDekIsTheTitle(headline: String, dek: String) throws {
        let arabic = headline.unicodeScalars.contains { $0.value >= 0x600 && $0.value <= 0x6FF }
        let body = arabic ? """
        أقر مجلس الميناء يوم الثلاثاء جدولا جديدا للعبارات يضيف رحلات مسائية في أيام الأسبوع للركاب اعتبارا من الأول من مايو.

        وكان الركاب يطالبون منذ سنوات برحلات متأخرة، وأظهر استطلاع أن معظمهم سيستخدمونها مرتين في الأسبوع.
        """ : """
        The harbour council approved a new ferry timetable on Tuesday, adding later crossings on weekdays for commuters from May.

        Commuters had asked for later boats for years, and a survey last winter found most would use the ferry twice a week.
        """
        let (article, _) = try Fixtures.read("Menu\n\n\(headline)\n\n\(dek)\n\n\(body)\n")
        #expect(article.title == headline)
        #expect(article.body.count == 2)
        #expect(article.direction == (arabic ? .rightToLeft : .leftToRight))
    }

    /// A logo's alt text reads as a sentence and can open the body's run above the headline;
    /// the headline is found among the body's first lines, and what stood above it (the logo's
    /// text, a kicker) leaves the body.
    @Test func headlineAmongTheBodysFirstLinesEndsWhatIsAboveIt() throws {
        let (article, _) = try Fixtures.read("""
        Skip to content
        Subscribe E-paper Shop Vouchers Advertising
        The Harbour Gazette logo in white letters on a blue background.

        Emergency plan

        Only a third of the children went to school on Monday

        Many parents in the valley kept their children at home on Monday after the fire at the waste plant filled the town with smoke.

        The schools stayed open, but the head teachers said that fewer than one pupil in three came to class in the morning.

        The council expects normal lessons to resume on Tuesday, once the air has been measured again at every school.
        """)
        #expect(article.title == "Only a third of the children went to school on Monday")
        #expect(article.kicker == "Emergency plan")
        #expect(article.body.count == 3)
        #expect(article.body.first?.plainText.hasPrefix("Many parents in the valley") == true)
    }

    /// The shipped model weighs every feature the reader computes, and reads its file as the
    /// training script writes it.
    @Test func headlineModelWeighsEveryFeature() {
        let model = HeadlineModel.standard
        #expect(model.weights.count == HeadlineFeatures.names.count)
        #expect(model.weights.filter { $0 != 0 }.count == HeadlineFeatures.names.count)
        let parsed = HeadlineModel(tsv: "# comment\necho\t2.5\nunknown\t9\nwords\t-1\n")
        #expect(parsed.weights[HeadlineFeatures.names.firstIndex(of: "echo")!] == 2.5)
        #expect(parsed.weights[HeadlineFeatures.names.firstIndex(of: "words")!] == -1)
        #expect(parsed.weights.filter { $0 != 0 }.count == 2)
    }
}
