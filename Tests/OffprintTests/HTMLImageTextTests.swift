import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintPlatform
@testable import OffprintReaders

/// An image's `alt` is kept as its description, unless it is only the file name a CMS put there.
@Suite struct HTMLImageTextTests {
    static func alt(_ value: String) -> String {
        DOMBlockConverter.alternativeText(DOMNode(element: "img", attributes: ["src": "a.jpg", "alt": value]))
    }

    @Test func fileNamesAreNoDescription() {
        #expect(Self.alt("milano-design-week-2018-flos-arrangements-01") == "")
        #expect(Self.alt("IMG_2041") == "")
        #expect(Self.alt("photo.JPG") == "")
    }

    @Test func wordsAndSentencesStay() {
        #expect(Self.alt("Coca-Cola") == "Coca-Cola")
        #expect(Self.alt("The town hall at night") == "The town hall at night")
        #expect(Self.alt("Logo") == "Logo")
        #expect(Self.alt("東京-大阪-2018") == "東京-大阪-2018")
        #expect(Self.alt("مبنى-البلدية") == "مبنى-البلدية")
    }
}
