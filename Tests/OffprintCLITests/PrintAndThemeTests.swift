import Foundation
import Offprint
import Testing
import TestSupport

/// Printable pages, the batch index, and user themes.
@Suite struct PrintAndThemeTests {
    static func html(_ inputs: [String], _ extra: [String] = []) async throws -> (folder: TemporaryDirectory, status: Int32, console: CapturingConsole) {
        let folder = try TemporaryDirectory("html")
        let (status, console) = await offprint(["convert"] + inputs + ["--to", "html", "--output", folder.path] + extra)
        return (folder, status, console)
    }

    @Test(.tags(.chromium), .slow) func theSeedPrintsOnAtMostThreeA4PagesWithAnArabicFont() async throws {
        let made = try await Self.html([Paths.seed.path])
        #expect(made.status == 0)
        let pdf = try await Printing.pdf(of: made.folder.path + "/000_c3eeed336fa56d7d.html")
        let info = try await Printing.info(pdf)
        #expect((Int(info["Pages"] ?? "") ?? 99) <= 3, "\(info)")
        #expect(info["Page size"]?.contains("A4") == true)
        let fonts = try await Printing.embeddedFonts(pdf)
        #expect(fonts.contains { $0.contains("Arabic") || $0.contains("Naskh") || $0.contains("Amiri") }, "\(fonts)")
    }

    @Test(.tags(.chromium, .validators), .slow) func anEnglishArticlePrintsOnLetter() async throws {
        let made = try await Self.html([Paths.examples.appending(path: "english-field-notes.txt").path], ["--paper", "letter"])
        #expect(made.status == 0)
        let pdf = try await Printing.pdf(of: made.folder.path + "/english-field-notes.html")
        let info = try await Printing.info(pdf)
        #expect(info["Pages"] == "1")
        #expect(info["Page size"]?.contains("letter") == true)
        // A readable measure on paper too: full body lines of about 66 characters.
        let lines = try await Printing.text(pdf).split(separator: "\n").map(\.count).filter { $0 > 40 }
        let average = Double(lines.reduce(0, +)) / Double(max(lines.count, 1))
        #expect(lines.count >= 5 && (58...76).contains(average), "\(lines.count) lines, \(average) characters on average")
        #expect(try await Validators.nuCheck([made.folder.path + "/english-field-notes.html"]) == [])
    }

    /// A Chinese page prints with a CJK font when one is installed (`fonts-noto-cjk`, which
    /// `.ci/install --tests` adds). Chromium embeds Noto CJK (CFF outlines in a font collection)
    /// as unnamed Type 3 fonts, so the check is that such a font is embedded beside the Latin
    /// one and the text reads back.
    @Test(.tags(.chromium), .slow) func aChinesePagePrintsWithACJKFont() async throws {
        let installed = try await ExternalProcess.run("fc-list", [":lang=zh", "family"]).output
        try #require(installed.contains("CJK"), "no CJK font installed: .ci/install --tests adds fonts-noto-cjk")
        let made = try await Self.html([Paths.examples.appending(path: "markdown/中文笔记.md").path])
        #expect(made.status == 0)
        let pdf = try await Printing.pdf(of: made.folder.path + "/中文笔记.html")
        let fonts = try await Printing.embeddedFonts(pdf)
        #expect(fonts.contains { $0.contains("CJK") || $0 == "[none]" }, "\(fonts)")
        #expect(try await Printing.text(pdf).contains("在屋顶上记录半年的降雨"))
    }

    @Test func theIndexListsEveryArticleGroupedByFolder() async throws {
        let folder = try TemporaryDirectory("index")
        #expect(await offprint(["convert", Paths.examples.path, "--to", "html,epub", "--output", folder.path]).status == 0)
        let index = try String(contentsOfFile: folder.path + "/index.html", encoding: .utf8)
        for href in ["000_c3eeed336fa56d7d.html", "000_c3eeed336fa56d7d.epub", "markdown/rainfall-notes.html", "saved-page/مكتبة.epub"] {
            #expect(index.contains("href=\"./\(href)\""), "\(href)")
        }
        #expect(index.contains("<li lang=\"ar\" dir=\"rtl\">"))
        // The info line is a block in its title's direction (aligned with it), its English an isolate.
        #expect(index.contains("<span class=\"index-meta\"><bdi lang=\"en\" dir=\"ltr\">"))
        #expect(index.contains("<h2><bdi dir=\"auto\">markdown</bdi></h2>"))
        #expect(index.contains("<time datetime=\"2024-06-30\">June 30, 2024</time>"))
        #expect(!index.contains("<script"))
    }

    @Test func datesAreWrittenForTheArticlesLanguage() async throws {
        let made = try await Self.html([Paths.examples.appending(path: "saved-page").path])
        let page = try String(contentsOfFile: made.folder.path + "/مكتبة.html", encoding: .utf8)
        #expect(page.contains("<time datetime=\"2024-07-02T09:15:00+03:00\">2 يوليو، 2024</time>"))
        // Right-to-left pages list their link targets for print instead of breaking lines with them.
        #expect(page.contains("<section class=\"print-links\" aria-labelledby=\"links-heading\">"))
    }

