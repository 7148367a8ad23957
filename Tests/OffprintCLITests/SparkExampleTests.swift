import Foundation
import Testing
import TestSupport

/// `Examples/spark/convert_warcs.py` on Spark in local mode gives the records of one machine.
@Suite struct SparkExampleTests {
    @Test(.tags(.spark), .slow) func sparkConvertsAFolderOfArchivesAsOneMachineDoes() async throws {
        let input = try TemporaryDirectory("warcs")
        try WebArchiveTests.crawl().archive(compressed: true).write(to: URL(fileURLWithPath: input.path + "/a-crawl.warc.gz"))
        var second = WARCBuilder()
        second.page("https://example.net/one", html: WARCBuilder.article("The first of two"))
        second.page("https://example.net/two", html: WARCBuilder.article("The second of two"))
        try second.archive(compressed: false).write(to: URL(fileURLWithPath: input.path + "/b-crawl.warc"))
        let arc = Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures/warc/example.arc.gz")
        try FileManager.default.copyItem(atPath: arc.path, toPath: input.path + "/c-old.arc.gz")

        let expected = try TemporaryDirectory("bundle")
        let bundle = expected.path + "/all.jsonl"
        #expect(await offprint(["convert", input.path, "--bundle", bundle]).status == 0)
        let output = try TemporaryDirectory("spark")
        let result = try await ExternalProcess.run("python3", [
            Paths.packageRoot.appending(path: "Examples/spark/convert_warcs.py").path,
            "--master", "local[2]", "--offprint", EndToEndTests.executable, "--parquet", input.path, output.path + "/run",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Converted 3 archives into 8 records"), "\(result.output)")
        let parts = try FileManager.default.contentsOfDirectory(atPath: output.path + "/run/jsonl").filter { $0.hasPrefix("part-") }.sorted()
        var records = Data()
        for part in parts { records += try Data(contentsOf: URL(fileURLWithPath: output.path + "/run/jsonl/" + part)) }
        #expect(records == (try Data(contentsOf: URL(fileURLWithPath: bundle))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path + "/run/parquet").contains { $0.hasSuffix(".parquet") })
    }
}
