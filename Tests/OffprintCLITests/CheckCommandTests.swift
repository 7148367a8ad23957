import Foundation
import Offprint
import Testing
import TestSupport

@Suite struct CheckCommandTests {
    /// A good book made by Offprint, then broken on purpose with Python's zipfile.
    static func brokenBook(in folder: TemporaryDirectory) throws -> String {
        let good = folder.path + "/good.epub"
        #expect(offprint(["convert", Paths.seed.path, "--to", "epub", "--output", folder.path]).status == 0)
        try FileManager.default.moveItem(atPath: folder.path + "/000_c3eeed336fa56d7d.epub", toPath: good)
        let broken = folder.path + "/broken.epub"
        let script = """
        import sys, zipfile
        source = zipfile.ZipFile(sys.argv[1])
        with zipfile.ZipFile(sys.argv[2], "w") as out:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == "EPUB/chapter-1.xhtml":
                    data = data.replace(b' dir="rtl"', b"").replace(b'<p>', b'<p><img src="https://example.org/pixel.png" alt=""/>', 1)
                if info.filename == "EPUB/title.xhtml":
                    data = data.replace(b' lang="ar"', b' lang="C"')
                if info.filename == "EPUB/package.opf":
                    data = data.replace(b' page-progression-direction="rtl"', b"")
                out.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
            out.writestr("EPUB/stray.txt", b"not in the manifest")
        """
        let result = try ExternalProcess.run("python3", ["-c", script, good, broken])
        #expect(result.status == 0, "\(result.error)")
        return broken
    }

    @Test func aGoodBookPasses() throws {
        let folder = try TemporaryDirectory("check")
        #expect(offprint(["convert", Paths.examples.path, "--to", "epub", "--output", folder.path]).status == 0)
        let books = try tree(folder.path).keys.filter { $0.hasSuffix(".epub") }.map { folder.path + "/" + $0 }
        #expect(books.count == 7)
        let (status, console) = offprint(["check"] + books)
        #expect(status == 0)
        #expect(console.output.isEmpty)
    }

    @Test func aBrokenBookFailsWithOneLinePerFinding() throws {
        let folder = try TemporaryDirectory("check")
        let book = try Self.brokenBook(in: folder)
        let (status, console) = offprint(["check", book])
        #expect(status == 1)
        #expect(console.output.split(separator: "\n").map(String.init) == [
            "\(book): mimetype: mimetype is compressed; it must be stored",
            "\(book): EPUB/stray.txt: is in the book but not in the manifest",
            "\(book): EPUB/chapter-1.xhtml: refers to a remote resource, https://example.org/pixel.png",
            "\(book): EPUB/chapter-1.xhtml: the page has no dir attribute",
            "\(book): EPUB/title.xhtml: lang 'C' and xml:lang 'ar' differ",
            "\(book): EPUB/title.xhtml: lang 'C' is not a well-formed BCP 47 tag",
            "\(book): EPUB/package.opf: most pages are right to left, but the spine has no page-progression-direction=\"rtl\"",
        ])
        let json = offprint(["check", "--json", book])
        #expect(json.status == 1)
        let reports = try JSONSerialization.jsonObject(with: Data(json.console.output.utf8)) as? [[String: Any]]
        let findings = reports?.first?["findings"] as? [[String: Any]]
        #expect(findings?.map { $0["code"] as? String } == [
            "mimetype-compressed", "unlisted-file", "remote-resource", "missing-dir", "lang-mismatch", "bad-language-tag", "spine-direction",
        ])
    }
}
