import Foundation
import Offprint
import Testing
import TestSupport

/// `--bundle`: many articles in one EPUB, checked by EPUBCheck, by `offprint check` and by calibre.
@Suite struct AnthologyTests {
    /// A bundle made in a temporary folder that lives as long as the value.
    struct Made {
        let folder: TemporaryDirectory
        let path: String
        let console: CapturingConsole
    }

    static func bundle(_ arguments: [String], name: String = "book.epub") async throws -> Made {
        let folder = try TemporaryDirectory("bundle")
        let path = folder.path + "/" + name
        let (status, console) = await offprint(["convert"] + arguments + ["--bundle", path])
        #expect(status == 0, "\(console.error)")
        return Made(folder: folder, path: path, console: console)
    }

    static func entry(_ book: String, _ name: String) async -> String {
        await EPUBTestReading.text(of: book, entry: name)
    }

    @Test(.tags(.validators, .calibre), .slow) func anthologyOfTheExamplesIsValidEverywhere() async throws {
        let made = try await Self.bundle([Paths.examples.path, "--title", "Saved articles", "--author", "Offprint"])
        let book = made.path
        #expect(made.console.output.hasPrefix("Bundled \(ExampleArticles.count) inputs into"))
        #expect(try await Validators.epubCheck(book) == [])
        #expect(EPUBChecker().check(book) == [])
        let nav = await Self.entry(book, "EPUB/nav.xhtml")
        #expect(nav.contains("<bdi lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">الولايات المتحدة تدعو حفتر لإنهاء هجومه على طرابلس</bdi>"))
        #expect(nav.contains("<bdi lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Volunteers map a century of river floods from old newspapers</bdi>"))
        // Each chapter carries its own article's language and direction.
        let seedChapter = await Self.entry(book, "EPUB/chapter-1.xhtml")
        #expect(seedChapter.contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""))
        #expect(await Self.entry(book, "EPUB/chapter-2.xhtml").contains("lang=\"en\" xml:lang=\"en\" dir=\"ltr\""))
        // As many examples are Arabic as English: the tie goes to the first chapter's language
        // (the seed's), so the book is Arabic and reads right to left.
        let package = await Self.entry(book, "EPUB/package.opf")
        #expect(package.contains("<dc:language>ar</dc:language>") && package.contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"))
        #expect(package.contains("<dc:creator id=\"creator-1\">Offprint</dc:creator>"))
        // The articles' authors contribute, each in their article's language when it is not the
        // book's; the newest date, every source and category are kept.
        #expect(package.contains("<dc:contributor xml:lang=\"en\">Jane Okafor</dc:contributor>") && package.contains("<dc:contributor>ليلى حداد</dc:contributor>"))
        #expect(!package.contains("<dc:contributor>Offprint</dc:contributor>"))
        #expect(package.contains("<dc:date>2024-07-02</dc:date>"))
        #expect(package.contains("<dc:source>https://example.org/ar/rain-archive</dc:source>") && package.contains("<dc:subject>Archiving</dc:subject>"))
        #expect(!package.contains("<dc:publisher>"), "the articles come from different sites")
        // The NCX labels carry their own language and direction, like the nav's <bdi>.
        let ncx = await Self.entry(book, "EPUB/toc.ncx")
        #expect(ncx.contains("<navLabel xml:lang=\"ar\" dir=\"rtl\"><text>الولايات المتحدة تدعو حفتر لإنهاء هجومه على طرابلس</text></navLabel>"))
        #expect(ncx.contains("<navLabel xml:lang=\"en-GB\" dir=\"ltr\"><text>Why we keep paper copies of the articles we love</text></navLabel>"))
        // A real reading system's engine reads every article: every title and paragraph.
        try await Self.expectCalibreReadsEverything(of: [Paths.examples.path], in: book)
    }

    /// Every title, heading, paragraph and list item of the inputs (as Offprint reads them) is
    /// in the text calibre's engine takes from the book, white space aside.
    static func expectCalibreReadsEverything(of inputs: [String], in book: String) async throws {
        let records = try TemporaryDirectory("records")
        #expect(await offprint(["convert"] + inputs + ["--to", "json", "--output", records.path]).status == 0)
        let text = Self.collapsed(try await Validators.calibreText(book))
        var checked = 0
        for (name, data) in try tree(records.path) where name.hasSuffix(".json") {
            let article = try JSONDecoder().decode(Article.self, from: data)
            for piece in [article.title] + Self.texts(of: article.body) where !Self.collapsed(piece).isEmpty {
                checked += 1
                #expect(text.contains(Self.collapsed(piece)), "calibre's text lacks \(name): \(piece.prefix(80))")
            }
        }
        #expect(checked > 0)
    }

