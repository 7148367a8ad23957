import Foundation
import Offprint
import Testing
import TestSupport

/// Exports and single-file pages from the command line: one output per entry under a folder
/// named after the export, errors that say which entry, and `--from wallabag|omnivore`.
@Suite struct ReadItLaterCLITests {
    static let fixtures = Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures")

    @Test func aWallabagExportMakesOneOutputPerEntry() async throws {
        let output = try TemporaryDirectory("out")
        let export = Self.fixtures.appending(path: "wallabag/wallabag-export.json").path
        let (status, console) = await offprint(["convert", export, "--to", "json,epub", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path).keys.sorted() == [
            "wallabag-export/000001-rain-records-kept-by-volunteers.epub", "wallabag-export/000001-rain-records-kept-by-volunteers.json",
            "wallabag-export/000002-مكتبة-رقمية-تحفظ-أرشيف-الأمطار.epub", "wallabag-export/000002-مكتبة-رقمية-تحفظ-أرشيف-الأمطار.json",
        ])
    }

    @Test func aFolderOfJSONFilesTellsRecordsFromExports() async throws {
        let input = try TemporaryDirectory("mixed")
        try input.write("record.json", data: try Data(contentsOf: Paths.examples.appending(path: "notes/reading-list.json")))
        try input.write("saved/export.json", data: try Data(contentsOf: Self.fixtures.appending(path: "wallabag/wallabag-export.json")))
        try input.write("saved/export-without-extension", data: try Data(contentsOf: Self.fixtures.appending(path: "wallabag/wallabag-export.json")))
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path, "--to", "txt", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path).keys.sorted() == [
            "record.txt",
            "saved/export-without-extension/000001-rain-records-kept-by-volunteers.txt",
            "saved/export-without-extension/000002-مكتبة-رقمية-تحفظ-أرشيف-الأمطار.txt",
            "saved/export/000001-rain-records-kept-by-volunteers.txt", "saved/export/000002-مكتبة-رقمية-تحفظ-أرشيف-الأمطار.txt",
        ])
    }

    @Test func badEntriesSayTheirNumberAndTheOthersConvert() async throws {
        let input = try TemporaryDirectory("wallabag")
        let path = try input.write("export.json", """
            [{"is_archived": 0, "is_starred": 0, "reading_time": 1, "title": "First", "content": "<p>The first article's text.</p>"},
             {"is_archived": 0, "is_starred": 0, "title": "Empty", "content": ""},
             {"is_archived": 1, "is_starred": 0, "title": "Third", "content": "<p>The third article's text.</p>"}]
            """)
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "txt", "--output", output.path])
        #expect(status == 1)
        #expect(console.errorLines == ["\(path):2: reading: the entry has no content (its 'content' field is missing or empty)"])
        #expect(try tree(output.path).keys.sorted() == ["export/000001-first.txt", "export/000003-third.txt"])
    }

    @Test func anExportCutShortIsAnErrorAfterItsWholeEntries() async throws {
        let input = try TemporaryDirectory("wallabag")
        let path = try input.write("export.json", #"[{"is_archived": 0, "is_starred": 0, "reading_time": 1, "title": "Whole", "content": "<p>Text.</p>"}, {"is_archived": 0, "title": "Cut"#)
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "txt", "--output", output.path])
        #expect(status == 1)
        #expect(console.errorLines.last?.hasPrefix("\(path): reading: the JSON array is not closed") == true, "\(console.errorLines)")
        #expect(try tree(output.path).keys.sorted() == ["export/000001-whole.txt"])
    }

    @Test func fromNamesTheExportWhateverTheFileIsCalled() async throws {
        let input = try TemporaryDirectory("from")
        let wallabag = try input.write("saved.txt", data: try Data(contentsOf: Self.fixtures.appending(path: "wallabag/wallabag-export.json")))
        let output = try TemporaryDirectory("out")
        #expect(await offprint(["convert", wallabag, "--from", "wallabag", "--to", "txt", "--output", output.path]).status == 0)
        #expect(try tree(output.path).keys.contains("saved/000001-rain-records-kept-by-volunteers.txt"))
        let omnivore = Self.fixtures.appending(path: "omnivore/metadata_0_to_2.json").path
        let (status, console) = await offprint(["convert", omnivore, "--from", "omnivore", "--to", "txt", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path).keys.contains("metadata_0_to_2/000002-the-library-that-kept-the-rain.txt"))
    }

    @Test func anOmnivoreZipNamedOnTheCommandLineConvertsAndZipsInFoldersAreLeftAlone() async throws {
        let folder = try TemporaryDirectory("omnivore-zip")
        let unpacked = Self.fixtures.appending(path: "omnivore").path
        let zip = folder.path + "/inputs/omnivore-export.zip"
        try FileManager.default.createDirectory(atPath: folder.path + "/inputs", withIntermediateDirectories: true)
        // Zipped as Omnivore does: the metadata first, then the content.
        let script = "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
            + "    for name in sys.argv[3:]: z.write(sys.argv[2] + '/' + name, name)"
        let zipped = try await ExternalProcess.run("python3", ["-c", script, zip, unpacked, "metadata_0_to_2.json",
            "content/field-notes-from-a-rain-gauge-18c2f1a.md", "content/the-library-that-kept-the-rain-19a7c3b.html"])
        #expect(zipped.status == 0, "\(zipped.error)")
        let named = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", zip, "--to", "txt", "--output", named.path])
        #expect(status == 0, "\(console.error)")
        #expect(try tree(named.path).keys.sorted() == [
            "omnivore-export/000001-field-notes-from-a-rain-gauge.txt", "omnivore-export/000002-the-library-that-kept-the-rain.txt",
        ])
        try folder.write("inputs/note.md", "# A note\n\nThe note's text.")
        let walked = try TemporaryDirectory("out")
        #expect(await offprint(["convert", folder.path + "/inputs", "--to", "txt", "--output", walked.path]).status == 0)
        #expect(try tree(walked.path).keys.sorted() == ["note.txt"])
    }

    @Test func maxSizeBoundsEachEntry() async throws {
        let input = try TemporaryDirectory("wallabag")
        let long = String(repeating: "<p>A long paragraph of the article. </p>", count: 30_000)
        let path = try input.write("export.json", """
            [{"is_archived": 0, "is_starred": 0, "reading_time": 1, "title": "Large", "content": "\(long)"},
             {"is_archived": 0, "is_starred": 0, "reading_time": 1, "title": "Small", "content": "<p>Short.</p>"}]
            """)
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", path, "--to", "txt", "--max-size", "1", "--output", output.path])
        #expect(status == 1)
        #expect(console.errorLines.count == 1)
        #expect(console.errorLines.first?.hasPrefix("\(path):1: reading: the file is 1.2 MB, over the 1.0 MB limit") == true, "\(console.errorLines)")
        #expect(try tree(output.path).keys.sorted() == ["export/000002-small.txt"])
    }

    @Test func anMHTMLPageConvertsWithItsImage() async throws {
        let output = try TemporaryDirectory("out")
        let page = Self.fixtures.appending(path: "mhtml/saved-page.mhtml").path
        let (status, console) = await offprint(["convert", page, "--to", "epub", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        let names = await EPUBTestReading.names(of: output.path + "/saved-page.epub")
        #expect(names.contains { $0.hasSuffix("/chart.png") }, "\(names)")
    }

    @Test func formatsListsTheNewReaders() async {
        let output = await offprint(["formats"]).console.output
        for reader in ["mhtml ", "wallabag ", "omnivore "] {
            #expect(output.contains("  \(reader)"), "\(reader)")
        }
    }
}
