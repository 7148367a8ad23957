/// Lines inside the body's range that are the page's, not the article's, and that the text
/// reader leaves out of the body: pictures' credits and captions with credits, bare addresses,
/// a text printed twice, a gallery's counter, a byline, a time stamp, a formula's pieces.
extension ScrapedPage {
    /// Whether the line, inside the body's range, is no part of the article's text.
    func isBodyFurniture(_ line: ScrapedLine) -> Bool {
        ScrapedPage.isPictureCredit(line) || ScrapedPage.isBareAddress(line.text) || ScrapedPage.isDoubled(line.text)
            || (line.words <= ScrapedPage.galleryCounterWords && ScrapedPage.isGalleryCounter(line.text))
            || (line.words <= ScrapedPage.bylineWords && !line.isSentenceLike && isByline(line))
            || ScrapedPage.isTimestamp(line) || ScrapedPage.isFormula(line)
    }

    /// Words that open a publication or update time stamp ("Published 10:02 AM EST Nov 19,
    /// 2019", "Stand: 28. April 2023"), in the languages Offprint knows.
    static let timestampWords: Set<String> = [
        "published", "updated", "posted", "modified", "veröffentlicht", "aktualisiert", "stand", "publié", "publiée",
        "publicado", "publicada", "actualizado", "atualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt",
        "publisert", "oppdatert", "publicerad", "uppdaterad", "opublikowano", "aktualizacja", "publikacja", "опубликовано",
        "обновлено", "yayınlanma", "güncelleme",
        // Arabic, Persian, Hebrew and Urdu: "نشر في", "آخر تحديث", "تاريخ النشر", "تاریخ انتشار",
        // "آخرین به‌روزرسانی", "פורסם", "עודכן", "شائع", "اپ ڈیٹ" (the second word is enough).
        "نشر", "نُشر", "النشر", "تحديث", "التحديث", "انتشار", "منتشر", "به‌روزرسانی", "بروزرسانی", "פורסם",
        "עודכן", "شائع", "ڈیٹ", "اپڈیٹ",
    ]

    /// The most words a time stamp has.
    static let timestampLineWords = 14.0

    /// Whether the line is a publication or update time stamp: a time-stamp word (after at most
    /// one other, "Sist oppdatert", "Last updated"), in a short line of which a quarter of the
    /// words hold digits (a sentence that opens "Published in 2019, the report…" has fewer).
    static func isTimestamp(_ line: ScrapedLine) -> Bool {
        guard line.words <= timestampLineWords, containsDigit(line.text) else { return false }
        let words = line.text.split(whereSeparator: { $0 == " " || $0 == ":" })
        guard words.prefix(2).contains(where: { timestampWords.contains($0.lowercased()) }) else { return false }
        let numbers = words.count { $0.unicodeScalars.contains { $0.decimalDigitValue != nil } }
        return numbers * 4 >= words.count
    }

