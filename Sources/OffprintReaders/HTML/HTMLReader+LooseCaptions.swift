import OffprintCore
extension HTMLReader {
    /// A paragraph longer than this is prose, whatever it ends with.
    static let longestLooseCaption = 300

    /// The words that label a picture's credit at the end of its caption (`Foto: AP`,
    /// `(Image: Getty)`), lower-cased, in the languages of the pages we read.
    static let creditLabels: Set<String> = [
        "photo", "photos", "foto", "fotos", "image", "images", "picture", "credit", "credits", "bild", "bilder",
        "bildquelle", "fotografía", "imagen", "crédito", "créditos", "immagine", "fotó", "zdjęcie", "фото",
        "kuva", "billede", "valokuva", "fotografie", "φωτογραφία", "φωτο",
    ]

    /// The blocks without paragraphs that are a picture's caption written as a paragraph of
    /// their own: short, and ending with the picture's credit (`..., Foto: LAT Images`,
    /// `... (Image: GETTY)`, `... © BELGA`). A caption inside a `<figure>` stays the figure's.
    static func removingLooseCaptions(_ blocks: [Block]) -> [Block] {
        blocks.filter { block in
            guard case .paragraph(let inlines) = block.kind else { return true }
            return !endsWithCredit(inlines.plainText)
        }
    }

    /// Whether `text` is short and ends with a credit: a credit label and a colon, or a
    /// copyright sign, followed by a name (not a year, not another sentence).
    static func endsWithCredit(_ text: String) -> Bool {
        // At most four bytes a character: longer text is prose without counting its characters.
        guard text.utf8.count < longestLooseCaption * 4 else { return false }
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count < longestLooseCaption, !trimmed.isEmpty else { return false }
        let tail = trimmed.suffix(90)
        // The name after the marker: a few words, no sentence ending inside it.
        func isName(_ name: Substring) -> Bool {
            let name = name.trimmingWhitespace()
            guard name.count >= 2, let first = name.first, !first.isNumber else { return false }
            return !name.contains(". ") && !name.hasSuffix("?") && !name.hasSuffix("!")
        }
        if let sign = tail.lastIndex(of: "©") {
            return isName(tail[tail.index(after: sign)...])
        }
        guard let colon = tail.lastIndex(of: ":") else { return false }
        let label = tail[..<colon].reversed().prefix { $0.isLetter }
        guard !label.isEmpty, creditLabels.contains(String(label.reversed()).lowercased()) else { return false }
        return isName(tail[tail.index(after: colon)...])
    }
}
