import Foundation
import Offprint
import OffprintCLI
import Testing
import TestSupport

/// Inputs named and placed by someone else: links, colliding names, outputs that point back at
/// inputs. Nothing outside the inputs is read, nothing is overwritten, no output is lost.
@Suite struct HostilePathTests {
    static let article = "Title: An article\n\nA paragraph of an article, long enough to be running text.\n"

    @Test func linksOutOfTheInputFolderAreFollowedOnlyWhenAsked() async throws {
        let root = try TemporaryDirectory("links")
        try root.write("private/diary.txt", "Title: Private diary\n\nWhat nobody should publish, in a paragraph of its own.\n")
        try root.write("private/more/letter.txt", "Title: Private letter\n\nAnother private paragraph, long enough to be text.\n")
        try root.write("in/own.txt", Self.article)
        try root.write("in/sub/second.txt", Self.article)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.path + "/in/diary.txt", withDestinationPath: root.path + "/private/diary.txt")
        try manager.createSymbolicLink(atPath: root.path + "/in/more", withDestinationPath: "../private/more")
        try manager.createSymbolicLink(atPath: root.path + "/in/again.txt", withDestinationPath: "sub/second.txt")  // inside: followed

        let output = try TemporaryDirectory("links-out")
        let (status, console) = await offprint(["convert", root.path + "/in", "--to", "txt", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path).keys.sorted() == ["again.txt", "own.txt", "sub/second.txt"])
        #expect(console.errorLines == [
            "Note: \(root.path)/in/diary.txt: not followed: the link leads out of the input folder (--follow-symlinks follows it)",
            "Note: \(root.path)/in/more: not followed: the link leads out of the input folder (--follow-symlinks follows it)",
        ])

        let followed = try TemporaryDirectory("links-followed")
        let result = await offprint(["convert", root.path + "/in", "--to", "txt", "--output", followed.path, "--follow-symlinks"])
        #expect(result.status == 0, "\(result.console.error)")
        #expect(try tree(followed.path).keys.sorted() == ["again.txt", "diary.txt", "more/letter.txt", "own.txt", "sub/second.txt"])
        #expect(result.console.error.isEmpty)
    }
}

extension HostilePathTests {
    /// On the file systems of macOS and Windows, names that differ in case or normalization are
    /// one file: outputs are named so that none would replace another there, on any system.
    @Test func namesThatDifferOnlyInCaseOrNormalizationStayApart() async throws {
        let input = try TemporaryDirectory("case")
        let names = ["Notes.md", "notes.txt", "Sub/x.md", "sub/x.md", "caf\u{E9}.md", "cafe\u{301}.txt", "Index.md"]
        for name in names {
            try input.write(name, "Title: Input \(name)\n\nA paragraph of \(name), long enough to be running text.\n")
        }
        let output = try TemporaryDirectory("case-out")
        let (status, console) = await offprint(["convert", input.path, "--to", "txt,html", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        let files = try tree(output.path)
        let folded = files.keys.map { $0.precomposedStringWithCanonicalMapping.lowercased() }
        #expect(Set(folded).count == files.count, "\(files.keys.sorted())")
        // Index.md's page takes the index's name, so the index steps aside with a notice.
        #expect(console.error.contains("index.html: not written"), "\(console.error)")
        for marker in names.map({ "paragraph of \($0)," }) {
            let holders = files.filter { $0.key.hasSuffix(".txt") && String(decoding: $0.value, as: UTF8.self).contains(marker) }
            #expect(holders.count == 1, "\(marker) in \(holders.keys.sorted())")
        }
    }

    static func record(_ title: String) -> String {
        #"{"id": "r", "title": "\#(title)", "body": [{"type": "paragraph", "content": ["The record of \#(title), a paragraph long enough to be running text."]}]}"#
    }

    @Test func inputsThatMapToOneNameEachGetTheirOwnOutputsForAnyJobs() async throws {
        let input = try TemporaryDirectory("collide")
        // The record x of notes.jsonl and notes/000001-x.md would both be notes/000001-x.txt.
        // Each input's text names it, so every output can be traced to the one input it came from.
        let names = ["a.md", "a.txt", "a.md.txt", "a.md.txt.txt", "notes/000001-x.md"]
        for name in names {
            try input.write(name, "Title: Input \(name)\n\nA paragraph of \(name), long enough to be running text.\n")
        }
        try input.write("notes.jsonl", Self.record("x") + "\n" + Self.record("y") + "\n")
        var trees: [[String: Data]] = []
        for jobs in ["1", "2"] {
            let output = try TemporaryDirectory("collide-out")
            let (status, console) = await offprint(["convert", input.path, "--to", "txt,html", "--output", output.path, "--jobs", jobs])
            #expect(status == 0, "\(console.error)")
            trees.append(try tree(output.path))
        }
        #expect(trees[0] == trees[1])
        let files = trees[0]
        #expect(files.keys.sorted() == [
            "a.md.html", "a.md.txt", "a.md.txt.html", "a.md.txt.txt", "a.md.txt.txt.html", "a.md.txt.txt.txt", "a.txt.html", "a.txt.txt",
            "index.html",
            "notes.jsonl/000001-x.html", "notes.jsonl/000001-x.txt", "notes.jsonl/000002-y.html", "notes.jsonl/000002-y.txt",
            "notes/000001-x.html", "notes/000001-x.txt",
        ])
        // Every input's text is in exactly one output of each format: nothing was overwritten.
        for marker in names.map({ "paragraph of \($0)," }) + ["record of x", "record of y"] {
            for format in ["txt", "html"] {
                let holders = files.filter { $0.key.hasSuffix("." + format) && String(decoding: $0.value, as: UTF8.self).contains(marker) }
                #expect(holders.count == 1, "\(marker) in \(holders.keys.sorted())")
            }
        }
    }
}

