import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintCleanup
@testable import OffprintReaders

@Suite struct MarkdownReaderTests {
    static func read(_ markdown: String, name: String = "note.md", folder: URL? = nil) throws -> (Article, [ConversionWarning]) {
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(data: Data(markdown.utf8), name: name, fileURL: folder?.appending(path: name))
        var article = try MarkdownReader().read(input, warnings: &warnings)
        CleanupPipeline.standard.apply(to: &article, warnings: &warnings)
        return (article, warnings)
    }

    @Test func frontMatterSetsTheFieldsAndKeepsTheRest() throws {
        let (article, warnings) = try Self.read("""
        ---
        title: "Notes: a test"
        authors: [Ada, Grace]
        date: 2024-02-03
        updated: 2024-02-04T10:00:00Z
        lang: de
        dir: ltr
        tags: one, two
        categories: [Essays]
        url: https://example.org/notes
        summary: Short.
        site: Example
        mood: sunny
        ---
        Ein Absatz auf Deutsch, damit die Sprache stimmt und der Text lang genug ist.
        """)
        #expect(warnings.isEmpty)
        #expect(article.title == "Notes: a test")
        #expect(article.authors == ["Ada", "Grace"])
        #expect(article.published?.description == "2024-02-03")
        #expect(article.modified?.description == "2024-02-04T10:00:00Z")
        #expect(article.language == "de" && article.direction == .leftToRight)
        #expect(article.tags == ["one", "two"] && article.categories == ["Essays"])
        #expect(article.source.url == "https://example.org/notes" && article.source.siteName == "Example")
        #expect(article.summary == "Short.")
        #expect(article.extra == ["mood": "sunny"])
        #expect(article.id == "https://example.org/notes")
    }


    /// Static-site generators write authors as objects; nested values must not send the reader
    /// into a loop (they once recursed until the stack overflowed).
    @Test(arguments: ["\n", "\r\n", "\r"])
    func frontMatterWithAnyLineEnd(end: String) throws {
        let text = ["---", "title: Line ends", "lang: en", "---", "# Heading", "", "A paragraph of the note, long enough to read."].joined(separator: end)
        let (article, _) = try Self.read(text)
        #expect(article.title == "Line ends" && article.language == "en")
        #expect(article.body.first?.plainText == "Heading")
        #expect(article.body.last?.plainText == "A paragraph of the note, long enough to read.")
    }

    @Test func nestedFrontMatterValuesBecomeText() throws {
        let (article, _) = try Self.read("""
        ---
        title: Nested
        authors:
          - name: Ada Lovelace
            url: https://example.org/ada
          - {name: Grace Hopper}
        site: {name: Example Press, url: https://example.org}
        series: {part: 2, of: 3, shelf: {room: B}}
        ---
        A paragraph long enough for the language to be detected from its words alone.
        """)
        #expect(article.authors == ["Ada Lovelace", "Grace Hopper"])
        #expect(article.source.siteName == "Example Press")
        // Unknown mappings keep every value, under the path of its key.
        #expect(article.extra == ["series.part": "2", "series.of": "3", "series.shelf.room": "B"])
        let (single, _) = try Self.read("---\nauthor: {name: Ada Lovelace, email: ada@example.org}\n---\nText.")
        #expect(single.authors == ["Ada Lovelace"])
    }
    @Test func everyConstructMapsToTheModel() throws {
        let (article, _) = try Self.read("""
        # The title

        Text with *emphasis*, **strong**, `code`, ~~struck~~ and a [link](https://example.org).\\
        After a hard break.

        ## Section

        > Quoted text.

        3. third
        4. fourth
           - nested

        ```swift
        let x = 1
        ```

        | A | B |
        |:--|--:|
        | 1 | 2 |

        ***
        """)
        #expect(article.title == "The title")
        let kinds = article.body.map { ArticleKind($0) }
        #expect(kinds == [.paragraph, .heading, .quote, .list, .code, .table, .rule])
        guard case .paragraph(let inlines) = article.body[0].kind else { return }
        #expect(inlines == [
            .text("Text with "), .emphasis([.text("emphasis")]), .text(", "), .strong([.text("strong")]), .text(", "),
            .code("code"), .text(", "), .strikethrough([.text("struck")]), .text(" and a "),
            .link(url: "https://example.org", [.text("link")]), .text("."), .lineBreak, .text("After a hard break."),
        ])
        guard case .list(let ordered, let start, let items) = article.body[3].kind else { return }
        #expect(ordered && start == 3 && items.count == 2)
        #expect(items[1].count == 2)
        #expect(article.body[4].kind == .code("let x = 1", language: "swift"))
        #expect(article.body[5].kind == .table(Table(header: [[.text("A")], [.text("B")]], rows: [[[.text("1")], [.text("2")]]], alignments: [.start, .end])))
    }

    @Test func localImagesAreLoadedAndMissingOnesWarn() throws {
        let folder = try TemporaryDirectory("md")
        try folder.write("images/chart.png", data: try Data(contentsOf: Paths.examples.appending(path: "markdown/images/rainfall.png")))
        let (article, warnings) = try Self.read("""
        Intro paragraph of the note, long enough to be text.

        ![A chart](images/chart.png "Caption")

        ![Gone](images/missing.png)

        ![Remote](https://example.org/x.png)
        """, folder: folder.url)
        #expect(article.resources.map(\.id) == ["images/chart.png"])
        #expect(article.resources.first?.mediaType == "image/png")
        #expect(article.body.dropFirst().map(\.kind) == [
            .figure(image: "images/chart.png", alt: "A chart", caption: [.text("Caption")]),
            .figure(image: "images/missing.png", alt: "Gone", caption: []),
            .figure(image: "https://example.org/x.png", alt: "Remote", caption: []),
        ])
        #expect(warnings.map(\.message) == ["image images/missing.png was not found or could not be read; its alternative text is kept"])
    }

    @Test(arguments: [
        ("---\ntitle: [unclosed\n---\nBody.", "reading: front matter: line 3, column 1: did not find expected ',' or ']'"),
        ("---\ntitle: x\nBody without a closing line.", "reading: front matter: line 1: starts with --- but has no closing --- line"),
        ("---\n- just\n- a list\n---\nBody.", "reading: front matter: line 2: is not a list of key: value lines"),
    ])
    func brokenFrontMatterSaysWhere(markdown: String, message: String) {
        #expect { try Self.read(markdown) } throws: { error in
            (error as? ConversionError)?.description == message
        }
    }
}

/// A block's kind without its content, for comparing structure.
enum ArticleKind: Equatable {
    case paragraph, heading, quote, list, code, figure, rule, table
    init(_ block: Block) {
        switch block.kind {
        case .paragraph: self = .paragraph
        case .heading: self = .heading
        case .quote: self = .quote
        case .list: self = .list
        case .code: self = .code
        case .figure: self = .figure
        case .rule: self = .rule
        case .table: self = .table
        }
    }
}
