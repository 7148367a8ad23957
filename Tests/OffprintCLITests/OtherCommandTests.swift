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
        #expect(console.output.contains("  epub   .epub"))
        // Every extension in full, the summaries in one column.
        for extensions in [".html .htm .xhtml .shtml ", ".md .markdown .mdown .mkd ", ".jsonl .ndjson "] { #expect(console.output.contains(extensions)) }
        let summaryColumns = Set(console.output.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { line in
            line.distance(from: line.startIndex, to: line.range(of: "  ", options: .backwards, range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex)!.upperBound)
        })
        #expect(summaryColumns.count == 1)
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
        #expect(await offprint(["formats"], registry: registry).console.output.contains("  wc     .wc.txt                    the number of words in the body"))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", Paths.seed.path, "--to", "wc,json", "--output", output.path], registry: registry)
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path)["000_c3eeed336fa56d7d.wc.txt"] == Data("287\n".utf8))
        #expect(await offprint(["convert", Paths.seed.path, "--to", "pdf", "--output", output.path], registry: registry)
            .console.error.contains("known formats: txt, html, json, jsonl, epub, wc"))
    }

    @Test func helpDocumentsTheExitStatuses() async {
        let (status, console) = await offprint(["convert", "--help"])
        #expect(status == 0)
        #expect(console.output.contains("Exit status: 0 when every input was converted, 1 when some inputs failed"))
    }
}
