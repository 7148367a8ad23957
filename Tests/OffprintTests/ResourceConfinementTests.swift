import Foundation
import Offprint
import Testing
import TestSupport

/// An article carries only the files that sit beside it: references that leave the input's
/// folder (by `..`, an absolute path, percent-encoding or a link) are refused, and the refusal
/// reads exactly as a missing file does.
@Suite struct ResourceConfinementTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 7, count: 24)

    static func missing(_ reference: String) -> String {
        "image \(reference) was not found or could not be read; its alternative text is kept"
    }

    /// `root/secret/secret.png` outside the article's folder `root/article`, which holds one
    /// image of its own and links that lead out.
    static func tree() throws -> TemporaryDirectory {
        let root = try TemporaryDirectory("confine")
        try root.write("secret/secret.png", data: png)
        try root.write("secret/notes.txt", "<svg>not an image but a private note</svg>")
        try root.write("article/images/own.png", data: png)
        try FileManager.default.createDirectory(atPath: root.path + "/article/page_files", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/article/images/link.png", withDestinationPath: root.path + "/secret/secret.png")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/article/page_files/link.png", withDestinationPath: "../../secret/secret.png")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/article/outside", withDestinationPath: root.path + "/secret")
        return root
    }

    @Test func markdownImagesOutsideTheInputsFolderAreRefusedLikeMissingOnes() throws {
        let root = try Self.tree()
        let references = [
            "../secret/secret.png", root.path + "/secret/secret.png", "%2e%2e/secret/secret.png", "%2E%2E%2Fsecret%2Fsecret.png",
            "images/../../secret/secret.png", "images/link.png", "page_files/link.png", "outside/secret.png", "outside/notes.txt",
            "images/nothing-here.png", "../secret/nothing-here.png",
        ]
        let markdown = "A paragraph of the article, long enough to be text.\n\n![Own](images/own.png)\n\n"
            + references.enumerated().map { "![Alt \($0.offset)](\($0.element))" }.joined(separator: "\n\n")
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(data: Data(markdown.utf8), name: "note.md", fileURL: URL(fileURLWithPath: root.path + "/article/note.md"))
        let article = try Converter().article(from: input, warnings: &warnings)
        #expect(article.resources.map(\.id) == ["images/own.png"])
        #expect(article.resources.allSatisfy { $0.data == Self.png })
        #expect(warnings.map(\.message) == references.map(Self.missing))
        // The alternative text stays for every refused image.
        let alts = article.body.compactMap { block -> String? in
            if case .figure(_, let alt, _) = block.kind { return alt } else { return nil }
        }
        #expect(alts == ["Own"] + references.indices.map { "Alt \($0)" })
    }

    @Test func savedPageImagesThroughLinksInItsFilesFolderAreRefused() throws {
        let root = try Self.tree()
        let html = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Page</title></head><body><article>
        <h1>Page</h1><p>A paragraph of the saved page, long enough to be the main content of it all.</p>
        <p>Another paragraph of the saved page, so that the extractor keeps the whole article.</p>
        <figure><img src="page_files/link.png" alt="Linked"></figure>
        <figure><img src="images/own.png" alt="Own"></figure>
        <figure><img src="file://\(root.path)/secret/secret.png" alt="File URL"></figure>
        </article></body></html>
        """
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(data: Data(html.utf8), name: "page.html", fileURL: URL(fileURLWithPath: root.path + "/article/page.html"))
        let article = try Converter().article(from: input, warnings: &warnings)
        #expect(article.resources.map(\.id) == ["images/own.png"])
        #expect(warnings.map(\.message).contains(Self.missing("page_files/link.png")))

        // Converted to HTML and EPUB, no byte of the secret is carried.
        let output = try TemporaryDirectory("confine-out")
        let batch = BatchConverter(converter: Converter(), options: BatchOptions(formats: ["html", "epub"], outputDirectory: output.path, jobs: 1, synchronizesAtEnd: false))
        let markdown = "Text of a note, long enough to be a paragraph.\n\n![x](../secret/secret.png)\n\n![y](outside/secret.png)\n"
        try root.write("article/note.md", markdown)
        let summary = batch.run([InputFile(displayPath: "note.md", path: root.path + "/article/note.md", relativePath: "note.md")], keepingOutcomes: true)
        #expect(summary.converted == 1)
        let html2 = try String(contentsOfFile: output.path + "/note.html", encoding: .utf8)
        #expect(!html2.contains(Self.png.base64EncodedString()))
        let names = ZipEntryHeader.headers(in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: output.path + "/note.epub")))).map(\.name)
        #expect(names.contains("mimetype"))
        #expect(!names.contains { $0.contains("images/") })
    }

    /// A folder on the way to an image can be swapped for a link after its path was checked:
    /// the file actually opened must still be inside the folder, and a final link is not
    /// followed at all. (These calls stand for the read that comes after a swap.)
    @Test func aFileSwappedForALinkAfterTheCheckIsNotRead() throws {
        let root = try Self.tree()
        let folder = try #require(FileInput.realPath(root.path + "/article"))
        #expect(try FileInput.contents(ofRealPath: folder + "/images/own.png", confinedTo: folder, limit: 1_000) == Self.png)
        // images/link.png is a link to the secret; article/outside a link to its folder.
        #expect(throws: ConversionError.self) { try FileInput.contents(ofRealPath: folder + "/images/link.png", confinedTo: folder, limit: 1_000) }
        #expect(throws: ConversionError.self) { try FileInput.contents(ofRealPath: folder + "/outside/secret.png", confinedTo: folder, limit: 1_000) }
    }
}

/// Values from JSON that end up in attributes and dates must be what they claim to be.
@Suite struct JSONValueValidationTests {
    static func decode(_ json: String) throws -> Article {
        var warnings: [ConversionWarning] = []
        return try Converter().article(from: ReaderInput(data: Data(json.utf8), name: "r.json"), warnings: &warnings)
    }

    static func record(block language: String = "en-GB", published: String = "2024-06-30") -> String {
        #"{"id": "r", "title": "T", "published": "\#(published)", "body": [{"type": "paragraph", "language": "\#(language)", "content": ["A paragraph of text."]}]}"#
    }

    @Test(arguments: [
        (#"x\" onmouseover=\"alert(1)"#, #"reading: at $.body[0].language: 'x" onmouseover="alert(1)' is not a BCP 47 language tag (such as en, ar or en-GB)"#),
        ("en US", "reading: at $.body[0].language: 'en US' is not a BCP 47 language tag (such as en, ar or en-GB)"),
        ("C", "reading: at $.body[0].language: 'C' is not a BCP 47 language tag (such as en, ar or en-GB)"),
    ])
    func aBlockLanguageMustBeABCP47Tag(language: String, message: String) {
        #expect { try Self.decode(Self.record(block: language)) } throws: { error in
            (error as? ConversionError)?.description == message
        }
    }

    @Test func aValidBlockLanguageIsKeptInItsConventionalForm() throws {
        let article = try Self.decode(Self.record(block: "en_gb"))
        #expect(article.body.first?.language == "en-GB")
    }

    @Test(arguments: [
        ("0000-01-01", "is outside the years 1 to 9999"), ("10000-01-01", "is outside the years 1 to 9999"),
        ("-0044-03-15", "is outside the years 1 to 9999"), ("+12345-01-01", "is outside the years 1 to 9999"),
        ("2024-02-30", "is not an ISO 8601 date"), ("yesterday", "is not an ISO 8601 date"),
    ])
    func datesOutsideTheYearsOneTo9999AreRefusedClearly(date: String, reason: String) {
        #expect { try Self.decode(Self.record(published: date)) } throws: { error in
            (error as? ConversionError)?.description == "reading: at $.published: '\(date)' \(reason)"
        }
    }

    @Test func datesAtTheEdgesAreKept() throws {
        #expect(try Self.decode(Self.record(published: "0001-01-01")).published?.description == "0001-01-01")
        #expect(try Self.decode(Self.record(published: "9999-12-31")).published?.description == "9999-12-31")
        #expect(WritingContext.fromEnvironment(["SOURCE_DATE_EPOCH": "253402300800"]).sourceDateEpoch == nil)
        #expect(WritingContext.fromEnvironment(["SOURCE_DATE_EPOCH": "253402300799"]).sourceDateEpoch == 253_402_300_799)
    }
}
