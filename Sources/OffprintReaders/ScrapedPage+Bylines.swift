/// Lines around a scraped article that are about it rather than of it: bylines, dates and
/// picture credits, which neither headline nor kicker nor body may be.
extension ScrapedPage {
    /// Whether the line is a byline such as "By Jane Doe" (in the languages Offprint knows).
    func isByline(_ line: ScrapedLine) -> Bool {
        guard line.words <= 40 else { return false }
        // The longest prefix is 11 characters: lower-casing the line's start is enough.
        let lowered = line.text.prefix(12).lowercased()
        return ScrapedPage.bylinePrefixes.contains { lowered.hasPrefix($0) }
    }

    /// Whether the line is a byline that keeps a line from being a headline candidate: a
    /// byline (`isByline`) whose next word is not in lower case. "Von der Leyen warnt …",
    /// "Por qué …" and "By the numbers: …" open headlines with a byline's word.
    func isBylineNotHeadline(_ line: ScrapedLine) -> Bool {
        guard isByline(line) else { return false }
        let lowered = line.text.prefix(12).lowercased()
        guard let prefix = ScrapedPage.bylinePrefixes.first(where: { lowered.hasPrefix($0) }), prefix.hasSuffix(" ") else { return true }
        let next = line.text.unicodeScalars.dropFirst(prefix.unicodeScalars.count).first { !$0.isAnyWhitespace }
        return !(next?.properties.isLowercase ?? false)
    }

    static let bylinePrefixes = ["by ", "par ", "von ", "por ", "di ", "door ", "av ", "af ", "автор", "بقلم", "كتب", "نویسنده", "מאת", "written by", "posted by", "text:", "text von"]

    /// Whether the line is mostly a date or a time stamp, its digits in any script
    /// (`١٢ أغسطس ٢٠٢٤`, `۱۴۰۳/۰۵/۲۲`, `２０２４年`).
    func isDateLine(_ line: ScrapedLine) -> Bool {
        guard line.words <= 12 else { return false }
        var digits = 0, wordCharacters = 0
        for scalar in line.text.unicodeScalars {
            if scalar.decimalDigitValue != nil { digits += 1 }
            if scalar.isWordCharacter { wordCharacters += 1 }
        }
        let letters = wordCharacters - digits
        return digits >= 4 && digits * 2 >= letters / 2
    }

    /// Words that open a picture credit when a colon or "by" follows them ("Foto: Jane Doe",
    /// "(Photos by Jane Doe)"), in the languages Offprint knows.
    static let creditWords: Set<String> = [
        "photo", "photos", "photograph", "image", "images", "picture", "pictures", "illustration", "credit", "credits",
        "source", "foto", "fotos", "bild", "bilder", "quelle", "grafik", "crédit", "crédits", "crédito", "créditos",
        "imagen", "immagine", "zdjęcie", "фото", "источник", "صورة", "الصورة", "المصدر", "عکس", "منبع", "צילום",
    ]

    /// Whether the line is a picture credit: a credit word followed by a colon or "by".
    static func isCredit(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex, scalars[start] == "(" || scalars[start] == "[" || scalars[start] == " " { start = scalars.index(after: start) }
        guard start < scalars.endIndex else { return false }
        if scalars[start] == "©" { return true }
        var end = start, letters = 0
        while end < scalars.endIndex, scalars[end].properties.isAlphabetic, letters <= 12 {
            end = scalars.index(after: end)
            letters += 1
        }
        guard letters >= 4, letters <= 12, end < scalars.endIndex else { return false }
        // What follows the word decides first; only then is the word looked up.
        var follows = false
        let next = scalars[end]
        if next == ":" || next == "：" {
            follows = true
        } else if next == " " {
            let rest = scalars[scalars.index(after: end)...]
            if rest.first == ":" {
                follows = true
            } else {
                let word = rest.prefix { $0.properties.isAlphabetic }
                follows = word.count <= 3 && ["by", "von", "par", "di", "por", "de"].contains(String(String.UnicodeScalarView(word)).lowercased())
            }
        }
        return follows && creditWords.contains(String(String.UnicodeScalarView(scalars[start..<end])).lowercased())
    }
}
