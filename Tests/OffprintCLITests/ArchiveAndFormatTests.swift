import Foundation
import Offprint
import Testing
import TestSupport

@Suite struct ArchiveAndFormatTests {
    static func record(_ id: String, title: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Paths.examples.appending(path: "notes/reading-list.json"))) as? [String: Any])
        object["id"] = id
        object["title"] = title
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func jsonLinesRecordsConvertOneByOneAndBadOnesSayTheirLine() async throws {
        let input = try TemporaryDirectory("jsonl")
        let lines = [
            try Self.record("a", title: "First record"),
            try Self.record("b", title: "مقال ثان"),
            #"{"id": "c", "title": "t", "body": [{"type": "paragraph", "content": 3}]}"#,
            "",
            try Self.record("d", title: "Fourth record"),
            String(try Self.record("e", title: "Truncated").prefix(60)),
        ]
        let path = try input.write("archive.jsonl", lines.joined(separator: "\n") + "\n")
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path, "--to", "json", "--output", output.path])
        #expect(status == 1)
        #expect(console.errorLines == [
            "\(path):3: reading: at $.body[0].content: expected an array",
            "\(path):6: reading: not valid JSON: unexpected end of file during JSON parse",
        ])
        #expect(try tree(output.path).keys.sorted() == [
            "archive/000001-first-record.json", "archive/000002-مقال-ثان.json", "archive/000005-fourth-record.json",
        ])
        #expect(console.output.contains("Converted 3 inputs to json: 3 files"))
    }

    @Test func unknownExtensionsAreSniffedAndFromOverrides() async throws {
        let input = try TemporaryDirectory("sniff")
        let page = "<!DOCTYPE html><html><head><title>Sniffed page</title></head><body><article>"
            + String(repeating: "<p>A paragraph long enough to be article text, with commas, and a full stop.</p>", count: 4)
            + "</article></body></html>"
        let saved = try input.write("saved-page.download", page)
        let output = try TemporaryDirectory("out")
        #expect(await offprint(["convert", saved, "--to", "json", "--output", output.path]).status == 0)
        let record = try JSONDecoder().decode(Article.self, from: try #require(try tree(output.path)["saved-page.json"]))
        #expect(record.title == "Sniffed page")
        // The same bytes named .txt are text, unless --from says otherwise.
        let asText = try input.write("page.txt", page)
        #expect(await offprint(["convert", asText, "--from", "html", "--to", "json", "--output", output.path]).status == 0)
        #expect(try JSONDecoder().decode(Article.self, from: try #require(try tree(output.path)["page.json"])).title == "Sniffed page")
    }

    @Test func formatsListsEveryReader() async {
        let output = await offprint(["formats"]).console.output
        for reader in ["json ", "jsonl ", "html ", "md ", "txt "] {
            #expect(output.contains("  \(reader)"), "\(reader)")
        }
    }
}
