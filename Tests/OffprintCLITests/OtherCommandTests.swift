import Foundation
import Offprint
import Testing
import TestSupport

@Suite struct OtherCommandTests {
    @Test func inspectShowsWhatTheReaderMade() async {
        let (status, console) = await offprint(["inspect", Paths.seed.path])
        #expect(status == 0)
        #expect(console.output.contains("title      الولايات المتحدة تدعو حفتر لإنهاء هجومه على طرابلس"))
        #expect(console.output.contains("language   ar"))
        #expect(console.output.contains("direction  rtl"))
        #expect(console.output.contains("body       12 blocks"))
    }

    @Test func inspectReportsBadFilesLikeConvert() async throws {
        let folder = try TemporaryDirectory("inspect")
        let path = try folder.write("empty.txt", "")
        let (status, console) = await offprint(["inspect", path])
        #expect(status == 1)
        #expect(console.errorLines == ["\(path): reading: the file is empty (no text to convert)"])
    }

    @Test func formatsListsReadersAndWriters() async {
        let (status, console) = await offprint(["formats"])
        #expect(status == 0)
        for name in ["json", "txt"] { #expect(console.output.contains("  \(name) ")) }
        #expect(console.output.contains("Writers (--to):\n  txt "))
        #expect(console.output.contains("  epub      .epub"))
        // Every extension in full, the summaries in one column.
        for extensions in [".html .htm .xhtml .shtml ", ".md .markdown .mdown .mkd ", ".jsonl .ndjson "] { #expect(console.output.contains(extensions)) }
        let formatLines = console.output.components(separatedBy: "Writer settings")[0].split(separator: "\n")
        let summaryColumns = Set(formatLines.filter { $0.hasPrefix("  ") }.map { line in
            line.distance(from: line.startIndex, to: line.range(of: "  ", options: .backwards, range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex)!.upperBound)
        })
        #expect(summaryColumns.count == 1)
        // Each writer's settings, under its name.
        #expect(console.output.contains("  txt       --wrap columns "))
        #expect(console.output.contains("  html      --paper a4|letter "))
        #expect(console.output.contains("  jsonl     --sort path|date|title "))
    }

    @Test(arguments: [
        (["--to", "json", "--paper", "letter"], "Error: --paper is not used by --to json; it is for html"),
        (["--to", "json,epub", "--wrap", "72"], "Error: --wrap is not used by --to json,epub; it is for txt"),
        (["--to", "html", "--sort", "date"], "Error: --sort is not used by --to html; it is for jsonl, epub"),
        (["--to", "txt", "--wrap", "3"], "Error: --wrap: expects a number of columns from 8 to 10000, not '3'"),
        (["--to", "txt", "--option", "color=red"], "Error: --option color: no writer takes a setting named 'color' (offprint formats lists each writer's settings)"),
    ])
    func aSettingNoRequestedWriterTakesIsAUsageError(arguments: [String], message: String) async throws {
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", Paths.seed.path, "--output", output.path] + arguments)
        #expect(status == 2)
        #expect(console.errorLines == [message])
        #expect(try tree(output.path).isEmpty, "nothing is converted after a usage error")
    }

    @Test func bundleSettingsBelongToTheBundlesWriter() async throws {
        let output = try TemporaryDirectory("out")
        let archive = await offprint(["convert", Paths.seed.path, "--bundle", output.path + "/all.jsonl", "--title", "T", "--language", "ar"])
        #expect(archive.status == 2)
        #expect(archive.console.errorLines == ["Error: --title is not used by --to jsonl; it is for epub"])
        let cover = await offprint(["convert", Paths.seed.path, "--bundle", output.path + "/all.jsonl", "--cover", Paths.seed.path])
        #expect(cover.console.errorLines == ["Error: --cover is not used by --to jsonl; it is for epub"])
        // The book takes them; a cover that is not an image is refused by the writer that reads it.
        let book = await offprint(["convert", Paths.seed.path, "--bundle", output.path + "/all.epub", "--cover", Paths.seed.path])
        #expect(book.status == 2)
        #expect(book.console.errorLines == ["Error: --cover: \(Paths.seed.path) is not a JPEG, PNG, GIF, WebP or SVG image"])
        #expect(try tree(output.path).isEmpty)
    }

    @Test func choicesAreCheckedByTheArgumentParser() async {
        let (status, console) = await offprint(["convert", Paths.seed.path, "--to", "html", "--paper", "a5", "--output", "/nonexistent"])
        #expect(status == 2)
        #expect(console.error.contains("The value 'a5' is invalid for '--paper <paper>'. Please provide one of 'a4' and 'letter'."))
    }

    struct WordCountWriter: ArticleWriter {
        let format = "wc"
        let fileExtension = "wc.txt"
        let summary = "the number of words in the body"
        func write(_ article: Article, context: WritingContext) throws -> Data {
            Data("\(article.body.map(\.plainText).joined(separator: " ").split(separator: " ").count)\n".utf8)
        }
    }

    @Test func aPluginWriterIsAFirstClassFormat() async throws {
        let registry = FormatRegistry.standard.adding(writer: WordCountWriter())
        // The columns are as wide as the widest row, which any reader may change.
        let listed = await offprint(["formats"], registry: registry).console.output.split(separator: "\n")
        #expect(listed.contains { $0.hasPrefix("  wc ") && $0.contains(" .wc.txt ") && $0.hasSuffix("  the number of words in the body") })
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", Paths.seed.path, "--to", "wc,json", "--output", output.path], registry: registry)
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path)["000_c3eeed336fa56d7d.wc.txt"] == Data("287\n".utf8))
        #expect(await offprint(["convert", Paths.seed.path, "--to", "pdf", "--output", output.path], registry: registry)
            .console.error.contains("known formats: txt, html, json, jsonl, epub, md, wc"))
    }

    @Test func helpDocumentsTheExitStatuses() async {
        let (status, console) = await offprint(["convert", "--help"])
        #expect(status == 0)
        #expect(console.output.contains("Exit status: 0 when every input was converted, 1 when some inputs failed"))
    }
}
