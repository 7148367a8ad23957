import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

/// MHTML files: the page's HTML part read as a saved page, its images from the file's own parts.
@Suite struct MHTMLReaderTests {
    static let fixture = Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures/mhtml/saved-page.mhtml")
    static let chart = Paths.examples.appending(path: "saved-page/مكتبة_files/chart.png")
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 7, count: 24)
    static let prose = String(repeating: "A paragraph long enough to be article text, with commas, clauses, and a full stop. ", count: 4)

    static func read(_ text: String, name: String = "page.mhtml", fileURL: URL? = nil) throws -> (Article, [String]) {
        var warnings: [ConversionWarning] = []
        let article = try Converter().article(from: ReaderInput(data: Data(text.utf8), name: name, fileURL: fileURL), warnings: &warnings)
        return (article, warnings.map(\.message))
    }

    /// A page with a relative image, a `cid:` image and a missing one, its HTML part in base64.
    static func handWritten(html: String? = nil) -> String {
        let page = html ?? """
            <!DOCTYPE html><html lang="en"><head><title>Hand-made snapshot</title></head><body><article>
            <p>\(prose)</p><img src="images/one.png" alt="First"><img src="cid:two@example" alt="Second">
            <img src="images/missing.png" alt="Missing"><p>\(prose)</p></article></body></html>
            """
        return [
            "From: <Saved by a test>",
            "Snapshot-Content-Location: https://example.org/articles/page.html",
            "MIME-Version: 1.0",
            "Content-Type: multipart/related;",
            "\ttype=\"text/html\"; boundary=\"=_boundary_1\"",
            "",
            "Preamble that MIME readers ignore.",
            "--=_boundary_1",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "Content-Location: https://example.org/articles/page.html",
            "",
            Data(page.utf8).base64EncodedString(options: .lineLength76Characters),
            "--=_boundary_1",
            "Content-Type: image/png",
            "Content-Transfer-Encoding: base64",
            "Content-Location: https://example.org/articles/images/one.png",
            "",
            png.base64EncodedString(),
            "--=_boundary_1",
            "Content-Type: image/jpeg",  // declared wrongly: the bytes say PNG
            "Content-Transfer-Encoding: base64",
            "Content-ID: <two@example>",
            "",
            (png + Data([1])).base64EncodedString(),
            "--=_boundary_1--",
            "",
        ].joined(separator: "\r\n")
    }

    @Test func aChromiumSnapshotReadsAsTheSavedPageWithItsImageFromTheParts() throws {
        var warnings: [ConversionWarning] = []
        let data = try Data(contentsOf: Self.fixture)
        // No folder: whatever images the article has came from inside the file.
        let article = try Converter().article(from: ReaderInput(data: data, name: "saved-page.mhtml"), warnings: &warnings)
        #expect(article.title == "مكتبة رقمية تحفظ أرشيف الأمطار")
        #expect(article.language == "ar")
        #expect(article.direction == .rightToLeft)
        #expect(article.authors == ["ليلى حداد"])
        #expect(article.published?.description == "2024-07-02T09:15:00+03:00")
        #expect(article.source.url == "https://example.org/ar/rain-archive")
        #expect(article.resources.map(\.id) == ["images/chart.png"])
        #expect(article.resources.first?.mediaType == "image/png")
        #expect(article.resources.first?.data == (try Data(contentsOf: Self.chart)))
        #expect(warnings.isEmpty, "\(warnings)")
        // The page's furniture (navigation, cookie banner, footer) is gone, as for the saved HTML.
        let text = article.body.map(\.plainText).joined(separator: "\n")
        #expect(!text.contains("ملفات تعريف الارتباط"))
        #expect(data.count < 200_000)
    }

    /// The fixture can be made again: the script drives Chromium to a snapshot that reads as
    /// the committed one does.
    @Test(.tags(.chromium), .slow) func theCaptureScriptMakesTheSameSnapshot() async throws {
        let folder = try TemporaryDirectory("capture")
        let output = folder.path + "/again.mhtml"
        let script = Paths.packageRoot.appending(path: "Scripts/mhtml/capture-snapshot.py").path
        let page = Paths.examples.appending(path: "saved-page/مكتبة.html").path
        let run = try await ExternalProcess.run("python3", [script, page, output])
        #expect(run.status == 0, "\(run.error)")
        var warnings: [ConversionWarning] = []
        let again = try Converter().article(from: ReaderInput(data: try Data(contentsOf: URL(fileURLWithPath: output)), name: "saved-page.mhtml"), warnings: &warnings)
        let committed = try Converter().article(from: ReaderInput(data: try Data(contentsOf: Self.fixture), name: "saved-page.mhtml"), warnings: &warnings)
        #expect(again == committed)
        #expect(warnings.isEmpty)
    }

    @Test func imagesResolveByLocationAndContentIDAndNeverFromDisk() throws {
        // A file with the missing image's name beside the input is not read.
        let folder = try TemporaryDirectory("mhtml")
        try folder.write("images/missing.png", data: Self.png)
        let (article, warnings) = try Self.read(Self.handWritten(), fileURL: URL(fileURLWithPath: folder.path + "/page.mhtml"))
        #expect(article.title == "Hand-made snapshot")
        #expect(article.resources.map(\.id) == ["images/one.png", "images/two-example.png"])
        #expect(article.resources.map(\.mediaType) == ["image/png", "image/png"])
        #expect(article.resources.last?.data == Self.png + Data([1]))
        #expect(warnings == ["image images/missing.png is not among the file's parts; its alternative text is kept"])
    }

    @Test func quotedPrintableSoftBreaksAndEscapesDecode() {
        #expect(String(decoding: QuotedPrintable.decode(Array("caf=C3=A9 =\r\nlong=\nline =3D x =ZZ".utf8)), as: UTF8.self) == "café longline = x =ZZ")
    }

    @Test(arguments: [
        ("From: a\r\nContent-Type: text/html\r\n\r\n<p>x</p>", "not an MHTML file: its Content-Type is 'text/html', not multipart/related"),
        ("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nbody", "the MHTML file's Content-Type names no boundary between its parts"),
        ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\nno parts here", "the MHTML file's boundary 'b' never occurs: the file is cut short or not MHTML"),
        ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n", "the MHTML file has no text/html part (its parts: image/png)"),
    ])
    func malformedFilesSayWhatIsWrong(text: String, message: String) {
        #expect(throws: ConversionError.self) { try Self.read(text) }
        do {
            _ = try Self.read(text)
        } catch let error as ConversionError {
            #expect(error.reason.description == message)
            #expect(error.stage == .reading)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aPartThatCannotBeDecodedIsAWarningNamingIt() throws {
        let broken = Self.handWritten().replacingOccurrences(
            of: "base64\r\nContent-Location: https://example.org/articles/images/one.png",
            with: "uuencode\r\nContent-Location: https://example.org/articles/images/one.png")
        let (article, warnings) = try Self.read(broken)
        #expect(article.resources.map(\.id) == ["images/two-example.png"])
        #expect(warnings.first == "MHTML part https://example.org/articles/images/one.png: unknown transfer encoding 'uuencode'; the part is left out")
    }

    @Test func partsBeyondTheLimitAreLeftOutWithAWarning() throws {
        let page = "<html><body><article><p>\(Self.prose)</p></article></body></html>"
        let text = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n\(page)\r\n"
            + String(repeating: "--b\r\n\r\n", count: MHTMLDocument.maximumParts + 5) + "--b--\r\n"
        let (article, warnings) = try Self.read(text)
        #expect(article.body.count == 1)
        #expect(warnings == ["the MHTML file has \(MHTMLDocument.maximumParts + 6) parts; only the first \(MHTMLDocument.maximumParts) are read"])
    }

    @Test func sniffingKnowsMHTMLFromTextWithHeaderLines() throws {
        let registry = FormatRegistry.standard
        #expect(registry.reader(forFileNamed: "snapshot", content: try Data(contentsOf: Self.fixture))?.format == "mhtml")
        #expect(registry.reader(forFileNamed: "snapshot", content: Data(Self.handWritten().utf8))?.format == "mhtml")
        #expect(registry.reader(forFileNamed: "page.mht", content: Data())?.format == "mhtml")
        for text in ["From: Laila\nSubject: rain\n\nThe notes in the margins.", "Title: A note\nAuthor: Laila\n\nBody text."] {
            #expect(registry.reader(forFileNamed: "note", content: Data(text.utf8))?.format == "txt", "\(text)")
        }
    }
}
