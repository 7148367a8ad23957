import Foundation
import Offprint
import Testing
import TestSupport

@Suite struct ShardAndStreamTests {
    @Test func shardsConvertEveryInputExactlyOnce() async throws {
        let whole = try TemporaryDirectory("whole")
        #expect(await offprint(["convert", Paths.examples.path, "--to", "json", "--output", whole.path]).status == 0)
        let reports = try TemporaryDirectory("reports")
        var union: [String: Data] = [:]
        for part in 1...3 {
            let output = try TemporaryDirectory("part")
            let report = reports.path + "/\(part).json"
            let (status, console) = await offprint(["convert", Paths.examples.path, "--to", "json", "--output", output.path, "--shard", "\(part)/3", "--report", report])
            #expect(status == 0, "\(console.error)")
            #expect(console.output.contains("(shard \(part)/3)."))
            let files = try tree(output.path)
            #expect(!files.isEmpty)
            #expect(Set(files.keys).isDisjoint(with: union.keys))
            union.merge(files) { first, _ in first }
            let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
            #expect(manifest["shard"] as? String == "\(part)/3")
        }
        // Together the parts wrote the same files, with the same names and bytes, as one run.
        #expect(union == (try tree(whole.path)))
    }

    @Test func aShardWritesNoIndexOfTheWholeBatch() async throws {
        let output = try TemporaryDirectory("part")
        let (status, console) = await offprint(["convert", Paths.examples.path, "--to", "html", "--output", output.path, "--shard", "1/2"])
        #expect(status == 0)
        #expect(console.errorLines == ["\(output.path)/index.html: not written: --shard 1/2 converts only part of the inputs"])
        #expect(try tree(output.path)["index.html"] == nil)
    }

    @Test(arguments: ["0/3", "4/3", "3", "1/0", "-1/2", "a/b", "1/2/3", "1/1000001", " 1/2"])
    func badShardsAreUsageErrors(shard: String) async throws {
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", Paths.seed.path, "--to", "json", "--output", output.path, "--shard=" + shard])
        #expect(status == 2)
        #expect(console.error.contains("--shard takes K/N"), "\(console.error)")
    }

    @Test func stdoutStreamsJSONLinesInInputOrderForAnyJobs() async throws {
        let folder = try TemporaryDirectory("bundle")
        let bundle = folder.path + "/all.jsonl"
        #expect(await offprint(["convert", Paths.examples.path, "--bundle", bundle]).status == 0)
        let expected = String(decoding: try Data(contentsOf: URL(fileURLWithPath: bundle)), as: UTF8.self)
        for jobs in ["1", "3"] {
            let (status, console) = await offprint(["convert", Paths.examples.path, "--stdout", "--jobs", jobs])
            #expect(status == 0, "\(console.error)")
            #expect(console.output == expected)
            let lines = console.output.split(separator: "\n")
            #expect(lines.count == ExampleArticles.count)
            for line in lines { _ = try JSONDecoder().decode(Article.self, from: Data(line.utf8)) }
            // The summary goes to standard error, so the output is records only.
            #expect(console.errorLines.last?.hasPrefix("Converted \(ExampleArticles.count) inputs to jsonl on standard output") == true, "\(console.error)")
        }
        // A folder beside the inputs is not excluded as an output folder would be.
        #expect(try tree(folder.path).keys.sorted() == ["all.jsonl"])
    }

    @Test func stdoutCarriesAWebArchivesPages() async throws {
        let input = try TemporaryDirectory("warc")
        try WebArchiveTests.crawl().archive(compressed: true).write(to: URL(fileURLWithPath: input.path + "/crawl.warc.gz"))
        let (status, console) = await offprint(["convert", input.path + "/crawl.warc.gz", "--stdout", "--shard", "1/1"])
        #expect(status == 0, "\(console.error)")
        let titles = try console.output.split(separator: "\n").map { try JSONDecoder().decode(Article.self, from: Data($0.utf8)).title }
        #expect(titles == ["Floods along the quay", "Floods along the quay", "Un café au bord de l'eau", "Hochwasser am Kai", "فيضان على الرصيف"])
    }

    @Test(arguments: [["--to", "html"], ["--output", "out"], ["--bundle", "b.jsonl"]])
    func stdoutRefusesFilesAndOtherFormats(extra: [String]) async throws {
        let (status, console) = await offprint(["convert", Paths.seed.path, "--stdout"] + extra)
        #expect(status == 2)
        #expect(console.error.contains("--stdout"), "\(console.error)")
    }
}
