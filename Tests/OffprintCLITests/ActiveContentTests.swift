import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Offprint
import Testing
import TestSupport

/// Nothing Offprint writes can run: names become inert links, images lose their scripts.
@Suite struct ActiveContentTests {
    static let article = "Title: An article\n\nA paragraph of an article, long enough to be running text.\n"

    /// Every `href="..."` value of a page.
    static func hrefs(in page: String) -> [String] {
        page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func theIndexLinksEveryFileByARelativeEncodedPathWhateverItsName() async throws {
        let input = try TemporaryDirectory("names")
        let names = ["javascript:alert(1).md", "javascript:alert(2)/inner.md", "JaVaScRiPt:x.txt", "a #b?c%41 d.md", "data:text,hi.md",
                     "sub dir/q?.md", "%2e%2e.md", "مقال #1.md"]
        for name in names { try input.write(name, Self.article) }
        let output = try TemporaryDirectory("names-out")
        let (status, console) = await offprint(["convert", input.path, "--to", "html,txt", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        let index = try String(contentsOfFile: output.path + "/index.html", encoding: .utf8)
        let links = Self.hrefs(in: index).filter { !$0.hasPrefix("#") }
        // A title link and one link per format for each input.
        #expect(links.count == names.count * 3, "\(links)")
        for link in links {
            #expect(link.hasPrefix("./"), "\(link)")
            #expect(!link.contains(":") && !link.contains("#") && !link.contains("?") && !link.contains(" "), "\(link)")
            let file = try #require(String(link.dropFirst(2)).removingPercentEncoding)
            #expect(FileManager.default.fileExists(atPath: output.path + "/" + file), "\(link) leads to no file")
        }
        #expect(!index.lowercased().contains("=\"javascript"))
        #expect(links.contains("./javascript%3Aalert%281%29.html"))
        #expect(links.contains("./a%20%23b%3Fc%2541%20d.txt"))
    }
}

extension ActiveContentTests {
    static let hostileSVG = """
    <?xml version="1.0"?>
    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
    <script>alert(2)</script>
    <style>@import url(https://example.org/x.css); rect { fill: blue }</style>
    <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
    <rect width="10" height="10" fill="url(#g)" onclick="alert(3)"/>
    <circle cx="5" cy="5" r="2" style="fill: green"/>
    <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(4)</script></div></foreignObject>
    <a xlink:href="javascript:alert(5)"><text x="1" y="9">Label &amp; more</text></a>
    <image href="https://example.org/tracker.png" width="1" height="1"/>
    <use xlink:href="file:///etc/passwd#x"/>
    <use href="#g"/>
    <set attributeName="href" to="javascript:alert(6)"/>
    <path d="M0 0L10 10" style="fill: url(https://example.org/y.svg#p)"/>
    </svg>
    """

    /// What must not survive, and what must.
    static func expectDrawingOnly(_ svg: String, _ where_: String) {
        for active in ["script", "onload", "onclick", "foreignObject", "javascript", "https:", "file:", "@import", "<set", "alert"] {
            #expect(!svg.contains(active), "\(where_) keeps \(active): \(svg)")
        }
        for kept in ["<rect", "fill=\"url(#g)\"", "<circle", "style=\"fill: green\"", "<linearGradient id=\"g\">", "<use href=\"#g\"", "<path d=\"M0 0L10 10\""] {
            #expect(svg.contains(kept), "\(where_) lost \(kept): \(svg)")
        }
        #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(where_) is not well-formed")
    }

    @Test func svgImagesAreSanitisedInHTMLAndEPUBAndCheckFlagsScriptedOnes() async throws {
        let input = try TemporaryDirectory("svg")
        try input.write("note.md", "A paragraph of the note, long enough to be text.\n\n![A drawing](drawing.svg)\n")
        try input.write("drawing.svg", Self.hostileSVG)
        // The same image carried in a JSON record's resources.
        let record: [String: Any] = [
            "id": "r", "title": "Record", "body": [["type": "paragraph", "content": ["A paragraph of the record, long enough."]], ["type": "figure", "image": "d.svg", "alt": "Drawn"]],
            "resources": [["id": "d.svg", "mediaType": "image/svg+xml", "data": Data(Self.hostileSVG.utf8).base64EncodedString()]],
        ]
        try input.write("record.json", data: try JSONSerialization.data(withJSONObject: record))
        let output = try TemporaryDirectory("svg-out")
        let (status, console) = await offprint(["convert", input.path, "--to", "html,epub", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        for name in ["note", "record"] {
            let page = try String(contentsOfFile: output.path + "/\(name).html", encoding: .utf8)
            let encoded = try #require(page.components(separatedBy: "data:image/svg+xml;base64,").dropFirst().first?.prefix { $0 != "\"" })
            Self.expectDrawingOnly(String(decoding: try #require(Data(base64Encoded: String(encoded))), as: UTF8.self), "\(name).html")
            let book = try await UnpackedEPUB(Data(contentsOf: URL(fileURLWithPath: output.path + "/\(name).epub")))
            let image = try #require(try book.files().first { $0.hasSuffix(".svg") })
            Self.expectDrawingOnly(try book.text(image), "\(name).epub")
            #expect(await offprint(["check", output.path + "/\(name).epub"]).status == 0)
        }

        // A book someone else made, with the image as it was: check says what it holds.
        let book = output.path + "/note.epub", scripted = output.path + "/scripted.epub"
        let script = """
        import sys, zipfile
        source = zipfile.ZipFile(sys.argv[1])
        with zipfile.ZipFile(sys.argv[2], "w") as out:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename.endswith(".svg"):
                    data = open(sys.argv[3], "rb").read()
                out.writestr(info, data)
        """
        #expect(try await ExternalProcess.run("python3", ["-c", script, book, scripted, input.path + "/drawing.svg"]).status == 0)
        let check = await offprint(["check", scripted])
        #expect(check.status == 1)
        let findings = check.console.output.split(separator: "\n").filter { $0.contains("an SVG image holds active content") }
        for expected in ["a <script> element", "a <foreignObject> element", "a <set> element", "an event handler (onload)", "an event handler (onclick)",
                         "a reference out of the image (xlink:href=\"javascript:alert(5)\")", "a reference out of the image (href=\"https://example.org/tracker.png\")",
                         "a style that imports another file"] {
            #expect(findings.contains { $0.hasSuffix(": " + expected) }, "\(expected) not flagged: \(findings)")
        }
    }
}

extension ActiveContentTests {
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func controlCharactersInNamesTitlesAndEntriesAreEscapedInEveryMessage() async throws {
        let input = try TemporaryDirectory("controls")
        let forged = "a\nforged.txt: reading: all is well \u{1B}[31mred\u{9B}2J.txt"
        let path = try input.write(forged, "")
        let output = try TemporaryDirectory("controls-out")
        let convert = await offprint(["convert", input.path, "--to", "txt", "--output", output.path])
        #expect(convert.status == 1)
        #expect(!Self.hasRawControl(convert.console.error) && !Self.hasRawControl(convert.console.output))
        #expect(convert.console.errorLines == [
            "\(input.path)/a\\nforged.txt: reading: all is well \\u{1B}[31mred\\u{9B}2J.txt: reading: the file is empty (no text to convert)",
        ])
        _ = path

        // A title read from JSON, printed by inspect.
        let record = try input.write("r.json", #"{"id": "r", "title": "T\u001b]0;owned\u0007\nwarning: forged", "body": [{"type": "paragraph", "content": ["A paragraph."]}]}"#)
        let inspect = await offprint(["inspect", record])
        #expect(inspect.status == 0, "\(inspect.console.error)")
        #expect(!Self.hasRawControl(inspect.console.output))
        #expect(inspect.console.output.hasPrefix("title      T\\u{1B}]0;owned\\u{7}\\nwarning: forged\n"))

        // A zip entry's name (UTF-8, flagged so by the é; libzip itself refuses most C0 controls), printed by check.
        try FileManager.default.removeItem(atPath: path)
        try input.write("ok.txt", "Title: Fine\n\nA paragraph of an ordinary article, long enough to convert.\n")
        #expect(await offprint(["convert", input.path + "/ok.txt", "--to", "epub", "--output", output.path]).status == 0)
        let book = output.path + "/ok.epub", planted = output.path + "/planted.epub"
        let script = """
        import sys, zipfile
        source = zipfile.ZipFile(sys.argv[1])
        with zipfile.ZipFile(sys.argv[2], "w") as out:
            for info in source.infolist():
                out.writestr(info, source.read(info.filename))
            out.writestr("EPUB/\u{E9}\\n\\u009b2J\\x7fforged.txt", b"planted")
        """
        #expect(try await ExternalProcess.run("python3", ["-c", script, book, planted]).status == 0)
        let check = await offprint(["check", planted])
        #expect(check.status == 1)
        #expect(!Self.hasRawControl(check.console.output))
        #expect(check.console.output.split(separator: "\n").map(String.init) == [
            "\(planted): EPUB/\u{E9}\\n\\u{9B}2J\\u{7F}forged.txt: is in the book but not in the manifest",
        ])
    }
}