    /// Whether the text holds a decimal digit of any script; a line of ASCII is scanned as
    /// bytes (this is asked of the body's short lines).
    static func containsDigit(_ text: Substring) -> Bool {
        var isASCII = true
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) { return true }
            if byte >= 0x80 { isASCII = false }
        }
        return !isASCII && text.unicodeScalars.contains { $0.decimalDigitValue != nil }
    }

    /// The most words a byline left out of the body has: "By Jane Doe and John Roe, Foreign Desk".
    static let bylineWords = 8.0

    /// Whether the line is one text printed twice with a space between ("Jane Roe Jane Roe",
    /// "Headline Headline"): a teaser's or an author box's image text and link text glued.
    static func isDoubled(_ text: Substring) -> Bool {
        let bytes = text.utf8
        let count = bytes.count
        guard count >= 7, count % 2 == 1 else { return false }
        let middle = bytes.index(bytes.startIndex, offsetBy: count / 2)
        guard bytes[middle] == 0x20 else { return false }
        return bytes[..<middle].elementsEqual(bytes[bytes.index(after: middle)...])
    }

    /// The most words a gallery's counter has ("Image 1 of 5").
    static let galleryCounterWords = 5.0

    /// Whether the line is a gallery's counter: "3 / 12", "Image 1 of 5", "1of4", a picture
    /// word aside, two numbers and "of" or a slash between them, and nothing else.
    static func isGalleryCounter(_ text: Substring) -> Bool {
        guard text.utf8.count <= 40, text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        var words = text.lowercased().split { $0 == " " || $0 == "\u{A0}" }.map(String.init)
        guard words.count <= 5 else { return false }
        if let first = words.first, ["image", "photo", "picture", "slide", "bild", "foto"].contains(first) { words.removeFirst() }
        let joined = words.joined()
        for separator in ["of", "/", "von", "de", "sur", "di"] {
            let parts = joined.components(separatedBy: separator)
            if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a >= 0, b > 0 { return true }
        }
        return false
    }

    /// Whether the line is one web address and nothing else ("https://example.com/a.jpg",
    /// "www.example.com"): an image's or a page's address printed by a widget or the metadata.
    static func isBareAddress(_ text: Substring) -> Bool {
        // Bytes only: this is asked of every line of the body.
        let bytes = text.utf8.drop { $0 == 0x20 || $0 == 0x09 }
        let word = bytes.prefix { $0 != 0x20 && $0 != 0x09 }
        guard bytes.dropFirst(word.count).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return false }
        let lowered = word.prefix(8).map { $0 | 0x20 }
        return lowered.starts(with: "http://".utf8) || lowered.starts(with: "https://".utf8) || lowered.starts(with: "www.".utf8)
    }

    /// The most words a credit line ("Photo: Jane Doe/Agency") has; a paragraph may open with
    /// "© Agency." and run on.
    static let creditLineWords = 20.0

    /// The most words a credit at the end of a caption has after its label.
    static let captionCreditWords = 8

    /// Whether the line is a picture's credit or its caption with the credit: a credit line
    /// ("Foto: Jane Doe", "© Jane Doe"), or a caption that ends with "©" or a credit label and
    /// a few words of names ("Smoke over the roofs. Photo: Jane Doe/Agency").
    /// An article's paragraph neither opens nor ends so.
    static func isPictureCredit(_ line: ScrapedLine) -> Bool {
        guard !line.isBlank, line.words <= 60 else { return false }
        if line.words <= creditLineWords, isCredit(line.text) { return true }
        // "… © Jane Doe/Agency": a few words after the sign; a paragraph may open with one.
        // (The sign is U+00A9, bytes C2 A9; a colon is 3A, a full-width one EF BC 9A.)
        // Both are looked for in the line's end: a credit is never far from it.
        let tail = line.text.utf8.suffix(160)
        if tail.contains(0xA9), let sign = line.text.unicodeScalars.lastIndex(of: "©") {
            return line.text.unicodeScalars[line.text.unicodeScalars.index(after: sign)...].split(whereSeparator: \.isAnyWhitespace).count <= captionCreditWords
        }
        return tail.contains(where: { $0 == 0x3A || $0 == 0x9A }) && hasTrailingCredit(line.text)
    }

    /// Whether the text ends with a credit label, a colon and a few words, the label opening
    /// the text or following a space, a bracket or a bar.
    static func hasTrailingCredit(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars.suffix(160))
        var index = scalars.count - 1
        var wordsAfter = 0, inWord = false
        while index > 0 {
            let scalar = scalars[index]
            if scalar == ":" || scalar == "：" {
                // The word before the colon (a space between them allowed), and what precedes it.
                var end = index
                if end > 0, scalars[end - 1] == " " { end -= 1 }
                var start = end
                while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
                if start < end, start == 0 || " (|[/–-".unicodeScalars.contains(scalars[start - 1]) {
                    let word = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
                    if CaptionCreditLabels.words.contains(word) { return wordsAfter >= 1 }
                }
            }
            if scalar.isAnyWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                wordsAfter += 1
                if wordsAfter > captionCreditWords { return false }
            }
            index -= 1
        }
        return false
    }
}
