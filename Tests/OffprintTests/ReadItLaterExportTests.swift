import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintPlatform

/// wallabag's and Omnivore's exports: one article per entry, with the entry's metadata, and
/// its content taken as the article (no boilerplate extraction).
@Suite struct ReadItLaterExportTests {
    static let fixtures = Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures")
    static let wallabag = fixtures.appending(path: "wallabag/wallabag-export.json")
    static let omnivore = fixtures.appending(path: "omnivore/metadata_0_to_2.json")

    /// Every entry of an export, as the batch reads them: (number, article or error, warnings).
    static func entries(_ reader: any ArticleArchiveReader, _ source: RecordSource, recordLimit: Int = 1_000_000) throws
        -> [(number: Int, article: Result<Article, ConversionError>, warnings: [String])] {
        var result: [(Int, Result<Article, ConversionError>, [String])] = []
        try reader.forEachRecord(in: source, limit: recordLimit) { record in
            let number = record.location.number
            var warnings: [ConversionWarning] = []
            do throws(ConversionError) {
                let article = try Converter().article(fromRecord: record, name: "export.json:\(number)", reader: reader, warnings: &warnings)
                result.append((number, .success(article), warnings.map(\.message)))
            } catch {
                result.append((number, .failure(error), warnings.map(\.message)))
            }
        }
        return result
    }

