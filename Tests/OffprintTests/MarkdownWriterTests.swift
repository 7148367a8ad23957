import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

/// The Markdown writer block by block, its front matter and YAML quoting, images beside the
/// note, and right-to-left notes.
@Suite struct MarkdownWriterTests {
    static func note(_ article: Article, images: ImagePolicy = .embed) throws -> String {
        String(decoding: try MarkdownWriter(options: .init(images: images)).write(article, context: Fixtures.context), as: UTF8.self)
    }

    /// The body of a note (after its front matter) for these blocks.
    static func body(_ blocks: [Block], direction: TextDirection = .leftToRight, images: ImagePolicy = .embed) throws -> String {
        let note = try note(Article(id: "x", title: "T", direction: direction, body: blocks), images: images)
        return String(note.components(separatedBy: "---\n\n").dropFirst().joined(separator: "---\n\n"))
    }

    // MARK: YAML

    @Test(arguments: [
        ("Plain title", "Plain title"),
        ("Notes: a test", #""Notes: a test""#),
        ("#hashtag", ##""#hashtag""##),
        ("a #comment", #""a #comment""#),
        ("- not a list", #""- not a list""#),
        ("yes", #""yes""#), ("No", #""No""#), ("on", #""on""#), ("null", #""null""#), ("~", #""~""#),
        ("2024", #""2024""#), ("1.5", #""1.5""#), ("2024-05-06", #""2024-05-06""#), (".inf", #"".inf""#),
        ("", #""""#),
        ("ends with colon:", #""ends with colon:""#),
        ("line\nbreak", #""line\nbreak""#),
        (#"say "hi""#, #"say "hi""#),
        (#""quoted""#, #""\"quoted\"""#),
        ("back\\slash", "back\\slash"),
        ("tab\there", #""tab\there""#),
        ("مقال: عنوان", #""مقال: عنوان""#),
        ("bell\u{07}", #""bell\x07""#),
        ("\u{FEFF}bom", #""\uFEFFbom""#),
        ("*alias", #""*alias""#), ("&anchor", #""&anchor""#), ("!tag", #""!tag""#), ("{flow}", #""{flow}""#), ("[list]", #""[list]""#),
    ])
    func yamlScalarsAreQuotedExactlyWhenYAMLWouldMisreadThem(text: String, written: String) {
        #expect(YAMLScalar.write(text) == written)
    }

    /// Every such value comes back as written, through the Markdown reader's YAML parser.
    @Test func frontMatterValuesReadBackExactly() throws {
        let values = ["Notes: a test", "#hashtag", "yes", "2024-05-06", "- dash", "line\nbreak", "  padded  ", #"a "quote" and \ backslash"#,
                      "مقال: عنوان", "x:", "? what", "% directive", "@mention", "`tick`", "|pipe", ">fold", "a, b; c"]
        for value in values {
            var article = Article(id: "x", title: value, kicker: value, authors: [value, "Second"], summary: value)
            article.source.siteName = value
            article.tags = [value]
            article.extra = ["custom": value]
            var warnings: [ConversionWarning] = []
            let read = try MarkdownReader().read(ReaderInput(data: Data(try Self.note(article).utf8), name: "note.md"), warnings: &warnings)
            #expect(warnings.isEmpty, "\(value): \(warnings)")
            #expect(read.title == value && read.kicker == value && read.summary == value && read.source.siteName == value, "\(value)")
            #expect(read.authors == [value, "Second"] && read.tags == [value], "\(value)")
            #expect(read.extra["custom"] == value, "\(value)")
        }
    }

    @Test func frontMatterHasTheFieldsNoteToolsExpectInOrder() throws {
        var article = Fixtures.everything
        article.extra["description"] = "would be read back as the summary"
        let note = try Self.note(article)
        let keys = note.split(separator: "\n").prefix { $0 != "---" || true }.dropFirst().prefix { $0 != "---" }
            .filter { !$0.hasPrefix(" ") }.map { String($0.split(separator: ":")[0]) }
        #expect(keys == ["title", "kicker", "authors", "date", "updated", "url", "site", "lang", "dir", "tags", "categories", "summary", "another", "note"])
        #expect(note.contains("\ndate: 2024-05-06T07:08:09+02:00\nupdated: 2024-05-07\n"))
        #expect(note.contains("\nauthors:\n  - Ada Example\n  - مؤلف تجريبي\n"))
    }

    // MARK: Blocks

    @Test func headingsParagraphsAndRules() throws {
        #expect(try Self.body([.heading(2, [.text("Section #1 #")]), .paragraph("# not a heading"), Block(.rule)]) == """
            ## Section \\#1 \\#

            \\# not a heading

            ***

            """)
    }

    @Test func listsKeepTheirStartNestingAndStayApart() throws {
        let nested = Block(.list(ordered: false, start: 1, items: [[.paragraph("inner")]]))
        let blocks = [
            Block(.list(ordered: true, start: 7, items: [[.paragraph("seven"), nested], [.paragraph("eight")]])),
            Block(.list(ordered: true, start: 1, items: [[.paragraph("a new list")]])),
            Block(.list(ordered: false, start: 1, items: [[.paragraph("bullet")], []])),
            Block(.list(ordered: false, start: 1, items: [[.paragraph("another list")]])),
        ]
        #expect(try Self.body(blocks) == """
            7. seven

               - inner

            8. eight

            1) a new list

            - bullet
            -

            + another list

            """)
    }

    @Test func listsApartOnlyByABlockThatWritesNothingStillAlternate() throws {
        let list = Block(.list(ordered: false, start: 1, items: [[.paragraph("item")]]))
        #expect(try Self.body([list, .paragraph([]), list]) == "- item\n\n+ item\n")
    }

    @Test func codeKeepsItsLanguageAndAnyBackticks() throws {
        #expect(try Self.body([Block(.code("a ``` fence\n\tindented", language: "swift"))]) == "````swift\na ``` fence\n\tindented\n````\n")
        #expect(try Self.body([Block(.code("x", language: "we`ird lang"))]) == "~~~we`ird\nx\n~~~\n")
    }

    @Test func quotesHoldBlocks() throws {
        let quote = Block(.quote([.paragraph("one"), Block(.list(ordered: false, start: 1, items: [[.paragraph("two")]]))]))
        #expect(try Self.body([quote]) == "> one\n>\n> - two\n")
    }

    @Test func tablesAreGitHubTablesPaddedToTheirWidestRow() throws {
        let table = Table(header: [], rows: [[[.text("a|b")], [.code("x|y")]], [[.emphasis([.text("c")])]]], alignments: [.center])
        #expect(try Self.body([Block(.table(table))]) == """
            |  |  |
            | :---: | --- |
            | a\\|b | `x\\|y` |
            | *c* |  |

            """)
    }

    @Test func figuresAreAnImageAndAnEmphasisedCaption() throws {
        let figure = Block(.figure(image: "https://example.org/a b.png", alt: "A [chart]", caption: [.text("Figure 1: "), .emphasis([.text("rain")])]))
        #expect(try Self.body([figure]) == "![A \\[chart\\]](<https://example.org/a b.png>)\\\n_Figure 1: *rain*_\n")
        // Dropped images, and targets that would leave the note's folder or run something, keep the alternative text.
        #expect(try Self.body([figure], images: .drop) == "A \\[chart\\]\\\n_Figure 1: *rain*_\n")
        for target in ["../../secret.png", "/etc/passwd.png", "javascript:alert(1)", "file:///etc/a.png"] {
            #expect(try Self.body([Block(.figure(image: target, alt: "alt", caption: []))]) == "alt\n", "\(target)")
        }
        #expect(try Self.body([Block(.figure(image: "images/map.png", alt: "Map", caption: []))]) == "![Map](images/map.png)\n")
    }

    @Test func relatedLinksCloseTheNoteUnderItsLanguagesHeading() throws {
        var article = Article(id: "x", title: "T", language: "ar", direction: .rightToLeft, body: [.paragraph("نص")])
        article.related = [Link(title: "عنوان [١]", url: "https://example.org/1"), Link(title: "بلا رابط"), Link(title: "script", url: "javascript:x")]
        #expect(try Self.note(article).hasSuffix("""
            نص

            <!-- offprint:related -->
            ## مقالات مرتبطة

            - [عنوان \\[١\\]](https://example.org/1)
            - بلا رابط
            - script

            """))
    }

    @Test func inlineEmphasisLinksAndEscaping() throws {
        let inlines: [Inline] = [
            .text("1. Not a list, *not* emphasis, <b>not HTML</b>, a@b.org and www.example.org stay text; "),
            .strong([.emphasis([.text("both")])]), .text(", un"), .emphasis([.text("believ")]), .text("able, "),
            .emphasis([.text("\"quoted\"")]), .text("s, "), .strong([.emphasis([.text("both")])]), .text(" "), .link(url: "https://example.org/a(1)", [.text("link")]), .text(", "),
            .link(url: "javascript:alert(1)", [.text("unsafe")]), .text(", "), .code("a`b"),
        ]
        #expect(try Self.body([.paragraph(inlines)]) == """
            1\\. Not a list, \\*not\\* emphasis, \\<b>not HTML\\</b>, a<!---->@b.org and www\\.example.org stay text; <strong>*both*</strong>, un<em>believ</em>able, <em>"quoted"</em>s, __*both*__ [link](<https://example.org/a(1)>), unsafe, ``a`b``

            """)
    }

    @Test func linksThatWouldRunSomethingOrLeaveTheFolderAreText() throws {
        for (url, written) in [("https://example.org/a", "[t](https://example.org/a)"), ("mailto:a@b.org", "[t](mailto:a@b.org)"),
                               ("other.md", "[t](other.md)"), ("notes/other.md#part", "[t](notes/other.md#part)"), ("#part", "[t](#part)"),
                               ("../secret.md", "t"), ("/etc/passwd", "t"), ("//host/x", "t"), ("javascript:alert(1)", "t"), ("file:///x", "t"),
                               ("data:text/html,x", "t"), ("a\\..\\b", "t")] {
            #expect(try Self.body([.paragraph([.link(url: url, [.text("t")])])]) == written + "\n", "\(url)")
        }
    }

    // MARK: Images beside the note

    @Test func loadedImagesAreWrittenBesideTheNoteAndLinkedRelatively() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 24))
        let article = Article(id: "x", title: "T", body: [
            Block(.figure(image: "../up/map", alt: "Map", caption: [])), Block(.figure(image: "b.png", alt: "B", caption: [])),
            Block(.figure(image: "other.md", alt: "Named like a note", caption: [])), Block(.figure(image: "page.html", alt: "Not an image", caption: [])),
        ], resources: [
            Resource(id: "../up/map", mediaType: "image/png", data: png), Resource(id: "b.png", mediaType: "image/png", data: png),
            Resource(id: "other.md", mediaType: "image/png", data: png), Resource(id: "page.html", mediaType: "image/png", data: Data("<p>".utf8)),
        ])
        let output = try MarkdownWriter().output(article, baseName: "my note", context: Fixtures.context)
        // Every file ends in its image type's extension: none can take another output's name.
        #expect(output.companions.map(\.path) == ["my note.assets/map.png", "my note.assets/b.png", "my note.assets/other.md.png"])
        #expect(String(decoding: output.data, as: UTF8.self).hasSuffix("![Named like a note](my%20note.assets/other.md.png)\n\nNot an image\n"))
        #expect(output.companions.allSatisfy { $0.data == png && WriterOutput.isConfined($0.path) })
        let note = String(decoding: output.data, as: UTF8.self)
        #expect(note.contains("![Map](my%20note.assets/map.png)") && note.contains("![B](my%20note.assets/b.png)"))
        let dropped = try MarkdownWriter(options: .init(images: .drop)).output(article, baseName: "my note", context: Fixtures.context)
        #expect(dropped.companions.isEmpty)
        #expect(String(decoding: dropped.data, as: UTF8.self).hasSuffix("---\n\nMap\n\nB\n\nNamed like a note\n\nNot an image\n"))
    }

    @Test func companionPathsMustStayInTheOutputsFolder() {
        for path in ["a.assets/x.png", "x.png"] { #expect(WriterOutput.isConfined(path), "\(path)") }
        for path in ["../x.png", "/x.png", "a/../../x", "a//b", "", "a\\b", "./x"] { #expect(!WriterOutput.isConfined(path), "\(path)") }
    }

    // MARK: Right to left

    @Test func anArabicNoteCarriesItsDirectionAndIsolatesOnlyMixedParagraphs() throws {
        let article = Article(id: "x", title: "مقال تجريبي", language: "ar", direction: .rightToLeft, body: [
            .paragraph("فقرة عربية خالصة."),
            .paragraph("Offprint أداة لحفظ المقالات."),
            .paragraph("تستخدم المكتبة برنامج Tesseract للتعرف على النصوص."),
            Block(.paragraph([.text("An English paragraph.")]), language: "en", direction: .leftToRight),
            .heading(2, [.text("عنوان مع HTML")]),
        ])
        let note = try Self.note(article)
        #expect(note.contains("\nlang: ar\ndir: rtl\n"))
        #expect(note.contains("\n\nفقرة عربية خالصة.\n"))
        #expect(note.contains("\n\n\u{2067}Offprint أداة لحفظ المقالات.\u{2069}\n"))
        #expect(note.contains("\n\n\u{2067}تستخدم المكتبة برنامج Tesseract للتعرف على النصوص.\u{2069}\n"))
        #expect(note.contains("\n\nAn English paragraph.\n"))
        #expect(note.contains("\n## \u{2067}عنوان مع HTML\u{2069}\n"))
        // An English paragraph that opens with Arabic is isolated the other way.
        let english = try Self.body([.paragraph("العربية is written right to left.")])
        #expect(english == "\u{2066}العربية is written right to left.\u{2069}\n")
        // And the note reads back as the article: the isolates become the paragraphs' direction.
        let (read, _) = try MarkdownReaderTests.read(note)
        #expect(read.body.map(\.plainText) == article.body.map(\.plainText))
        #expect(read.direction == .rightToLeft && read.language == "ar")
        #expect(read.body[3].direction == .leftToRight)
    }
}
