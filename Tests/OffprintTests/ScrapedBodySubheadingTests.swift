import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintCleanup

/// A subheading over the article's prose that follows a line of a headline's shape (a caption
/// ending with a credit and no stop, another subheading) is the article's, not the second
/// headline of a teaser box. Hand-written dumps in the shape such pages have.
@Suite struct ScrapedBodySubheadingTests {
    static let paragraphs = [
        "The old mountain lodge reopened on Friday after a two-year restoration that replaced most of its guest rooms.",
        "Owners said the work cost more than planned because the fire had damaged the roof of the main building badly.",
        "A new spa now stands by the lake, where guests can take a cold plunge and then warm up in a wood-fired sauna.",
        "Prices start at two hundred a night in the low season, and rooms for the summer are already mostly booked out.",
    ]

    static func page(between box: String) -> String {
        """
        Mountain lodge reopens after restoration

        \(paragraphs[0])

        \(paragraphs[1])

        \(box)

        \(paragraphs[2])

        \(paragraphs[3])
        """
    }

    /// A caption whose credit follows its stop, then a subheading over prose: the caption (a
    /// line of a headline's shape) goes, the subheading stays.
    @Test func subheadingUnderACaptionStays() throws {
        let (article, _) = try Fixtures.read(Self.page(between: "The golf course was restored during the works. Supplied\n\nWellness in the wilderness"))
        let body = article.body.map(\.plainText)
        #expect(body.contains("Wellness in the wilderness"))
        #expect(body.filter { Self.paragraphs.contains($0) } == Self.paragraphs)
    }

    /// The same in German, and with a question as the subheading.
    @Test(arguments: ["Luftbild des Hotels nach dem Umbau. Foto Archiv\n\nWas sich für Gäste ändert", "Dining options at the lodge\n\nWhy did the works take so long?"])
    func subheadingOverProseStays(box: String) throws {
        let (article, _) = try Fixtures.read(Self.page(between: box))
        let subheading = String(box.split(separator: "\n").last!)
        #expect(article.body.map(\.plainText).contains(subheading))
    }

    /// A subheading with no blank line around it (a share row's or a form's last label), a long
    /// second headline, and three headlines in a row are still a box.
    @Test(arguments: [
        "Harbour fees to rise for the first time in ten years\nWellness in the wilderness",
        "Harbour fees to rise for the first time in ten years\n\nNew lights planned for the old lighthouse pier this summer",
        "Harbour fees to rise for the first time in ten years\n\nNew lights for the old pier\n\nWellness in the wilderness",
    ])
    func boxesStayBoxes(box: String) throws {
        let (article, _) = try Fixtures.read(Self.page(between: box))
        #expect(article.body.map(\.plainText) == Self.paragraphs)
    }
}