    static func texts(of blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block.kind {
            case .paragraph(let inlines), .heading(_, let inlines): return [inlines.plainText]
            case .quote(let children): return texts(of: children)
            case .list(_, _, let items): return items.flatMap(texts(of:))
            case .code, .figure, .rule, .table: return []
            }
        }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func sameBytesForAnyNumberOfJobs() async throws {
        let one = try await Self.bundle([Paths.examples.path, "--jobs", "1"])
        let two = try await Self.bundle([Paths.examples.path, "--jobs", "2"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: one.path)) == Data(contentsOf: URL(fileURLWithPath: two.path)))
    }

    @Test func languageDirectionAndOrder() async throws {
        let arabic = [Paths.seed.path, Paths.examples.appending(path: "مقال-مختلط.txt").path, Paths.examples.appending(path: "saved-page").path]
        let made = try await Self.bundle(arabic + ["--sort", "date"])
        let book = made.path
        let package = await Self.entry(book, "EPUB/package.opf")
        #expect(package.contains("<dc:language>ar</dc:language>"))
        #expect(package.contains("page-progression-direction=\"rtl\""))
        #expect(await Self.entry(book, "EPUB/cover.xhtml").contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""))
        // Dated first (the saved page, 2024-07-02), then the undated in path order.
        let nav = await Self.entry(book, "EPUB/nav.xhtml")
        let order = ["مكتبة رقمية تحفظ أرشيف الأمطار", "الولايات المتحدة تدعو حفتر", "مكتبة رقمية تحفظ الصحف العربية القديمة"].map { nav.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
        // Oldest first.
        let examples = try await Self.bundle([Paths.examples.path, "--sort", "date"])
        let englishNav = await Self.entry(examples.path, "EPUB/nav.xhtml")
        let dated = ["Why we keep paper copies", "A reading list for article archivists", "Volunteers map a century", "Six months of rainfall", "مكتبة رقمية تحفظ أرشيف الأمطار"]
            .map { englishNav.range(of: $0)?.lowerBound }
        #expect(dated.allSatisfy { $0 != nil } && dated == dated.sorted { $0! < $1! })
        // --language overrides the majority.
        let english = try await Self.bundle(arabic + ["--language", "en"])
        #expect(await Self.entry(english.path, "EPUB/package.opf").contains("<dc:language>en</dc:language>"))
        #expect(EPUBChecker().check(book) == [] && EPUBChecker().check(english.path) == [])
        // English articles in a book the reader declares Arabic: the spine follows the book's language.
        let declared = try await Self.bundle([Paths.examples.appending(path: "english-field-notes.txt").path, "--language", "ar"])
        #expect(await Self.entry(declared.path, "EPUB/package.opf").contains("page-progression-direction=\"rtl\""))
        #expect(EPUBChecker().check(declared.path) == [])
    }

    @Test func imagesAndCovers() async throws {
        let cover = Paths.examples.appending(path: "markdown/images/rainfall.png").path
        let made = try await Self.bundle([Paths.examples.appending(path: "markdown").path, "--cover", cover])
        let book = made.path
        let package = await Self.entry(book, "EPUB/package.opf")
        #expect(package.contains("<item id=\"cover-image\" href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>"))
        #expect(package.contains("href=\"images/a0-0/rainfall.png\" media-type=\"image/png\""))
        #expect(await Self.entry(book, "EPUB/chapter-1.xhtml").contains("<img src=\"images/a0-0/rainfall.png\" alt=\"Monthly rainfall, January to June\"/>"))
        let dropped = try await Self.bundle([Paths.examples.appending(path: "markdown").path, "--images", "drop"])
        #expect(await EPUBTestReading.names(of: dropped.path).allSatisfy { !$0.hasPrefix("EPUB/images/") })
        #expect(await Self.entry(dropped.path, "EPUB/chapter-1.xhtml").contains("<p class=\"image-alt\">Monthly rainfall, January to June</p>"))
        #expect(EPUBChecker().check(book) == [] && EPUBChecker().check(dropped.path) == [])
    }

    @Test func missingImageWarnsAndTheBookStaysValid() async throws {
        let input = try TemporaryDirectory("missing-image")
        try input.write("note.md", "# A note\n\nSome text of the note, long enough to read.\n\n![A lost chart](images/lost.png)\n")
        let output = try TemporaryDirectory("out")
        let report = output.path + "/report.json"
        let (status, _) = await offprint(["convert", input.path, "--to", "epub", "--output", output.path, "--report", report])
        #expect(status == 0)
        let decoded = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: report)))
        #expect(decoded.inputs.first?.warnings == ["reading: image images/lost.png was not found or could not be read; its alternative text is kept"])
        #expect(EPUBChecker().check(output.path + "/note.epub") == [])
        // Without --report too, the warning reaches the terminal, and the exit status stays 0.
        let (quietStatus, console) = await offprint(["convert", input.path + "/note.md", "--to", "epub", "--output", output.path])
        #expect(quietStatus == 0)
        #expect(console.errorLines == ["\(input.path)/note.md: warning: reading: image images/lost.png was not found or could not be read; its alternative text is kept"])
    }

    /// The books the tests above make (right to left, sorted, with a cover, with images dropped,
    /// with a missing image), all checked by EPUBCheck in one Java virtual machine.
    @Test(.tags(.validators), .slow) func everyKindOfBookPassesEPUBCheck() async throws {
        let arabic = [Paths.seed.path, Paths.examples.appending(path: "مقال-مختلط.txt").path, Paths.examples.appending(path: "saved-page").path]
        let markdown = Paths.examples.appending(path: "markdown").path
        let made = [
            try await Self.bundle(arabic + ["--sort", "date"]),
            try await Self.bundle(arabic + ["--language", "en"]),
            try await Self.bundle([Paths.examples.appending(path: "english-field-notes.txt").path, "--language", "ar"]),
            try await Self.bundle([markdown, "--cover", Paths.examples.appending(path: "markdown/images/rainfall.png").path]),
            try await Self.bundle([markdown, "--images", "drop"]),
        ]
        let input = try TemporaryDirectory("missing-image")
        try input.write("note.md", "# A note\n\nSome text of the note, long enough to read.\n\n![A lost chart](images/lost.png)\n")
        let output = try TemporaryDirectory("out")
        #expect(await offprint(["convert", input.path, "--to", "epub", "--output", output.path]).status == 0)
        let books = made.map(\.path) + [output.path + "/note.epub"]
        let reports = try await Validators.epubCheck(books)
        #expect(reports.count == books.count)
        for book in books {
            #expect(reports[book] == [], "\(book)")
        }
    }

    @Test(.tags(.corpus, .validators, .calibre), .slow) func anthologyOfTheSampleCorpus() async throws {
        let pages = Paths.corpus.appending(path: "html").path
        let count = try FileManager.default.contentsOfDirectory(atPath: pages).filter { $0.hasSuffix(".html") }.count
        let made = try await Self.bundle([pages, "--title", "Corpus"])
        let book = made.path
        #expect(made.console.output.hasPrefix("Bundled \(count) inputs into"))
        #expect(try await Validators.epubCheck(book) == [])
        #expect(EPUBChecker().check(book) == [])
        try await Self.expectCalibreReadsEverything(of: [pages], in: book)
    }

    @Test func jsonLinesBundleKeepsInputOrder() async throws {
        let made = try await Self.bundle([Paths.examples.path, "--jobs", "2"], name: "archive.jsonl")
        let lines = try String(contentsOfFile: made.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == ExampleArticles.count)
        let titles = try lines.map { try JSONDecoder().decode(Article.self, from: Data($0.utf8)).title }
        #expect(titles.first == "الولايات المتحدة تدعو حفتر لإنهاء هجومه على طرابلس")
        // --sort applies to archives as to books: oldest first, undated last.
        let byDate = try await Self.bundle([Paths.examples.path, "--sort", "date"], name: "dated.jsonl")
        let dates = try String(contentsOfFile: byDate.path, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Article.self, from: Data($0.utf8)).published?.description }
        let dated = dates.compactMap { $0 }
        // Some dated, some not: the dated first, oldest first, then the undated.
        #expect(dates.count == ExampleArticles.count && dated.count >= 2 && dated.count < dates.count)
        #expect(dated == dated.sorted() && Array(dates.prefix(dated.count)) == dated)
    }
}
