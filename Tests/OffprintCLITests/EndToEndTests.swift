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

    @Test(.tags(.validators), .slow) func convertsTheExamplesToEveryFormat() async throws {
        let output = try TemporaryDirectory("e2e")
        let formats = ["txt", "html", "json", "epub"]
        let result = try await ExternalProcess.run(Self.executable, ["convert", "Examples/articles", "--to", formats.joined(separator: ","), "--output", output.path],
                                                   in: Paths.packageRoot)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix(ExampleArticles.convertedLine(formats: formats, output: output.path)))
        let files = try tree(output.path)
        #expect(files.count == ExampleArticles.outputCount(formats: formats))
        // What the main job makes is what the validators pass: every book, every page.
        let books = files.keys.filter { $0.hasSuffix(".epub") }.sorted().map { output.path + "/" + $0 }
        #expect(books.count == ExampleArticles.count)
        let reports = try await Validators.epubCheck(books)
        for book in books {
            #expect(reports[book] == [], "\(book)")
            #expect(EPUBChecker().check(book) == [], "\(book)")
        }
        #expect(try await Validators.nuCheck(files.keys.filter { $0.hasSuffix(".html") }.sorted().map { output.path + "/" + $0 }) == [])
    }

    @Test func readsStandardInput() async throws {
        let output = try TemporaryDirectory("stdin")
        let text = "Title: From a pipe\n\nThis article arrived on standard input and was converted like any file.\n"
        let result = try await ExternalProcess.run(Self.executable, ["convert", "-", "--from", "txt", "--to", "json", "--output", output.path], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.error)")
        let record = String(decoding: try #require(try tree(output.path)["stdin.json"]), as: UTF8.self)
        #expect(record.contains("\"title\": \"From a pipe\""))
    }

    @Test func exitStatusOneWhenAnInputFails() async throws {
        let input = try TemporaryDirectory("mixed")
        try input.write("good.txt", "Title: Good\n\nA paragraph that converts without any trouble at all.\n")
        try input.write("empty.txt", "")
        let output = try TemporaryDirectory("out")
        let result = try await ExternalProcess.run(Self.executable, ["convert", input.path, "--to", "txt", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.error == "\(input.path)/empty.txt: reading: the file is empty (no text to convert)\n")
        #expect(try tree(output.path).keys.sorted() == ["good.txt"])
    }

    @Test func theSameBytesInEveryTimeZone() async throws {
        var trees: [[String: Data]] = []
        for zone in ["Pacific/Kiritimati", "America/Los_Angeles"] {
            let output = try TemporaryDirectory("zone")
            let result = try await ExternalProcess.run(Self.executable, ["convert", "Examples/articles", "--output", output.path],
                                                       in: Paths.packageRoot, environment: ["TZ": zone])
            #expect(result.status == 0, "\(result.error)")
            trees.append(try tree(output.path))
        }
        #expect(trees[0].count == ExampleArticles.outputCount(formats: ["txt", "html", "json", "epub"]))
        #expect(trees[0] == trees[1])
    }

    /// Ctrl-C in the middle of a run: exit status 130, no temporary file left, and every file
    /// that is there complete. The signal is sent once the run has written its first outputs
    /// (so the handler is installed and the work is under way), and the test fails if the run
    /// was not in fact interrupted: it must not have finished, nor died of the signal.
    @Test func anInterruptedRunLeavesNoPartialFile() async throws {
        let input = try TemporaryDirectory("many")
        let paragraph = String(repeating: "A sentence of a generated article that is long enough to count. ", count: 20)
        let articles = 3_000
        let inputPath = input.path
        try await offThePool {
            for index in 0..<articles {
                let folder = "\(inputPath)/\(index / 100)"
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data("Title: Article \(index)\n\n\(paragraph)\n\n\(paragraph)\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(index).txt"))
            }
        }
        let output = try TemporaryDirectory("out")
        let run = try ExternalProcess.start(Self.executable, ["convert", input.path, "--to", "json,epub", "--output", output.path, "--jobs", "2"])
        let outputPath = output.path
        // (A listing that fails while files are renamed into place counts as none yet.)
        run.interrupt(once: { ((try? FileManager.default.subpathsOfDirectory(atPath: outputPath)) ?? []).count { $0.hasSuffix(".json") } >= 10 })
        let result = await run.finished()
        #expect(!result.wasKilledBySignal, "the run died of SIGINT instead of handling it")
        #expect(result.status == 130, "the run was not interrupted (exit status \(result.status)): \(result.error.suffix(500))")
        let files = try tree(output.path)
        #expect(files.count < articles * 2, "every file was written: the run finished before the interruption")
        #expect(files.keys.allSatisfy { !$0.contains(".offprint-") }, "temporary files were left behind")
        for (name, data) in files where name.hasSuffix(".json") {
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is incomplete")
        }
    }

    @Test(.tags(.pluginBuild), .slow) func theExamplePluginPackageAddsAFormat() async throws {
        let package = Paths.packageRoot.appending(path: "Examples/CustomWriter").path
        let scratch = Paths.packageRoot.appending(path: ".build/examples").path
        var build = try await ExternalProcess.run("swift", ["build", "--package-path", package, "--scratch-path", scratch])
        if build.status != 0 {
            // An incremental build in a scratch folder left by an older source tree has failed
            // now and then locally (CI always starts clean); a clean build tells that apart from
            // a broken example, which then fails below with its output.
            print("swift build of Examples/CustomWriter failed, retrying from clean:\n\(build.output)\n\(build.error)")
            try? FileManager.default.removeItem(atPath: scratch)
            build = try await ExternalProcess.run("swift", ["build", "--package-path", package, "--scratch-path", scratch])
        }
        if build.status != 0 { Issue.record("swift build of Examples/CustomWriter failed:\n\(build.output)\n\(build.error)") }
        let tool = scratch + "/debug/offprint-plus"
        let formats = try await ExternalProcess.run(tool, ["formats"])
        #expect(formats.output.split(separator: "\n").contains { $0.hasPrefix("  note ") && $0.contains(" .note.md") }, "\(formats.output)")
        let output = try TemporaryDirectory("plugin")
        let convert = try await ExternalProcess.run(tool, ["convert", Paths.seed.path, "--to", "note,epub", "--output", output.path])
        #expect(convert.status == 0, "\(convert.error)")
        let markdown = String(decoding: try #require(try tree(output.path)["000_c3eeed336fa56d7d.note.md"]), as: UTF8.self)
        #expect(markdown.contains("lang: ar\ndir: rtl"))
        #expect(markdown.contains("# الولايات المتحدة تدعو حفتر لإنهاء هجومه على طرابلس"))

        // The plug-in's own setting reaches it; one it does not take is refused.
        let bare = try TemporaryDirectory("plugin-bare")
        let plain = try await ExternalProcess.run(tool, ["convert", Paths.seed.path, "--to", "note", "--option", "front-matter=no", "--output", bare.path])
        #expect(plain.status == 0, "\(plain.error)")
        let note = String(decoding: try #require(try tree(bare.path)["000_c3eeed336fa56d7d.note.md"]), as: UTF8.self)
        #expect(note.hasPrefix("# الولايات المتحدة"), "front matter was written: \(note.prefix(80))")
        let refused = try await ExternalProcess.run(tool, ["convert", Paths.seed.path, "--to", "json", "--option", "front-matter=no", "--output", bare.path])
        #expect(refused.status == 2 && refused.error.contains("--option front-matter is not used by --to json; it is for note"), "\(refused.error)")
        #expect(formats.output.contains("front-matter"))
    }
}