extension HostilePathTests {
    @Test func aBundleOrReportNamingAnInputIsAUsageErrorAndTheInputStays() async throws {
        let input = try TemporaryDirectory("named")
        let article = try input.write("a.md", Self.article)
        let other = try input.write("b.jsonl", Self.record("b") + "\n")
        let output = try TemporaryDirectory("named-out")
        for arguments in [
            ["--bundle", article, "--to", "jsonl"], ["--bundle", other], ["--report", article, "--output", output.path],
            ["--report", input.path + "/./b.jsonl", "--output", output.path],
        ] {
            let (status, console) = await offprint(["convert", article, other] + arguments)
            #expect(status == 2, "\(arguments)")
            #expect(console.error.contains("is one of the inputs; it would be overwritten"), "\(console.error)")
        }
        // Found by walking the folder, not named: an input all the same (only an earlier
        // bundle or report, with the extension it is written with, is skipped).
        for arguments in [["--report", article, "--output", output.path], ["--bundle", article, "--to", "jsonl"]] {
            let (status, console) = await offprint(["convert", input.path] + arguments)
            #expect(status == 2, "\(arguments)")
            #expect(console.errorLines == ["Error: \(arguments[0]) names the input \(article); it would be overwritten (name another file)"])
        }
        #expect(try String(contentsOfFile: article, encoding: .utf8) == Self.article)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == Self.record("b") + "\n")
        #expect(try tree(output.path).isEmpty)
    }

    @Test func aBundleInsideTheInputTreeIsNotReadBackOnTheNextRun() async throws {
        let input = try TemporaryDirectory("bundled")
        try input.write("a.md", Self.article)
        try input.write("b.jsonl", Self.record("b") + "\n")
        let bundle = input.path + "/all.jsonl", report = input.path + "/report.json"
        for run in 1...2 {
            let (status, console) = await offprint(["convert", input.path, "--bundle", bundle, "--report", report])
            #expect(status == 0, "\(console.error)")
            #expect(console.output.contains("Bundled 2 inputs into \(bundle)"), "\(console.output)")
            let skipped = run == 1 ? "" : "; 2 files of other types skipped (\(bundle), \(report))"
            #expect(console.output.hasSuffix(skipped + ".\n"), "\(console.output)")
            let records = try String(contentsOfFile: bundle, encoding: .utf8).split(separator: "\n")
            #expect(records.count == 2)
        }
    }
}

