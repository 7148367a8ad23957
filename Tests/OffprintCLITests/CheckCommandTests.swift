import Foundation
import Offprint
import Testing
import TestSupport

@Suite struct CheckCommandTests {
    /// A good book made by Offprint, then broken on purpose with Python's zipfile.
    static func brokenBook(in folder: TemporaryDirectory) async throws -> String {
        let good = folder.path + "/good.epub"
        #expect(await offprint(["convert", Paths.seed.path, "--to", "epub", "--output", folder.path]).status == 0)
        try FileManager.default.moveItem(atPath: folder.path + "/000_c3eeed336fa56d7d.epub", toPath: good)
        let broken = folder.path + "/broken.epub"
        let script = """
        import sys, zipfile
        source = zipfile.ZipFile(sys.argv[1])
        with zipfile.ZipFile(sys.argv[2], "w") as out:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == "EPUB/chapter-1.xhtml":
                    data = data.replace(b' dir="rtl"', b"").replace(b'<p>', b'<p style="background-image:url(https://example.org/bg.png)"><img src="https://example.org/pixel.png" alt=""/>', 1)
                if info.filename == "EPUB/cover.xhtml":
                    data = data.replace(b' lang="ar"', b' lang="C"').replace(b"</head>", b'<link rel="stylesheet" href="//cdn.example.org/a.css"/></head>')
                if info.filename == "EPUB/package.opf":
                    data = data.replace(b' page-progression-direction="rtl"', b"")
                    data = data.replace(b"</manifest>", b'<item id="ghost" href="ghost.xhtml" media-type="application/xhtml+xml"/></manifest>')
                if info.filename == "EPUB/nav.xhtml":
                    data = data.replace(b' dir="rtl"', b' dir="ltr"', 1).replace(b'lang="ar" xml:lang="ar"', b'lang="ar-EG" xml:lang="ar-EG"', 1)
                if info.filename == "EPUB/style.css":
                    data = b'@import url("https://fonts.example.org/naskh.css");\\n' + data
                out.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
            out.writestr("EPUB/stray.txt", b"not in the manifest")
        # The same book with mimetype moved from first place.
        with zipfile.ZipFile(sys.argv[3], "w") as out:
            for info in source.infolist()[1:] + source.infolist()[:1]:
                out.writestr(info, source.read(info.filename))
        """
        let result = try await ExternalProcess.run("python3", ["-c", script, good, broken, folder.path + "/unordered.epub"])
        #expect(result.status == 0, "\(result.error)")
        return broken
    }

    @Test func aGoodBookPasses() async throws {
        let folder = try TemporaryDirectory("check")
        #expect(await offprint(["convert", Paths.examples.path, "--to", "epub", "--output", folder.path]).status == 0)
        let books = try tree(folder.path).keys.filter { $0.hasSuffix(".epub") }.map { folder.path + "/" + $0 }
        #expect(books.count == ExampleArticles.count)
        let (status, console) = await offprint(["check"] + books)
        #expect(status == 0)
        #expect(console.output.isEmpty)
    }

    @Test func aBrokenBookFailsWithOneLinePerFinding() async throws {
        let folder = try TemporaryDirectory("check")
        let book = try await Self.brokenBook(in: folder)
        let (status, console) = await offprint(["check", book])
        #expect(status == 1)
        #expect(console.output.split(separator: "\n").map(String.init) == [
            "\(book): mimetype: mimetype is compressed; it must be stored",
            "\(book): EPUB/package.opf: the manifest lists ghost.xhtml, which is not in the book",
            "\(book): EPUB/stray.txt: is in the book but not in the manifest",
            "\(book): EPUB/chapter-1.xhtml: its style fetches a remote resource, https://example.org/bg.png",
            "\(book): EPUB/chapter-1.xhtml: refers to a remote resource, https://example.org/pixel.png",
            "\(book): EPUB/chapter-1.xhtml: the page has no dir attribute",
            "\(book): EPUB/cover.xhtml: lang 'C' and xml:lang 'ar' differ",
            "\(book): EPUB/cover.xhtml: lang 'C' is not a well-formed BCP 47 tag",
            "\(book): EPUB/cover.xhtml: links a remote resource, //cdn.example.org/a.css",
            "\(book): EPUB/nav.xhtml: the book's own page is in 'ar-EG', but the package's language is 'ar'",
            "\(book): EPUB/nav.xhtml: the page is in ar-EG, written rtl, but says dir=\"ltr\"",
            "\(book): EPUB/style.css: the style sheet fetches a remote resource, https://fonts.example.org/naskh.css",
            "\(book): EPUB/package.opf: the book's language ar is written right to left, but the spine has no page-progression-direction=\"rtl\"",
        ])
        let json = await offprint(["check", "--json", book])
        #expect(json.status == 1)
        let reports = try JSONSerialization.jsonObject(with: Data(json.console.output.utf8)) as? [[String: Any]]
        let findings = reports?.first?["findings"] as? [[String: Any]]
        #expect(findings?.map { $0["code"] as? String } == [
            "mimetype-compressed", "manifest-missing-file", "unlisted-file", "remote-resource", "remote-resource", "missing-dir",
            "lang-mismatch", "bad-language-tag", "remote-resource", "lang-mismatch", "dir-mismatch", "remote-resource", "spine-direction",
        ])
        // The good book with its mimetype moved from first place.
        let unordered = await offprint(["check", folder.path + "/unordered.epub"])
        #expect(unordered.status == 1)
        #expect(unordered.console.output.hasPrefix("\(folder.path)/unordered.epub: the first zip entry is not mimetype\n"))
    }

    /// The batch that checks many books in one JVM keeps each book's report apart: a validator
    /// wrapper that lost the messages would make every EPUBCheck expectation pass.
    @Test(.tags(.validators), .slow) func epubCheckInOneBatchTellsTheBooksApart() async throws {
        let folder = try TemporaryDirectory("batch")
        let broken = try await Self.brokenBook(in: folder)
        let good = folder.path + "/good.epub", unordered = folder.path + "/unordered.epub"
        let reports = try await Validators.epubCheck([good, broken, unordered])
        #expect(reports.count == 3)
        #expect(reports[good] == [])
        #expect(reports[broken]?.contains { $0.hasPrefix("ERROR") && $0.contains("ghost.xhtml") } == true, "\(reports[broken] ?? [])")
        #expect(reports[unordered]?.isEmpty == false)
        #expect(reports[unordered]?.allSatisfy { !$0.contains(broken) } == true)
    }
}

