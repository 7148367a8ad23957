import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

/// Pages saved as one file carry their images as `data:` URLs: those become typed,
/// deduplicated resources, and no output carries the URLs themselves.
@Suite struct DataURLImageTests {
    /// A real PNG (EPUBCheck opens images): the saved-page example's chart.
    static let png = (try? Data(contentsOf: MHTMLReaderTests.chart)) ?? Data()
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script><rect width="4" height="4" onclick="x()"/></svg>"#

    static var page: String {
        let pngURL = "data:image/jpeg;base64," + png.base64EncodedString()  // declared JPEG, bytes PNG
        let svgURL = "data:image/svg+xml;charset=utf-8," + (svg.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return """
            <!DOCTYPE html><html lang="en"><head><title>Saved as one file</title></head><body><article>
            <p>\(MHTMLReaderTests.prose)</p>
            <figure><img src="\(pngURL)" alt="Chart"><figcaption>The chart.</figcaption></figure>
            <p>\(MHTMLReaderTests.prose)</p>
            <figure><img src="\(pngURL)" alt="The chart again"></figure>
            <figure><img src="\(svgURL)" alt="Drawing"></figure>
            <figure><img src="data:image/png;base64,@@@@" alt="Broken"></figure>
            <figure><img src="data:text/plain,hello" alt="Not an image"></figure>
            </article></body></html>
            """
    }

    static func article() throws -> (Article, [String]) {
        var warnings: [ConversionWarning] = []
        let article = try Converter().article(from: ReaderInput(data: Data(page.utf8), name: "single-file.html"), warnings: &warnings)
        return (article, warnings.map(\.message))
    }

    @Test func dataImagesBecomeTypedDeduplicatedResources() throws {
        let (article, warnings) = try Self.article()
        #expect(article.resources.map(\.id) == ["images/image-1.png", "images/image-2.svg"])
        #expect(article.resources.map(\.mediaType) == ["image/png", "image/svg+xml"])
        #expect(article.resources.first?.data == Self.png)
        #expect(article.resources.last?.data == Data(Self.svg.utf8))
        let figures = article.body.compactMap { block -> String? in
            if case .figure(let image, _, _) = block.kind { return image } else { return nil }
        }
        #expect(figures == ["images/image-1.png", "images/image-1.png", "images/image-2.svg"])
        // What could not be decoded is its alternative text, never the URL.
        #expect(article.body.map(\.plainText).contains("Broken"))
        #expect(article.body.map(\.plainText).contains("Not an image"))
        #expect(warnings == [
            "a data: image could not be decoded; its alternative text is kept",
            "a data: image is not a JPEG, PNG, GIF, WebP or SVG image; its alternative text is kept",
        ])
    }

    @Test func jsonCarriesEachImageOnceAndNoDataURL() throws {
        let (article, _) = try Self.article()
        let json = JSONWriter.record(article, pretty: true)
        #expect(!json.contains("data:"))
        #expect(json.components(separatedBy: Self.png.base64EncodedString()).count == 2)
    }

    @Test func jsonWithImagesDroppedHasNoBase64AtAll() throws {
        let (article, _) = try Self.article()
        let writer = try JSONWriter().configured(with: ["images": ["drop"]])
        let json = String(decoding: try writer.write(article, context: .default), as: UTF8.self)
        #expect(!json.contains(Self.png.base64EncodedString()))
        #expect(!json.contains("\"data\""))
        let record = try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        #expect(record.resources.map(\.id) == ["images/image-1.png", "images/image-2.svg"])
        #expect(record.resources.allSatisfy { $0.data == nil })
        let line = String(decoding: try JSONLinesWriter().configured(with: ["images": ["drop"]]).write(article, context: .default), as: UTF8.self)
        #expect(!line.contains("\"data\""))
    }

    @Test func imagesAreFilesInTheEPUBAndSVGIsSanitised() async throws {
        let (article, _) = try Self.article()
        let folder = try TemporaryDirectory("data-url")
        let book = try folder.write("book.epub", data: try EPUBWriter().write(article, context: .default))
        let names = await EPUBTestReading.names(of: book)
        #expect(names.contains { $0.contains("images/") && $0.hasSuffix("/image-1.png") })
        let svgName = try #require(names.first { $0.contains("images/") && $0.hasSuffix("/image-2.svg") })
        let drawing = await EPUBTestReading.text(of: book, entry: svgName)
        #expect(drawing.contains("<rect"))
        #expect(!drawing.contains("script") && !drawing.contains("onclick"))
        let chapter = try #require(names.first { $0.hasSuffix(".xhtml") && $0.contains("chapter") })
        #expect(!(await EPUBTestReading.text(of: book, entry: chapter)).contains("data:"))
    }

    @Test func decodedSizesAreBoundedBeforeDecoding() {
        let big = "data:image/png;base64," + String(repeating: "AAAA", count: 1_000)
        #expect(DataURL.bytes(of: Substring(big), limit: 2_000) == .failure(.tooLarge(bytes: 3_000)))
        #expect(DataURL.bytes(of: Substring("data:image/svg+xml," + String(repeating: "a", count: 7_000)), limit: 2_000) == .failure(.tooLarge(bytes: 2_333)))
        #expect(DataURL.bytes(of: "data:image/png;base64", limit: 10) == .failure(.malformed))
        #expect(DataURL.bytes(of: "data:,%3Csvg%3E", limit: 10) == .success(Data("<svg>".utf8)))
    }
}
