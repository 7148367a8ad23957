import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintReaders

/// A picture's caption written as a paragraph of its own, recognised by the credit it ends with.
@Suite struct HTMLLooseCaptionTests {
    @Test(arguments: [
        ("Alex Lowes had a strong season, Foto: LAT Images", true),
        ("A 14th century plague doctor (Image: GETTY)", true),
        ("Verlinden tijdens de coronacrisis. — © BELGA", true),
        ("Die Karte zeigt die Ausbreitung der Rauchwolke | Bildquelle: EU-Kommission", true),
        ("Фото: Иван Петров", true),
        ("The oxygen bar charges by the minute. (Photo Credit : PTI File Photo )", true),
        ("Des pompiers devant la mairie. Photo : Jeanne Martin", true),
        ("Le maire a répondu : nous verrons", false),
        ("The council met on Tuesday, and the mayor spoke first.", false),
        ("Linux usability, or why do I bother. © 2002, 2003 Jamie Zawinski", false),
        ("The photographer explained the picture: it was taken at dawn. Then the light changed.", false),
        ("Photo: the new bridge. It opens on Monday, and the old one will be pulled down next spring.", false),
    ])
    func creditsEndCaptions(text: String, isCaption: Bool) {
        #expect(HTMLReader.endsWithCredit(text) == isCaption)
    }

    @Test func aLongParagraphEndingWithACreditIsProse() {
        let prose = String(repeating: "The council debated the budget for a long time. ", count: 7) + "Photo: Ann Lee"
        #expect(!HTMLReader.endsWithCredit(prose))
    }

    @Test func looseCaptionsAreLeftOutAndFigureCaptionsStay() throws {
        let paragraphs = HTMLContainerChoiceTests.paragraphs + [
            "The library will stay open late on election night, the council said, so that voters can follow the count on its screens.",
            "Results from the four wards are expected before midnight, and the new council meets for the first time next month.",
        ]
        let html = HTMLReaderTests.page(head: "<title>Budget</title>", body: """
        <article><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p>
        <div class="photo"><img src="hall.jpg" alt=""><p>The town hall on Tuesday evening. Photo: Ann Lee</p></div>
        <p>\(paragraphs[2])</p><p>\(paragraphs[3])</p>
        <figure><img src="map.png" alt=""><figcaption>The new ward boundaries. Foto: City archive</figcaption></figure>
        <p>\(paragraphs[4])</p><p>\(paragraphs[5])</p></article>
        """)
        let (article, _) = try HTMLReaderTests.read(html)
        let text = article.body.map(\.plainText)
        #expect(text.filter { paragraphs.contains($0) } == paragraphs)
        #expect(!text.contains { $0.contains("Ann Lee") })
        #expect(text.contains("The new ward boundaries. Foto: City archive"))
    }
}
