import Foundation
import Offprint
import Testing
import TestSupport

/// `--to md` from the command line: a folder of notes with their images and an `index.md`.
@Suite struct MarkdownOutputTests {
    @Test func manyArticlesMakeAFolderOfNotesWithAnIndex() async throws {
        let output = try TemporaryDirectory("md")
        let (status, console) = await offprint(["convert", Paths.examples.path, "--to", "md", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        let files = try tree(output.path)
        for stem in ExampleArticles.stems { #expect(files["\(stem).md"] != nil, "\(stem).md missing") }
        // Images beside the notes that show them, linked relatively.
        #expect(files["markdown/rainfall-notes.assets/rainfall.png"] == (try Data(contentsOf: Paths.examples.appending(path: "markdown/images/rainfall.png"))))
        #expect(files["saved-page/مكتبة.assets/chart.png"] != nil)
        let rainfall = String(decoding: try #require(files["markdown/rainfall-notes.md"]), as: UTF8.self)
        #expect(rainfall.contains("![Monthly rainfall, January to June](rainfall-notes.assets/rainfall.png)\\\n_Rainfall per month, in millimetres_"))
        // The index links every note, each title isolated in its own direction, grouped by folder.
        let index = String(decoding: try #require(files["index.md"]), as: UTF8.self)
        #expect(index.hasPrefix("---\ntitle: Offprint index\nlang: en\ndir: ltr\n---\n\n# Offprint index\n\n\(ExampleArticles.count) articles.\n"))
        #expect(index.contains("- [\u{2067}مكتبة رقمية تحفظ الصحف العربية القديمة\u{2069}](مقال-مختلط.md) · ar\n"))
        #expect(index.contains("\n## saved-page\n\n- [\u{2067}مكتبة رقمية تحفظ أرشيف الأمطار\u{2069}](saved-page/مكتبة.md) · 2024-07-02T09:15:00+03:00 · ar\n"))
        #expect(index.contains("- [\u{2066}Six months of rainfall, measured on a rooftop\u{2069}](markdown/rainfall-notes.md) · 2024-06-30 · en\n"))
        #expect(files.count == ExampleArticles.count + 3)
        // Every note reads back with the title it was written with.
        for stem in ExampleArticles.stems {
            let note = try #require(files["\(stem).md"])
            var warnings: [ConversionWarning] = []
            let article = try Converter().article(from: ReaderInput(data: note, name: "\(stem).md"), warnings: &warnings)
            #expect(index.contains("[\(article.direction == .rightToLeft ? "\u{2067}" : "\u{2066}")\(article.title)\u{2069}]"), "\(stem)")
        }
    }

    @Test func imagesDropKeepsTheAlternativeTextAndWritesNoFolder() async throws {
        let output = try TemporaryDirectory("md")
        let input = Paths.examples.appending(path: "markdown/rainfall-notes.md").path
        #expect(await offprint(["convert", input, "--to", "md", "--images", "drop", "--output", output.path]).status == 0)
        let files = try tree(output.path)
        #expect(files.keys.sorted() == ["index.md", "rainfall-notes.md"])
        let note = String(decoding: try #require(files["rainfall-notes.md"]), as: UTF8.self)
        #expect(note.contains("\n\nMonthly rainfall, January to June\\\n_Rainfall per month, in millimetres_\n"))
    }

    @Test func aMarkdownBundleIsAUsageErrorThatSaysWhy() async throws {
        let folder = try TemporaryDirectory("md")
        for arguments in [["--bundle", folder.path + "/all.md"], ["--to", "md", "--bundle", folder.path + "/all.md"]] {
            let (status, console) = await offprint(["convert", Paths.examples.path] + arguments)
            #expect(status == 2)
            #expect(console.error.contains("--bundle \(folder.path)/all.md: many articles in Markdown make a folder, not one file: convert with --to md --output FOLDER (one note per article, and an index.md linking them all)"), "\(console.error)")
            #expect(try tree(folder.path).isEmpty)
        }
    }

    /// A note that would be `index.md` keeps the name: the index is not written, and a notice says why.
    @Test func anArticleNamedIndexKeepsItsNote() async throws {
        let input = try TemporaryDirectory("named-index")
        try input.write("index.txt", "Title: The home page\n\nA paragraph of the article that happens to be named index.\n")
        try input.write("other.txt", "Title: Other\n\nAnother article, with a paragraph of its own to convert.\n")
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", input.path, "--to", "md,html", "--output", output.path])
        #expect(status == 0)
        #expect(console.errorLines.sorted() == [
            "\(output.path)/index.html: not written: the html output of \(input.path)/index.txt has that name",
            "\(output.path)/index.md: not written: the md output of \(input.path)/index.txt has that name",
        ])
        let note = String(decoding: try #require(try tree(output.path)["index.md"]), as: UTF8.self)
        #expect(note.hasPrefix("---\ntitle: The home page\n"))
    }

    @Test func formatsListsTheMarkdownWriterAndItsSetting() async {
        let output = await offprint(["formats"]).console.output
        #expect(output.contains("a Markdown note (CommonMark + GFM, YAML front matter), images beside it in NAME.assets/\n"))
        #expect(output.split(separator: "\n").contains { $0.hasPrefix("  md ") && $0.contains(" --images embed|drop ") }, "\(output)")
    }
}