    @Test func wallabagEntriesKeepTheirMetadata() throws {
        let entries = try Self.entries(WallabagReader(), .file(Self.wallabag.path))
        #expect(entries.map(\.number) == [1, 2])
        let first = try entries[0].article.get()
        #expect(first.title == "Rain records kept by volunteers")
        #expect(first.id == "https://example.org/rain-records")
        #expect(first.source.url == "https://example.org/rain-records")
        #expect(first.source.siteName == "example.org")
        #expect(first.authors == ["Laila Haddad"])
        #expect(first.tags == ["weather", "archives"])
        #expect(first.language == "en")
        #expect(first.published?.description == "2024-07-02T09:15:00+03:00")
        #expect(first.modified?.description == "2024-07-04T08:30:00+02:00")
        #expect(first.extra == [
            "savedAt": "2024-07-03T10:00:00+02:00", "readingTime": "2", "previewPicture": "https://example.org/images/rain.jpg",
            "archived": "true", "starred": "false", "wallabagID": "41",
        ])
        // The title heading is not repeated; the script is gone; a relative link is absolute.
        #expect(first.body.first?.plainText.hasPrefix("For forty years") == true)
        #expect(!first.body.map(\.plainText).joined().contains("alert"))
        #expect(first.resources.map(\.id) == ["images/image-1.png", "images/image-2.svg"])
        let second = try entries[1].article.get()
        #expect(second.language == "ar-EG")
        #expect(second.direction == .rightToLeft)
        #expect(second.tags == ["مكتبات"])
        #expect(second.extra["starred"] == "true")
        #expect(second.published == nil)
    }

    @Test func aShortWallabagArticleIsKeptWhole() throws {
        // Too short and list-like for extraction to call it an article; the export says it is one.
        let export = #"[{"is_archived": 0, "is_starred": 0, "reading_time": 0, "title": "Links", "url": "https://example.org/l", "content": "<ul><li><a href=\"a\">One</a></li><li><a href=\"b\">Two</a></li></ul>"}]"#
        let article = try Self.entries(WallabagReader(), .data(Data(export.utf8)))[0].article.get()
        guard case .list(_, _, let items)? = article.body.first?.kind else { Issue.record("\(article.body)"); return }
        #expect(items.count == 2)
    }

    @Test func badWallabagEntriesAreTheirOwnErrors() throws {
        let export = """
            [{"is_archived": 0, "is_starred": 0, "reading_time": 1, "title": "Fine", "content": "<p>Fine text.</p>"},
             {"is_archived": 0, "title": "No content"},
             "not an object",
             {"title": "\(String(repeating: "x", count: 300))", "content": "<p>too large</p>"},
             {"title": "Broken", "content": tru}]
            """
        let entries = try Self.entries(WallabagReader(), .data(Data(export.utf8)), recordLimit: 200)
        #expect(entries.count == 5)
        #expect((try? entries[0].article.get())?.title == "Fine")
        let messages = entries.dropFirst().map { entry -> String in
            if case .failure(let error) = entry.article { return error.reason.description } else { return "converted" }
        }
        #expect(messages[0] == "the entry has no content (its 'content' field is missing or empty)")
        #expect(messages[1] == "the entry is not a JSON object")
        #expect(messages[2].hasPrefix("the file is 3"))
        #expect(messages[3].hasPrefix("not valid JSON"))
    }

    @Test func theArrayIsSplitWithoutBeingFooledByStrings() throws {
        var elements: [String] = []
        try JSONArrayStream.forEachElement(of: Data(#" [ {"a": "],[{\"}"}, [1, [2]] ,"x,y" ] "#.utf8), limit: 100) { _, element in
            if case .bytes(let data) = element { elements.append(String(decoding: data, as: UTF8.self)) }
        }
        #expect(elements == [#"{"a": "],[{\"}"}"#, "[1, [2]]", #""x,y""#])
        #expect(throws: ConversionError.self) { try JSONArrayStream.forEachElement(of: Data(#"[{"a": 1}, {"b"#.utf8), limit: 100) { _, _ in } }
        #expect(throws: ConversionError.self) { try JSONArrayStream.forEachElement(of: Data(#"{"a": 1}"#.utf8), limit: 100) { _, _ in } }
    }

    @Test func omnivoreEntriesFindTheirMarkdownOrHTMLContent() throws {
        let entries = try Self.entries(OmnivoreReader(), .file(Self.omnivore.path))
        let first = try entries[0].article.get()
        #expect(first.title == "Field notes from a rain gauge")
        #expect(first.id == "https://example.org/field-notes")
        #expect(first.authors == ["Laila Haddad"])
        #expect(first.summary == "What forty years of handwritten rain records tell us.")
        #expect(first.tags == ["weather", "archives"])
        #expect(first.published?.description == "2024-07-02T06:15:00Z")
        #expect(first.modified?.description == "2024-07-04T08:30:00Z")
        #expect(first.extra["savedAt"] == "2024-07-03T10:00:00Z")
        #expect(first.extra["state"] == "Archived")
        #expect(first.extra["readingProgress"] == "88")
        #expect(first.resources.map(\.id) == ["images/rainfall.png"])
        #expect(first.body.first?.plainText.hasPrefix("Every morning") == true)
        let second = try entries[1].article.get()
        #expect(second.title == "The library that kept the rain")
        #expect(second.authors == [])
        #expect(second.body.count == 3)
        #expect(entries.allSatisfy { $0.warnings.isEmpty })
    }

    /// The unpacked fixture zipped as Omnivore sends it: the metadata first, then the content.
    static func omnivoreZip(in folder: TemporaryDirectory, metadataName: String = "metadata_0_to_2.json") throws -> String {
        let zip = try ZipArchive()
        let root = Self.omnivore.deletingLastPathComponent()
        try zip.add(metadataName, bytes: [UInt8](try Data(contentsOf: Self.omnivore)), compressed: true)
        for name in ["content/the-library-that-kept-the-rain-19a7c3b.html", "content/field-notes-from-a-rain-gauge-18c2f1a.md"] {
            try zip.add(name, bytes: [UInt8](try Data(contentsOf: root.appending(path: name))), compressed: true)
        }
        return try folder.write("omnivore-export.zip", data: Data(try zip.close()))
    }

    @Test func anOmnivoreZipIsReadAsOmnivoreSentIt() throws {
        let folder = try TemporaryDirectory("omnivore-zip")
        let path = try Self.omnivoreZip(in: folder)
        #expect(FormatRegistry.standard.reader(forFileNamed: "omnivore-export.zip", content: try Data(contentsOf: URL(fileURLWithPath: path)))?.format == "omnivore")
        let entries = try Self.entries(OmnivoreReader(), .file(path))
        #expect(try entries.map { try $0.article.get().title } == ["Field notes from a rain gauge", "The library that kept the rain"])
        // Images of Markdown content are not looked for inside the zip.
        #expect(entries[0].warnings == ["image rainfall.png: no folder to find it in (standard input, or inside an archive); its alternative text is kept"])
        // Another zip is not an export.
        let other = try ZipArchive()
        try other.add("notes.txt", bytes: Array("text".utf8), compressed: false)
        let notExport = try folder.write("other.zip", data: Data(try other.close()))
        #expect(OmnivoreReader().recognizes(try Data(contentsOf: URL(fileURLWithPath: notExport))) == false)
        #expect(throws: ConversionError.self) { try Self.entries(OmnivoreReader(), .file(notExport)) }
    }

    @Test func omnivoreContentMustBeBesideTheMetadata() throws {
        let folder = try TemporaryDirectory("omnivore")
        try folder.write("secret.md", "# Not yours\n\nPrivate text.")
        try folder.write("export/content/ok.md", "Fine text of the article.")
        let entry = { (slug: String) in #"{"slug": "\#(slug)", "title": "T", "savedAt": "2024-01-01T00:00:00Z", "labels": []}"# }
        let metadata = try folder.write("export/metadata_0_to_3.json", "[" + [entry("ok"), entry("../../secret"), entry("absent"), #"{"title": "no slug"}"#].joined(separator: ",") + "]")
        let messages = try Self.entries(OmnivoreReader(), .file(metadata)).map { entry -> String in
            if case .failure(let error) = entry.article { return error.reason.description } else { return "converted" }
        }
        #expect(messages == [
            "converted",
            "the entry's slug '../../secret' is not a file name",
            "neither content/absent.md nor content/absent.html is in the export",
            "the entry has no slug, which names its content file",
        ])
        let fromStandardInput = try Self.entries(OmnivoreReader(), .data(Data(("[" + entry("ok") + "]").utf8)))
        if case .failure(let error) = fromStandardInput[0].article {
            #expect(error.reason.description == "content/ok.md cannot be found: the metadata came from standard input, which has no folder")
        } else {
            Issue.record("converted without its content")
        }
    }

    @Test func sniffingTellsExportsFromOffprintJSON() throws {
        let registry = FormatRegistry.standard
        #expect(registry.reader(forFileNamed: "export.json", content: try Data(contentsOf: Self.wallabag))?.format == "wallabag")
        #expect(registry.reader(forFileNamed: "metadata_0_to_2.json", content: try Data(contentsOf: Self.omnivore))?.format == "omnivore")
        #expect(registry.reader(forFileNamed: "export", content: try Data(contentsOf: Self.wallabag))?.format == "wallabag")
        let own = try Data(contentsOf: Self.fixtures.appending(path: "everything.json"))
        #expect(registry.reader(forFileNamed: "everything.json", content: own)?.format == "json")
        #expect(registry.reader(forFileNamed: "everything", content: own)?.format == "json")
        #expect(registry.reader(forFileNamed: "list.json", content: Data(#"[{"title": "a", "url": "b"}]"#.utf8))?.format == "json")
        #expect(registry.reader(forFileNamed: "archive.jsonl", content: Data(#"{"is_archived": 1, "is_starred": 0, "reading_time": 2}"#.utf8))?.format == "jsonl")
    }

    /// An unpacked export named as a folder is its metadata file's entries, once: the content
    /// files are not read again as articles of their own, nor the highlights as articles; a
    /// `content` folder with no Omnivore metadata beside it is an ordinary folder.
    @Test func anUnpackedExportFolderIsReadThroughItsMetadataOnly() throws {
        let collector = InputCollector(registry: .standard, excluding: nil)
        let export = Self.omnivore.deletingLastPathComponent().path
        #expect(collector.collect([export]).inputs.map(\.relativePath) == ["metadata_0_to_2.json"])
        let folder = try TemporaryDirectory("not-omnivore")
        try folder.write("content/notes.md", "# Notes\n\nA page of notes.")
        try folder.write("metadata.json", #"{"title": "Not an export"}"#)
        #expect(collector.collect([folder.path]).inputs.map(\.relativePath) == ["content/notes.md", "metadata.json"])
    }
}