    @Test func aBrokenThemeStopsBeforeAnythingIsConverted() async throws {
        let theme = try TemporaryDirectory("theme")
        let template = try theme.write("html/article.mustache", "<html>\n<body>\n{{#title}}\n<h1>{{title}}</h1>\n</body>\n")
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", Paths.examples.path, "--to", "html", "--templates", theme.path, "--output", output.path + "/x"])
        #expect(status == 2)
        #expect(console.errorLines == ["Error: --templates: \(template):3:1: the section {{#title}} is opened here but never closed"])
        #expect(!FileManager.default.fileExists(atPath: output.path + "/x"))
        // A mistyped folder, or one with the files out of place, is not silently the default theme.
        let missing = await offprint(["convert", Paths.seed.path, "--to", "html", "--templates", theme.path + "/typo", "--output", output.path + "/x"])
        #expect(missing.status == 2 && missing.console.errorLines == ["Error: --templates: \(theme.path)/typo: no such folder"])
        let flat = try TemporaryDirectory("flat-theme")
        try flat.write("article.mustache", "<html></html>")
        let misplaced = await offprint(["convert", Paths.seed.path, "--to", "html", "--templates", flat.path, "--output", output.path + "/x"])
        #expect(misplaced.status == 2 && misplaced.console.error.contains("holds none of the theme's files"))
        #expect(!FileManager.default.fileExists(atPath: output.path + "/x"))
        // A tag left open at the end of a template.
        let unclosed = try TemporaryDirectory("unclosed-theme")
        let nav = try unclosed.write("epub/nav.mustache", "<p>\nx {{title")
        let open = await offprint(["convert", Paths.seed.path, "--to", "epub", "--templates", unclosed.path, "--output", output.path + "/x"])
        #expect(open.status == 2)
        #expect(open.console.errorLines.count == 1 && open.console.error.hasPrefix("Error: --templates: \(nav):2:")
                && open.console.error.hasSuffix(": the template ends inside a tag (missing }})\n"))
        // A navigation template from before one-article books lost their title page.
        let old = try TemporaryDirectory("old-theme")
        let oldNav = try old.write("epub/nav.mustache", "<nav>\n<ol>\n  <li><a href=\"title.xhtml\">{{titlePageLabel}}</a></li>\n</ol>\n</nav>\n")
        let stale = await offprint(["convert", Paths.seed.path, "--to", "epub", "--templates", old.path, "--output", output.path + "/x"])
        #expect(stale.status == 2)
        #expect(stale.console.errorLines == ["Error: --templates: \(oldNav):3:16: links title.xhtml outside {{#titlePageLabel}}...{{/titlePageLabel}}, but only anthologies have a title page; put the link inside that section, as `offprint templates export` shows"])
    }

    @Test func aMisspeltThemeFileIsPointedOut() async throws {
        let theme = try TemporaryDirectory("typo-theme")
        try theme.write("html/custom.css", "p { color: black; }")
        try theme.write("html/artcle.mustache", "<html></html>")
        let output = try TemporaryDirectory("out")
        let (status, console) = await offprint(["convert", Paths.seed.path, "--to", "html", "--templates", theme.path, "--output", output.path])
        #expect(status == 0)
        #expect(console.errorLines == ["Note: --templates: html/artcle.mustache is not a file of the theme and changes nothing (`offprint templates export` shows the names)"])
    }

    @Test func anExportedThemeGivesTheSameBytesAsTheDefault() async throws {
        let theme = try TemporaryDirectory("export")
        let (status, console) = await offprint(["templates", "export", theme.path + "/mine"])
        #expect(status == 0)
        #expect(console.output.hasPrefix("Wrote 11 theme files to"))
        // Both into folders called "out", so that the pages can be compared byte for byte.
        let plain = try TemporaryDirectory("plain"), themed = try TemporaryDirectory("themed")
        #expect(await offprint(["convert", Paths.examples.path, "--to", "html", "--output", plain.path + "/out"]).status == 0)
        #expect(await offprint(["convert", Paths.examples.path, "--to", "html", "--output", themed.path + "/out", "--templates", theme.path + "/mine"]).status == 0)
        #expect(try tree(plain.path) == tree(themed.path))
        #expect(await offprint(["templates", "export", theme.path + "/mine"]).status == 2)
    }

    @Test func theExampleThemeReplacesOnlyWhatItHas() async throws {
        let made = try await Self.html([Paths.examples.appending(path: "saved-page").path], ["--templates", Paths.packageRoot.appending(path: "Examples/themes/sepia").path])
        let page = try String(contentsOfFile: made.folder.path + "/مكتبة.html", encoding: .utf8)
        #expect(page.contains("--background: #f6efe2;"))
        // What the theme does not replace comes from the default.
        #expect(page.contains(TemplateSet.builtIn.style("html/style.css")))
    }

    /// The batch index and a page made with the example theme, through the Nu HTML Checker in one run.
    @Test(.tags(.validators), .slow) func theIndexAndAThemedPagePassTheNuChecker() async throws {
        let index = try TemporaryDirectory("index")
        #expect(await offprint(["convert", Paths.examples.path, "--to", "html,epub", "--output", index.path]).status == 0)
        let themed = try await Self.html([Paths.examples.appending(path: "saved-page").path], ["--templates", Paths.packageRoot.appending(path: "Examples/themes/sepia").path])
        let pages = [index.path + "/index.html", themed.folder.path + "/مكتبة.html", themed.folder.path + "/index.html"]
        #expect(pages.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(try await Validators.nuCheck(pages) == [])
    }
}