extension HostilePathTests {
    /// `out/sub` is a link to the second input folder, so `one/sub/a.md`'s output `out/sub/a.txt`
    /// would be the input `two/a.txt`.
    @Test func aLinkInTheOutputFolderCannotLeadAWriteOntoAnInput() async throws {
        let root = try TemporaryDirectory("outlink")
        try root.write("one/sub/a.md", Self.article)
        let victim = try root.write("two/a.txt", "Title: Victim\n\nAn input that must survive the batch, with a paragraph.\n")
        try FileManager.default.createDirectory(atPath: root.path + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/out/sub", withDestinationPath: root.path + "/two")
        let (status, console) = await offprint(["convert", root.path + "/one", root.path + "/two", "--to", "txt", "--output", root.path + "/out"])
        #expect(status == 1)
        #expect(console.errorLines == ["\(root.path)/one/sub/a.md: saving: refusing to write \(root.path)/out/sub/a.txt: it is one of the inputs"])
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "Title: Victim\n\nAn input that must survive the batch, with a paragraph.\n")
        #expect(FileManager.default.fileExists(atPath: root.path + "/out/a.txt"))
    }
}

extension HostilePathTests {
    /// Working files of a run killed outright: PID 4194305 is above Linux's largest, so no
    /// process has it; PID 1 always runs, so its files belong to a live run and stay.
    @Test func staleWorkingFilesOfDeadRunsAreRemovedAndLongNamesStillWork() async throws {
        let input = try TemporaryDirectory("stale")
        try input.write("a.md", Self.article)
        try input.write("sub/b.md", Self.article)
        let long = String(repeating: "é", count: 124) + ".md"  // 251 bytes; its .html output is 253
        try input.write(long, Self.article)
        let output = try TemporaryDirectory("stale-out")
        let dead = [".a.html.offprint-4194305-1.tmp", "sub/.b.txt.offprint-4194305-17.tmp", ".html-0.offprint-4194305.d/rows", ".all.epub.offprint-4194305.d/chapter-1.xhtml"]
        let kept = [".a.html.offprint-1-1.tmp", ".html-0.offprint-1.d/rows", "a.offprint-4194305-1.tmp", ".notes.offprint-4194305-x.tmp", "unrelated/.c.txt.offprint-4194305-1.tmp"]
        for name in dead + kept { try output.write(name, "left over") }
        let (status, console) = await offprint(["convert", input.path, "--to", "txt,html", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        let files = try tree(output.path)
        #expect(files.keys.filter { $0.contains(".offprint-") }.sorted() == kept.sorted())
        #expect(files[(long as NSString).deletingPathExtension + ".html"] != nil)
        #expect(AtomicFileWriter.workingName(for: String(repeating: "é", count: 127), suffix: "-123.tmp").utf8.count <= 255)
    }
}

/// A writer that notes, when it writes an article, what the console had printed by then.
struct ConsoleProbeWriter: ArticleWriter {
    let format = "probe"
    let fileExtension = "probe"
    let summary = "what the console said so far"
    let capture: CapturingConsole

    func write(_ article: Article, context: WritingContext) throws -> Data {
        Data(capture.error.utf8)
    }
}

extension HostilePathTests {
    /// With one job, `a.txt` fails before `b.txt` is written: its error line must be out by then,
    /// not held back until the batch ends (where a crash would lose it).
    @Test func errorLinesArePrintedAsInputsFinish() throws {
        let input = try TemporaryDirectory("stream")
        try input.write("a.txt", "")
        try input.write("b.txt", Self.article)
        let output = try TemporaryDirectory("stream-out")
        let capture = CapturingConsole()
        let registry = FormatRegistry.standard.adding(writer: ConsoleProbeWriter(capture: capture))
        let status = OffprintCLI.run(["convert", input.path, "--to", "probe", "--output", output.path, "--jobs", "1"], registry: registry, console: capture.console)
        #expect(status == 1)
        let seen = try String(contentsOfFile: output.path + "/b.probe", encoding: .utf8)
        #expect(seen == "\(input.path)/a.txt: reading: the file is empty (no text to convert)\n")
        #expect(capture.errorLines == ["\(input.path)/a.txt: reading: the file is empty (no text to convert)"])
    }
}
