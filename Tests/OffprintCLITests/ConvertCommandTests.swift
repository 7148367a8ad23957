import Foundation
import Offprint
import Testing
import TestSupport

@Suite struct ConvertCommandTests {
    @Test func convertsExamplesMirroringTheTreeAndKeepingArabicNames() async throws {
        let output = try TemporaryDirectory("out")
        let formats = ["txt", "html", "json", "epub"]
        let (status, console) = await offprint(["convert", Paths.examples.path, "--to", formats.joined(separator: ","), "--output", output.path])
        #expect(status == 0, "\(console.error)")
        let files = try tree(output.path)
        // Unicode names and the tree are kept (مقال-مختلط, notes/reading-list, saved-page/مكتبة).
        #expect(ExampleArticles.stems.contains("مقال-مختلط") && ExampleArticles.stems.contains("saved-page/مكتبة"))
        for stem in ExampleArticles.stems {
            for format in formats {
                #expect(files["\(stem).\(format)"] != nil, "\(stem).\(format) missing")
            }
        }
        #expect(files.count == ExampleArticles.outputCount(formats: formats))
        #expect(files["index.html"] != nil)
        #expect(console.output.hasPrefix(ExampleArticles.convertedLine(formats: formats, output: output.path) + " ("))
        #expect(console.output.hasSuffix("; 1 file of another type skipped (\(Paths.examples.path)/markdown/images/rainfall.png).\n"))
        #expect(console.error.isEmpty)
    }

    @Test func outputIsIdenticalForAnyNumberOfJobs() async throws {
        let input = try TemporaryDirectory("in")
        for index in 0..<24 {
            try input.write("batch/\(index).txt", "Title: Article \(index)\n\nParagraph \(index) of a generated article, long enough to be running text.\n")
        }
        try FileManager.default.copyItem(atPath: Paths.examples.path, toPath: input.path + "/examples")
        let one = try TemporaryDirectory("jobs1"), two = try TemporaryDirectory("jobs2")
        #expect(await offprint(["convert", input.path, "--output", one.path, "--jobs", "1"]).status == 0)
        #expect(await offprint(["convert", input.path, "--output", two.path, "--jobs", "2"]).status == 0)
        let first = try tree(one.path), second = try tree(two.path)
        #expect(first.count == (24 + ExampleArticles.count) * 4 + 1)
        #expect(first == second)
    }

    @Test func usageErrorsExitWithTwoAndSayWhatIsWrong() async throws {
        let output = try TemporaryDirectory("out")
        var result = await offprint(["convert", Paths.seed.path, "--to", "pdf", "--output", output.path])
        #expect(result.status == 2)
        #expect(result.console.error.contains("Error: unknown format 'pdf' for --to; known formats: txt, html, json, jsonl, epub"))
        result = await offprint(["convert", Paths.seed.path])
        #expect(result.status == 2)
        #expect(result.console.error.contains("Missing expected argument '--output <folder>'"))
        result = await offprint(["convert", Paths.seed.path, "--output", output.path, "--encoding", "klingon-8"])
        #expect(result.status == 2)
        #expect(result.console.error.contains("unknown encoding 'klingon-8'"))
        #expect(try tree(output.path).isEmpty)
    }

