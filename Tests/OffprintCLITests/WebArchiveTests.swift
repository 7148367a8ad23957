import Foundation
import Offprint
import OffprintPlatform
import Testing
import TestSupport

@Suite struct WebArchiveTests {
    static let story = "https://example.org/news/flood-story.html"
    /// The picture the story shows, captured in the crawl.
    static func image() throws -> Data {
        try Data(contentsOf: Paths.examples.appending(path: "markdown/images/rainfall.png"))
    }

    /// A crawl with every kind of record: an article sent chunked and gzip-encoded whose image
    /// was captured after it, a revisit of it, a Latin-1 page, an Arabic page, and what is no
    /// article (a request, a 404, a redirect, a stylesheet, an index of links).
    static func crawl() throws -> WARCBuilder {
        var warc = WARCBuilder()
        warc.record("warcinfo", url: nil, fields: [("Content-Type", "application/warc-fields")], block: Data("software: a test\r\n".utf8))
        warc.request(story)
        let html = WARCBuilder.article("Floods along the quay", extra: "<figure><img src=\"../img/quay.png\" alt=\"The quay at dawn\"></figure>")
        warc.response(story, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
                      body: WARCBuilder.chunked(Deflater.gzip(Data(html.utf8))!, size: 100), digest: "sha1:STORYDIGEST")
        warc.response("https://example.org/img/quay.png", headers: [("Content-Type", "image/png")], body: try image())
        warc.response("https://example.org/missing", status: 404, headers: [("Content-Type", "text/html")], body: Data(WARCBuilder.article("Not found").utf8))
        warc.response("https://example.org/old", status: 301, headers: [("Location", "https://example.org/new")], body: Data())
        warc.response("https://example.org/style.css", headers: [("Content-Type", "text/css")], body: Data("p { margin: 0 }".utf8))
        warc.page("https://example.org/tags/", html: "<html><body><ul>" + String(repeating: "<li><a href=\"/t\">A tag</a></li>", count: 40) + "</ul></body></html>")
        warc.revisit(story, of: story, digest: "sha1:STORYDIGEST", date: "2024-06-01T08:00:00Z")
        // French text: a declared language the text contradicts gives way to the text's.
        let french = WARCBuilder.article("Un café au bord de l’eau", lang: "fr").replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "The river rose overnight, and volunteers filled sandbags along the old quay until morning came.",
                                  with: "La rivière est montée pendant la nuit, et les bénévoles ont rempli des sacs de sable sur le vieux quai jusqu'au matin.")
        warc.response("https://example.org/fr/caf%C3%A9", headers: [("Content-Type", "text/html; charset=ISO-8859-1")], body: french.data(using: .isoLatin1)!)
        // Sent as UTF-8, but the bytes are windows-1252 as the page itself says.
        let german = WARCBuilder.article("Hochwasser am Kai", lang: "de").replacingOccurrences(of: "<head>", with: "<head><meta charset=\"windows-1252\">")
            .replacingOccurrences(of: "<p>Read", with: "<p>Die Straße war überflutet.</p><p>Read")
        warc.response("https://example.org/de/kai", headers: [("Content-Type", "text/html; charset=utf-8")], body: german.data(using: .windowsCP1252)!)
        warc.page("https://example.org/ar/%D8%AE%D8%A8%D8%B1", html: WARCBuilder.article("فيضان على الرصيف", lang: "ar")
            .replacingOccurrences(of: "The river rose overnight, and volunteers filled sandbags along the old quay until morning came.",
                                  with: "ارتفع النهر خلال الليل، وملأ المتطوعون أكياس الرمل على طول الرصيف القديم حتى الصباح."))
        return warc
    }

    @Test(arguments: [true, false]) func pagesOfACrawlBecomeArticlesAndTheRestIsPassedOver(compressed: Bool) async throws {
        let input = try TemporaryDirectory("warc")
        let name = compressed ? "crawl.warc.gz" : "crawl.warc"
        try Self.crawl().archive(compressed: compressed).write(to: URL(fileURLWithPath: input.path + "/" + name))
        let output = try TemporaryDirectory("out")
        let report = output.path + "/report.json"
        let (status, console) = await offprint(["convert", input.path + "/" + name, "--to", "json,epub", "--output", output.path, "--report", report])
        #expect(status == 0, "\(console.error)")
        #expect(console.errorLines == [])
        #expect(console.output.contains("Converted 5 inputs to json, epub: 10 files"))
        #expect(console.output.contains("; 1 page skipped (no article)"))
        let files = try tree(output.path)
        #expect(files.keys.filter { $0.hasSuffix(".json") && $0 != "report.json" }.sorted() == [
            "crawl/example.org-ar-خبر.json", "crawl/example.org-de-kai.json", "crawl/example.org-fr-café.json",
            "crawl/example.org-news-flood-story-2.json", "crawl/example.org-news-flood-story.json",
        ])
        let story = try JSONDecoder().decode(Article.self, from: try #require(files["crawl/example.org-news-flood-story.json"]))
        #expect(story.title == "Floods along the quay")
        #expect(story.source.url == Self.story)
        #expect(story.extra["captured"] == "2024-05-01T10:00:00Z")
        #expect(story.published?.description == "2024-05-01T10:00:00Z")
        // Links resolve against the address the page was captured from; its image is replayed.
        #expect(story.body.contains { $0.plainText.contains("more news") })
        let json = String(decoding: try #require(files["crawl/example.org-news-flood-story.json"]), as: UTF8.self)
        #expect(json.contains("\"https://example.org/news/more\""))
        #expect(story.resources.map(\.mediaType) == ["image/png"])
        #expect(try story.resources.first?.data == Self.image())
        let book = try #require(files["crawl/example.org-news-flood-story.epub"])
        #expect(ZipEntryHeader.headers(in: Array(book)).contains { $0.name.hasSuffix("quay.png") })
        // The revisit is the same page at its own date.
        let revisit = try JSONDecoder().decode(Article.self, from: try #require(files["crawl/example.org-news-flood-story-2.json"]))
        #expect(revisit.title == story.title && revisit.extra["captured"] == "2024-06-01T08:00:00Z")
        // The charset comes from the HTTP header when the page names none.
        let french = try JSONDecoder().decode(Article.self, from: try #require(files["crawl/example.org-fr-café.json"]))
        #expect(french.title == "Un café au bord de l'eau" && french.language == "fr")
        let arabic = try JSONDecoder().decode(Article.self, from: try #require(files["crawl/example.org-ar-خبر.json"]))
        #expect(arabic.language == "ar" && arabic.direction == .rightToLeft)
        // The report counts the index of links as skipped, with its reason and offset.
        let reportData = try #require(files["report.json"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: reportData) as? [String: Any])
        #expect(manifest["skipped"] as? Int == 1)
        #expect(manifest["converted"] as? Int == 5)
        let german = try JSONDecoder().decode(Article.self, from: try #require(files["crawl/example.org-de-kai.json"]))
        #expect(german.body.contains { $0.plainText == "Die Straße war überflutet." })
        let entries = try #require(manifest["inputs"] as? [[String: Any]])
        let skipped = entries.filter { $0["skipped"] != nil }
        #expect(skipped.count == 1)
        #expect((skipped.first?["input"] as? String)?.hasPrefix(input.path + "/" + name + "@") == true)
        #expect(skipped.first?["skipped"] as? String == "no article content found")
    }

    /// One archive's records convert on idle cores; names, files, report and stream are those of one thread.
    @Test func recordsOfOneArchiveConvertInParallelWithTheSameResult() async throws {
        let input = try TemporaryDirectory("warc")
        var warc = try Self.crawl()
        for number in 0..<40 { warc.page("https://example.org/more/\(number % 7)", html: WARCBuilder.article("Article number \(number)")) }
        try warc.archive(compressed: true).write(to: URL(fileURLWithPath: input.path + "/crawl.warc.gz"))
        var trees: [[String: Data]] = [], reports: [String] = [], streams: [String] = []
        for jobs in ["1", "4"] {
            let output = try TemporaryDirectory("out")
            let reportFolder = try TemporaryDirectory("report")
            let (status, console) = await offprint(["convert", input.path, "--to", "json,html", "--output", output.path, "--jobs", jobs, "--report", reportFolder.path + "/r.json"])
            #expect(status == 0, "\(console.error)")
            trees.append(try tree(output.path).mapValues { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: output.path, with: "OUT").utf8) })
            reports.append(String(decoding: try Data(contentsOf: URL(fileURLWithPath: reportFolder.path + "/r.json")), as: UTF8.self).replacingOccurrences(of: output.path, with: "OUT"))
            streams.append(await offprint(["convert", input.path, "--stdout", "--jobs", jobs]).console.output)
        }
        #expect(trees[0].count == 2 * 45 + 1)
        #expect(trees[0] == trees[1])
        #expect(reports[0] == reports[1])
        #expect(streams[0] == streams[1] && streams[0].split(separator: "\n").count == 45)
    }

    @Test(arguments: [true, false]) func aTruncatedArchiveKeepsItsEarlierRecords(compressed: Bool) async throws {
        var warc = WARCBuilder()
        warc.page("https://example.org/a", html: WARCBuilder.article("The first article"))
        warc.page("https://example.org/b", html: WARCBuilder.article("The second article"))
        let whole = warc.archive(compressed: compressed)
        let input = try TemporaryDirectory("warc")
        let path = input.path + (compressed ? "/cut.warc.gz" : "/cut.warc")
        try whole.prefix(whole.count - 200).write(to: URL(fileURLWithPath: path))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "json", "--output", output.path])
        #expect(status == 1)
        let offset = compressed ? Deflater.gzip(warc.records[0])!.count : warc.records[0].count
        #expect(console.errorLines.count == 1)
        #expect(console.errorLines.first?.hasPrefix("\(path)@\(offset): reading: ") == true)
        #expect(console.errorLines.first?.contains("truncated") == true, "\(console.errorLines)")
        #expect(try tree(output.path).keys.sorted() == ["cut/example.org-a.json"])
    }

    @Test func aBadRecordIsOneErrorAndTheNextIsRead() async throws {
        var warc = WARCBuilder()
        warc.page("https://example.org/a", html: WARCBuilder.article("The first article"))
        warc.page("https://example.org/b", html: WARCBuilder.article("The second article"))
        let bad = Data("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n".utf8)
        let input = try TemporaryDirectory("warc")
        let path = try input.write("mixed.warc", "")
        try (warc.records[0] + bad + warc.records[1]).write(to: URL(fileURLWithPath: path))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "json", "--output", output.path])
        #expect(status == 1)
        #expect(console.errorLines == ["\(path)@\(warc.records[0].count): reading: the record's length 'lots' is not a byte count"])
        #expect(try tree(output.path).keys.sorted() == ["mixed/example.org-a.json", "mixed/example.org-b.json"])
    }

    /// `--encoding` names the charset of captured pages that declare none and are not UTF-8;
    /// a page that is UTF-8, or that names its own charset, is read as before.
    @Test func encodingIsTheFallbackForRecordsThatDeclareNone() async throws {
        var warc = WARCBuilder()
        let russian = WARCBuilder.article("Наводнение на набережной", lang: "ru")
        warc.response("https://example.org/ru", headers: [("Content-Type", "text/html")], body: russian.data(using: .windowsCP1251)!)
        warc.page("https://example.org/en", html: WARCBuilder.article("A café and its “regulars” by the quay"))
        let german = WARCBuilder.article("Hochwasser am Kai", lang: "de").replacingOccurrences(of: "<head>", with: "<head><meta charset=\"windows-1252\">")
        warc.response("https://example.org/de", headers: [("Content-Type", "text/html")], body: german.data(using: .windowsCP1252)!)
        let input = try TemporaryDirectory("warc")
        let path = input.path + "/legacy.warc.gz"
        try warc.archive(compressed: true).write(to: URL(fileURLWithPath: path))

        let undeclared = try TemporaryDirectory("out")
        let (failed, failure) = await offprint(["convert", path, "--to", "json", "--output", undeclared.path])
        #expect(failed == 1)
        #expect(failure.errorLines.count == 1, "\(failure.errorLines)")
        #expect(failure.errorLines.first?.hasPrefix("\(path)@0: reading: invalid UTF-8") == true, "\(failure.errorLines)")

        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "json", "--output", output.path, "--encoding", "windows-1251"])
        #expect(status == 0, "\(console.error)")
        let files = try tree(output.path)
        let titles = try ["ru", "en", "de"].map { page in
            try JSONDecoder().decode(Article.self, from: try #require(files["legacy/example.org-\(page).json"])).title
        }
        #expect(titles == ["Наводнение на набережной", "A café and its “regulars” by the quay", "Hochwasser am Kai"])
    }

    @Test func maxSizeAppliesToEachRecord() async throws {
        var warc = WARCBuilder()
        warc.page("https://example.org/small", html: WARCBuilder.article("A small article"))
        warc.page("https://example.org/large", html: WARCBuilder.article("A large article", extra: "<p>" + String(repeating: "many words ", count: 120_000) + "</p>"))
        let input = try TemporaryDirectory("warc")
        let path = input.path + "/sizes.warc.gz"
        try warc.archive(compressed: true).write(to: URL(fileURLWithPath: path))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "json", "--output", output.path, "--max-size", "1"])
        #expect(status == 1)
        #expect(console.errorLines.count == 1)
        #expect(console.errorLines.first?.hasPrefix("\(path)@\(Deflater.gzip(warc.records[0])!.count): reading: the file is 1.3 MB, over the 1.0 MB limit") == true, "\(console.errorLines)")
        #expect(try tree(output.path).keys.sorted() == ["sizes/example.org-small.json"])
    }

    /// Numbers and sizes from the archive are checked before they are believed.
    @Test func hostileLengthsAndBombsAreOneErrorEach() async throws {
        var warc = WARCBuilder()
        // 60 MB of zeros, gzip-encoded into about 60 kB: over --max-size once decompressed.
        let bomb = try #require(Deflater.gzip(Data(count: 60_000_000)))
        warc.response("https://example.org/bomb", headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: bomb)
        warc.page("https://example.org/fine", html: WARCBuilder.article("A fine article"))
        let huge = Data("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999999999999999999\r\n\r\n".utf8)
        let input = try TemporaryDirectory("warc")
        let path = try input.write("hostile.warc", "")
        try (warc.records[0] + huge + warc.records[1]).write(to: URL(fileURLWithPath: path))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "json", "--output", output.path, "--max-size", "10"])
        #expect(status == 1)
        #expect(console.errorLines == [
            "\(path)@0: reading: Content-Encoding gzip: decompresses to more than 10000000 bytes",
            "\(path)@\(warc.records[0].count): reading: the record's length '99999999999999999999' is not a byte count",
        ])
        #expect(try tree(output.path).keys.sorted() == ["hostile/example.org-fine.json"])
    }

    @Test func anArchiveBundlesIntoOneBook() async throws {
        let input = try TemporaryDirectory("warc")
        try Self.crawl().archive(compressed: true).write(to: URL(fileURLWithPath: input.path + "/crawl.warc.gz"))
        let output = try TemporaryDirectory("out")
        let book = output.path + "/crawl.epub"
        let (status, console) = await offprint(["convert", input.path, "--bundle", book, "--title", "A crawl"])
        #expect(status == 0, "\(console.error)")
        #expect(console.output.hasPrefix("Bundled 5 inputs into \(book)"))
        #expect(console.output.contains("1 page skipped"))
    }

    @Test func contentEncodingsAreUndoneAndAnUnknownOneIsAnError() async throws {
        // An article compressed with brotli (quality 11) by the reference encoder.
        let brotli = try #require(Data(base64Encoded: "G/cBQIyTXPnslOUtVaH9dLvU7/eGDY8RNM+QFFWI3AHzX5/VorAlWYDJt0TCoHlinm7z+QyboJNB2OEycDO9EFEuel/Jx751Hnr89jZfYIEzIN5BjZ5y2C28/ndEUyVKN7e4cZpaU30K2aqyvO4O3i3sxy/2fNmwLp6vIAvnXKaRl7wHoTfdHktLQjgkycVMRw=="))
        var warc = WARCBuilder()
        warc.response("https://example.org/br", headers: [("Content-Type", "text/html"), ("Content-Encoding", "br")], body: brotli)
        let html = Data(WARCBuilder.article("Deflated").utf8)
        let deflated = try #require(Deflater.gzip(html))
        // Raw deflate: the gzip member without its 10-byte header and 8-byte trailer.
        warc.response("https://example.org/deflate", headers: [("Content-Type", "text/html"), ("Content-Encoding", "deflate")], body: deflated.dropFirst(10).dropLast(8))
        warc.response("https://example.org/zstd", headers: [("Content-Type", "text/html"), ("Content-Encoding", "zstd")], body: html)
        let input = try TemporaryDirectory("warc")
        let path = input.path + "/codings.warc"
        try warc.archive(compressed: false).write(to: URL(fileURLWithPath: path))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "json", "--output", output.path])
        #expect(status == 1)
        let offset = warc.records[0].count + warc.records[1].count
        #expect(console.errorLines == ["\(path)@\(offset): reading: the page is sent with Content-Encoding 'zstd', which Offprint cannot decode"])
        let files = try tree(output.path)
        #expect(files.keys.sorted() == ["codings/example.org-br.json", "codings/example.org-deflate.json"])
        let article = try JSONDecoder().decode(Article.self, from: try #require(files["codings/example.org-br.json"]))
        #expect(article.title == "Compressed with brotli")
    }

    static let fixtures = Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures/warc")

    /// warcio's own test files: how many pages each holds, and what is wrong in it.
    @Test(arguments: [
        ("example.warc.gz", 2, [String]()),
        ("example.arc.gz", 1, []),
        ("example-iana.org-chunked.warc", 1, []),
        ("example-resource.warc.gz", 1, []),
        ("example-bad-non-chunked.warc.gz", 1, []),
        ("example-trunc.warc", 0, [
            "@1197: reading: Content-Encoding gzip: the compressed data ends early",
            // Control characters from the input are shown escaped.
            #"@2560: reading: not the start of a record (expected WARC/1.0 or WARC/1.1, found '\u{0}\u{0}')"#,
        ]),
    ])
    func warcioSamples(file: String, pages: Int, errors: [String]) async throws {
        let path = Self.fixtures.appending(path: file).path
        let output = try TemporaryDirectory("out")
        let (_, console) = await offprint(["convert", path, "--to", "json", "--output", output.path])
        #expect(try tree(output.path).count == pages, "\(console.error)")
        #expect(console.errorLines == errors.map { path + $0 })
    }

    @Test func inspectShowsTheFirstPage() async throws {
        let (status, console) = await offprint(["inspect", Self.fixtures.appending(path: "example.warc.gz").path])
        #expect(status == 0)
        #expect(console.output.contains("url        http://example.com/"))
        #expect(console.output.contains("the archive holds 1 more pages"))
    }

    @Test(.tags(.validators), .slow) func booksFromACrawlAreValid() async throws {
        let input = try TemporaryDirectory("warc")
        try Self.crawl().archive(compressed: true).write(to: URL(fileURLWithPath: input.path + "/crawl.warc.gz"))
        let output = try TemporaryDirectory("out")
        #expect(await offprint(["convert", input.path, "--to", "epub", "--output", output.path]).status == 0)
        let books = try tree(output.path).keys.sorted().map { output.path + "/" + $0 }
        #expect(books.count == 5)
        for book in books { #expect(try await Validators.epubCheck(book) == [], "\(book)") }
    }
}
