import Foundation
import Testing
import TestSupport
import Offprint

/// Runs the built `offprint` executable as a user would.
@Suite struct EndToEndTests {
    /// The executable SwiftPM built beside the test bundle.
    static let executable: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "offprint").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return Paths.packageRoot.appending(path: ".build/debug/offprint").path
    }()

    @Test func convertsTheExamplesToEveryFormat() throws {
        let output = try TemporaryDirectory("e2e")
        let result = try ExternalProcess.run(Self.executable, ["convert", "Examples/articles", "--to", "txt,html,json,epub", "--output", output.path],
                                             in: Paths.packageRoot)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("Converted 7 inputs to txt, html, json, epub: 29 files in \(output.path)"))
        let files = try tree(output.path)
        #expect(files.count == 29)
        // What the main job makes is what the validators pass: every book, every page.
        let books = files.keys.filter { $0.hasSuffix(".epub") }.sorted().map { output.path + "/" + $0 }
        #expect(books.count == 7)
        for book in books {
            #expect(try Validators.epubCheck(book) == [], "\(book)")
            #expect(EPUBChecker().check(book) == [], "\(book)")
        }
        #expect(try Validators.nuCheck(files.keys.filter { $0.hasSuffix(".html") }.sorted().map { output.path + "/" + $0 }) == [])
    }

    @Test func readsStandardInput() throws {
        let output = try TemporaryDirectory("stdin")
        let text = "Title: From a pipe\n\nThis article arrived on standard input and was converted like any file.\n"
        let result = try ExternalProcess.run(Self.executable, ["convert", "-", "--from", "txt", "--to", "json", "--output", output.path], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.error)")
        let record = String(decoding: try #require(try tree(output.path)["stdin.json"]), as: UTF8.self)
        #expect(record.contains("\"title\": \"From a pipe\""))
    }

    @Test func exitStatusOneWhenAnInputFails() throws {
        let input = try TemporaryDirectory("mixed")
        try input.write("good.txt", "Title: Good\n\nA paragraph that converts without any trouble at all.\n")
        try input.write("empty.txt", "")
        let output = try TemporaryDirectory("out")
        let result = try ExternalProcess.run(Self.executable, ["convert", input.path, "--to", "txt", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.error == "\(input.path)/empty.txt: reading: the file is empty (no text to convert)\n")
        #expect(try tree(output.path).keys.sorted() == ["good.txt"])
    }

    @Test func theSameBytesInEveryTimeZone() throws {
        var trees: [[String: Data]] = []
        for zone in ["Pacific/Kiritimati", "America/Los_Angeles"] {
            let output = try TemporaryDirectory("zone")
            let result = try ExternalProcess.run(Self.executable, ["convert", "Examples/articles", "--output", output.path],
                                                 in: Paths.packageRoot, environment: ["TZ": zone])
            #expect(result.status == 0, "\(result.error)")
            trees.append(try tree(output.path))
        }
        #expect(trees[0].count == 29 && trees[0] == trees[1])
    }

    @Test func anInterruptedRunLeavesNoPartialFile() throws {
        let input = try TemporaryDirectory("many")
        let paragraph = String(repeating: "A sentence of a generated article that is long enough to count. ", count: 20)
        for index in 0..<3_000 {
            try input.write("\(index / 100)/\(index).txt", "Title: Article \(index)\n\n\(paragraph)\n\n\(paragraph)\n")
        }
        let output = try TemporaryDirectory("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["convert", input.path, "--to", "json,epub", "--output", output.path, "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        process.interrupt()
        process.waitUntilExit()
        #expect([0, 130].contains(process.terminationStatus))
        let files = try tree(output.path)
        #expect(files.keys.allSatisfy { !$0.contains(".offprint-") }, "temporary files were left behind")
        for (name, data) in files where name.hasSuffix(".json") {
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is incomplete")
        }
    }

    @Test func theExamplePluginPackageAddsAFormat() throws {
        let package = Paths.packageRoot.appending(path: "Examples/CustomWriter").path
        let scratch = Paths.packageRoot.appending(path: ".build/examples").path
        var build = try ExternalProcess.run("swift", ["build", "--package-path", package, "--scratch-path", scratch])
        if build.status != 0 {
            // An incremental build in a scratch folder left by an older source tree has failed
            // now and then locally (CI always starts clean); a clean build tells that apart from
            // a broken example, which then fails below with its output.
            print("swift build of Examples/CustomWriter failed, retrying from clean:\n\(build.output)\n\(build.error)")
            try? FileManager.default.removeItem(atPath: scratch)
            build = try ExternalProcess.run("swift", ["build", "--package-path", package, "--scratch-path", scratch])
        }
        if build.status != 0 { Issue.record("swift build of Examples/CustomWriter failed:\n\(build.output)\n\(build.error)") }
        let tool = scratch + "/debug/offprint-plus"
        let formats = try ExternalProcess.run(tool, ["formats"])
        #expect(formats.output.contains("  md     .md"))
        let output = try TemporaryDirectory("plugin")
        let convert = try ExternalProcess.run(tool, ["convert", Paths.seed.path, "--to", "md,epub", "--output", output.path])
        #expect(convert.status == 0, "\(convert.error)")
        let markdown = String(decoding: try #require(try tree(output.path)["000_c3eeed336fa56d7d.md"]), as: UTF8.self)
        #expect(markdown.contains("lang: ar\ndir: rtl"))
        #expect(markdown.contains("# الولايات المتحدة تدعو حفتر لإنهاء هجومه على طرابلس"))

        // The plug-in's own setting reaches it; one it does not take is refused.
        let bare = try TemporaryDirectory("plugin-bare")
        let plain = try ExternalProcess.run(tool, ["convert", Paths.seed.path, "--to", "md", "--option", "front-matter=no", "--output", bare.path])
        #expect(plain.status == 0, "\(plain.error)")
        let note = String(decoding: try #require(try tree(bare.path)["000_c3eeed336fa56d7d.md"]), as: UTF8.self)
        #expect(note.hasPrefix("# الولايات المتحدة"), "front matter was written: \(note.prefix(80))")
        let refused = try ExternalProcess.run(tool, ["convert", Paths.seed.path, "--to", "json", "--option", "front-matter=no", "--output", bare.path])
        #expect(refused.status == 2 && refused.error.contains("--option front-matter is not used by --to json; it is for md"), "\(refused.error)")
        #expect(formats.output.contains("front-matter"))
    }
}