    @Test func badInputsEachGetOneLineAndTheRestAreConverted() async throws {
        let input = try TemporaryDirectory("bad")
        try input.write("good.txt", "Title: Fine\n\nA perfectly ordinary paragraph of article text that converts.\n")
        try input.write("empty.txt", "")
        try input.write("binary.txt", data: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D]))
        try input.write("latin1.txt", data: Data("Caf".utf8 + [0xE9] + " au lait, a paragraph long enough.".utf8))
        try input.write("control.txt", "Title: Bell\n\nA paragraph with a bell \u{7} in it, which HTML cannot carry but JSON can.\n")
        let big = try input.write("big.txt", "")
        #expect(truncate(big, 50_000_000) == 0)
        #expect(symlink("nowhere.txt", input.path + "/gone.txt") == 0)
        #expect(symlink("loop-b.txt", input.path + "/loop-a.txt") == 0)
        #expect(symlink("loop-a.txt", input.path + "/loop-b.txt") == 0)
        #expect(mkfifo(input.path + "/pipe.txt", 0o644) == 0)
        #expect(mkfifo(input.path + "/pipe.jsonl", 0o644) == 0)  // archives are streamed: the same refusal, no hang
        try input.write("broken.json", #"{"id": "x", "title": "t", "body": [{"type": "paragraph", "content": 3}]}"#)
        try input.write("zero.html", "")
        try input.write("soup.html", "<html><body><div><p>" + String(repeating: "Unclosed <b>tags <i>and ", count: 30) + "an article that still reads")
        try input.write("front.md", "---\ntitle: [unclosed\n---\nBody.\n")
        try input.write("blank.jsonl", "\n  \n")
        try input.write("cut.jsonl", #"{"id": "a", "title": "Whole", "body": [{"type": "paragraph", "content": ["One whole record, converted though the next one is cut short."]}]}"# + "\n" + #"{"id": "b", "title": "Cut"#)

        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path, "--to", "html,json", "--output", output.path])
        #expect(status == 1)
        let p = input.path
        // Lines are printed as inputs finish, so their order depends on timing.
        #expect(console.errorLines.sorted() == [
            "\(p)/big.txt: reading: the file is 50.0 MB, over the 32.0 MB limit for one article; raise it with --max-size if this is really one article",
            "\(p)/binary.txt: reading: this is a binary file, not text (NUL byte at byte 4)",
            "\(p)/blank.jsonl: reading: the file is empty (no text to convert)",
            "\(p)/broken.json: reading: at $.body[0].content: expected an array",
            "\(p)/control.txt: warning: cleanup (unicode normalization): 1 control character(s) that XML 1.0 forbids: kept in JSON and text, dropped from HTML and EPUB",
            "\(p)/cut.jsonl:2: reading: not valid JSON: unexpected end of file during JSON parse",
            "\(p)/empty.txt: reading: the file is empty (no text to convert)",
            "\(p)/front.md: reading: front matter: line 3, column 1: did not find expected ',' or ']'",
            "\(p)/gone.txt: reading: no such file or directory",
            "\(p)/latin1.txt: reading: invalid UTF-8 at byte 3; if the file uses a legacy encoding, name it with --encoding (for example --encoding windows-1256)",
            "\(p)/loop-a.txt: reading: too many levels of symbolic links",
            "\(p)/loop-b.txt: reading: too many levels of symbolic links",
            "\(p)/pipe.jsonl: reading: not a regular file",
            "\(p)/pipe.txt: reading: not a regular file",
            "\(p)/zero.html: reading: the file is empty (no text to convert)",
        ])
        #expect(console.output.contains("Converted 4 inputs to html, json: 9 files in \(output.path)"))
        #expect(console.output.contains("; 14 failed."))
        let files = try tree(output.path)
        #expect(Set(files.keys) == [
            "good.html", "good.json", "control.html", "control.json", "soup.html", "soup.json",
            "cut/000001-whole.html", "cut/000001-whole.json", "index.html",
        ])
        let html = String(decoding: try #require(files["control.html"]), as: UTF8.self)
        let json = String(decoding: try #require(files["control.json"]), as: UTF8.self)
        #expect(!html.contains("\u{7}") && json.contains("\\u0007"))
    }

    @Test func missingArgumentsAndUnlistableFoldersAreErrorsAndTheRestConverts() async throws {
        let input = try TemporaryDirectory("problems")
        try input.write("ok.txt", "Title: Fine\n\nA perfectly ordinary paragraph of article text that converts.\n")
        try input.write("locked/inside.txt", "Title: Hidden\n\nA paragraph nobody can list.\n")
        #expect(chmod(input.path + "/locked", 0) == 0)
        defer { chmod(input.path + "/locked", 0o755) }
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path + "/nope.txt", input.path, "--to", "json", "--output", output.path])
        #expect(status == 1)
        var expected = ["\(input.path)/nope.txt: reading: no such file or folder"]
        // Root lists any folder, so the locked one only fails for other users.
        if geteuid() != 0 { expected.append("\(input.path)/locked: reading: cannot list the folder: permission denied") }
        #expect(console.errorLines == expected)
        #expect(try tree(output.path)["ok.json"] != nil)
        // Nothing converted: no index of nothing either.
        let none = try TemporaryDirectory("none")
        #expect(await offprint(["convert", input.path + "/nope.txt", "--to", "html", "--output", none.path]).status == 1)
        #expect(try tree(none.path).isEmpty)
    }

    @Test func extensionlessFilesInFoldersAreInputsWhenTheFormatIsNamed() async throws {
        let input = try TemporaryDirectory("extensionless")
        try input.write("README", "Title: Notes\n\nPlain text without an extension or a signature, read because --from says how.\n")
        let output = try TemporaryDirectory("out")
        let skipped = await offprint(["convert", input.path, "--to", "json", "--output", output.path])
        #expect(skipped.status == 0 && skipped.console.output.contains("1 file of another type skipped"))
        #expect(try tree(output.path).isEmpty)
        let named = await offprint(["convert", input.path, "--to", "json", "--output", output.path, "--from", "txt"])
        #expect(named.status == 0, "\(named.console.error)")
        let record = try JSONDecoder().decode(Article.self, from: try #require(try tree(output.path)["README.json"]))
        #expect(record.title == "Notes")
    }

    @Test func legacyEncodingsConvertWhenNamed() async throws {
        let input = try TemporaryDirectory("legacy")
        // "Title: مرحبا" and a paragraph in windows-1256.
        try input.write("old.txt", data: Data("Title: ".utf8 + [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x0A, 0x0A] + [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xC7, 0xE1, 0xDA, 0xC7, 0xE1, 0xE3, 0x2E, 0x0A]))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path, "--to", "json", "--output", output.path, "--encoding", "windows-1256"])
        #expect(status == 0, "\(console.error)")
        let record = try JSONDecoder().decode(Article.self, from: try #require(try tree(output.path)["old.json"]))
        #expect(record.title == "مرحبا")
        #expect(record.direction == .rightToLeft)
    }

    @Test func outputFolderInsideTheInputTreeIsNeverRead() async throws {
        let input = try TemporaryDirectory("nested")
        try input.write("a.txt", "Title: A\n\nThe only article in this folder, with a real paragraph.\n")
        let output = input.path + "/out"
        #expect(await offprint(["convert", input.path, "--output", output]).status == 0)
        let (status, console) = await offprint(["convert", input.path, "--output", output])
        #expect(status == 0)
        #expect(console.output.hasPrefix("Converted 1 input to txt, html, json, epub: 5 files"))
        #expect(try tree(output).keys.sorted() == ["a.epub", "a.html", "a.json", "a.txt", "index.html"])
    }

    @Test func neverOverwritesAnInput() async throws {
        let folder = try TemporaryDirectory("self")
        let path = try folder.write("record.json", String(decoding: try Data(contentsOf: Paths.examples.appending(path: "notes/reading-list.json")), as: UTF8.self))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let (status, console) = await offprint(["convert", folder.path, "--to", "txt,json", "--output", folder.path])
        #expect(status == 1)
        #expect(console.errorLines == [
            "Note: \(folder.path) is both an input folder and the output folder; files an earlier run wrote there are read as inputs",
            "\(path): saving: refusing to write \(folder.path)/record.json: it is one of the inputs",
        ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/record.txt"))
    }

    /// An input whose page would be `index.html` keeps it: the batch index is not written, and
    /// a notice (not a failure) says why. The same when an input is `index.html` itself.
    @Test func theIndexNeverTakesAnArticlesName() async throws {
        let input = try TemporaryDirectory("named-index")
        try input.write("index.md", "# The home page\n\nA paragraph of the article that happens to be named index.\n")
        try input.write("other.txt", "Title: Other\n\nAnother article, with a paragraph of its own to convert.\n")
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path, "--to", "html", "--output", output.path])
        #expect(status == 0)
        #expect(console.errorLines == ["\(output.path)/index.html: not written: the html output of \(input.path)/index.md has that name"])
        let page = String(decoding: try #require(try tree(output.path)["index.html"]), as: UTF8.self)
        #expect(page.contains("<title>The home page</title>"))

        let saved = try TemporaryDirectory("saved-index")
        let original = String(decoding: try Data(contentsOf: Paths.examples.appending(path: "saved-page/مكتبة.html")), as: UTF8.self)
        let path = try saved.write("index.html", original)
        let (again, notices) = await offprint(["convert", saved.path, "--to", "txt,html", "--output", saved.path])
        #expect(again == 1, "the page cannot be written over its own input")
        #expect(notices.errorLines.contains("\(saved.path)/index.html: not written: it is one of the inputs"))
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == original)
    }

    /// A saved page with a title and three paragraphs of article text.
    static func page(_ title: String) -> String {
        let paragraph = "<p>A paragraph of the saved article, long enough and with commas, to be taken as text.</p>"
        return "<!DOCTYPE html><html lang=\"en\"><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + String(repeating: paragraph, count: 3) + "</article></body></html>"
    }

    /// A browser's `NAME_files` folder is not walked (its iframes and scripts are not articles);
    /// a file without an extension is read when it starts like a page or a record.
    @Test func savedPageFoldersAreSkippedAndExtensionlessFilesSniffed() async throws {
        let input = try TemporaryDirectory("walk")
        try input.write("Story.html", Self.page("Story"))
        try input.write("Story_files/frame.html", Self.page("Frame"))
        try input.write("Story_files/app.js", "console.log(1)")
        try input.write("Lonely_files/kept.html", Self.page("Kept"))
        try input.write("saved-without-extension", Self.page("Sniffed"))
        try input.write("README", "Notes about this folder, not an article.\n")
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path, "--to", "json", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path).keys.sorted() == ["Lonely_files/kept.json", "Story.json", "saved-without-extension.json"])
        #expect(console.output.hasSuffix("; 1 file of another type skipped (\(input.path)/README).\n"))
    }

    @Test func sameNamesInOneFolderKeepTheirExtensions() async throws {
        let input = try TemporaryDirectory("clash")
        try input.write("a.txt", "Title: From text\n\nA paragraph of the text version of the article.\n")
        try input.write("a.json", String(decoding: try Data(contentsOf: Paths.examples.appending(path: "notes/reading-list.json")), as: UTF8.self))
        let output = try TemporaryDirectory("out")
        #expect(await offprint(["convert", input.path, "--to", "html", "--output", output.path]).status == 0)
        #expect(try tree(output.path).keys.sorted() == ["a.json.html", "a.txt.html", "index.html"])
    }

    @Test func reportListsEveryInput() async throws {
        let output = try TemporaryDirectory("out")
        let report = output.path + "/report.json"
        let (status, _) = await offprint(["convert", Paths.examples.path, "--to", "json", "--output", output.path + "/files", "--report", report])
        #expect(status == 0)
        let decoded = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: report)))
        #expect(decoded.converted == ExampleArticles.count && decoded.failed == 0)
        let seed = try #require(decoded.inputs.first { $0.input.hasSuffix("000_c3eeed336fa56d7d.txt") })
        #expect(seed.language == "ar" && seed.direction == .rightToLeft)
        #expect(seed.outputs == [output.path + "/files/000_c3eeed336fa56d7d.json"])
    }

    @Test func noTemporaryFilesAreLeftBehind() async throws {
        let output = try TemporaryDirectory("out")
        _ = await offprint(["convert", Paths.examples.path, "--output", output.path])
        #expect(try tree(output.path).keys.allSatisfy { !$0.contains(".offprint-") })
    }
}
