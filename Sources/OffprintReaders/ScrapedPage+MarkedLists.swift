extension ScrapedPage {
    /// The fewest lines in a row, each opening with the same list marker, that make a list the
    /// author wrote out: two such lines may be a dialogue or a pair of quotes.
    static let markedListLength = 3

    /// How much of its words a line of a marked list weighs for the article: as much as a long
    /// line that reads as no sentence.
    static let markedListShare = 0.5

    /// The bullets an author types at the start of a list's lines ("+ Added …", "• …", "- …").
    /// A dump prints no bullet for a page's own list elements, so a typed one is the text's.
    static let listBullets: Set<Unicode.Scalar> = ["+", "*", "•", "-", "–", "·", "▪", "►", "◦", "‣", "○", "●"]

    /// The longest ordinal that opens a list's line ("12a", "3.", "١-").
    static let ordinalMarkerLength = 6

    /// The marker a line opens with, as a shape that the lines of one list share: any typed
    /// bullet is "•"; an ordinal ("1.", "2)", "3a", "١-") is its characters with every digit as
    /// "#". A bare number ("2024 was …", "3 people …") is no marker, nor is a line without a
    /// space after its first word.
    static func listMarker(of line: ScrapedLine) -> String? {
        guard !line.isBlank else { return nil }
        // Bytes first: most lines open with a letter, which no marker does. A marker opens with
        // an ASCII digit or bullet, or a scalar beyond ASCII (a bullet or a digit of another script).
        guard let lead = line.text.utf8.first(where: { $0 != 0x20 }),
              lead >= 0x80 || (0x30...0x39).contains(lead) || lead == 0x2B || lead == 0x2A || lead == 0x2D else { return nil }
        let text = line.text.drop { $0 == " " || $0 == "\u{A0}" }
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\u{A0}" }) else { return nil }
        let first = text[..<space]
        if first.unicodeScalars.count == 1, let scalar = first.unicodeScalars.first, listBullets.contains(scalar) { return "•" }
        guard first.count <= ordinalMarkerLength, first.first?.isNumber == true, first.contains(where: { !$0.isNumber }) else { return nil }
        return String(first.map { $0.isNumber ? "#" : $0 })
    }

    /// Whether each line is in a list the author wrote out (`marked`): `markedListLength` or
    /// more lines in a row (no blank line between them), each of two words or more, opening
    /// with the same marker. A page whose article is such a list (release notes, a calendar of
    /// races) has no paragraph to find it by; a menu's or teaser list's lines carry no typed
    /// markers. And whether it is in such a list whose lines all say the same word after their
    /// marker (`counted`: "1a etapa: 10 de março – …", "2a etapa: …"; "1. Tag: …", "2. Tag: …"):
    /// the rows of a calendar or a schedule, one field after another. Other stories'
    /// headlines, numbered in a box of the most read, share their marker's shape but not the
    /// word after it. One pass over the lines; the page keeps both masks.
    static func markedListMasks(of lines: [ScrapedLine]) -> (marked: [Bool], counted: [Bool]) {
        var marked = [Bool](repeating: false, count: lines.count)
        var counted = marked
        var run: [Int] = []
        var marker: String?
        func close() {
            if run.count >= ScrapedPage.markedListLength {
                let isCounted = ScrapedPage.shareWordAfterMarker(run.map { lines[$0] })
                for index in run {
                    marked[index] = true
                    counted[index] = isCounted
                }
            }
            run = []
        }
        for index in lines.indices {
            let line = lines[index]
            guard !line.isBlank else {
                close()
                marker = nil
                continue
            }
            let lineMarker = line.words >= 2 ? ScrapedPage.listMarker(of: line) : nil
            if let lineMarker, lineMarker == marker {
                run.append(index)
                continue
            }
            close()
            marker = lineMarker
            if lineMarker != nil { run = [index] }
        }
        close()
        return (marked, counted)
    }

    /// Whether the lines, each opening with a marker, all say the same word after it (compared
    /// without case and without a colon or stop that ends it).
    static func shareWordAfterMarker(_ run: [ScrapedLine]) -> Bool {
        let words = run.map { line -> Substring? in
            let parts = line.text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).prefix(2)
            guard parts.count == 2 else { return nil }
            var word = parts[parts.startIndex + 1]
            while let last = word.last, ":.;,)–-".contains(last) { word = word.dropLast() }
            return word
        }
        guard let first = words.first ?? nil, !first.isEmpty else { return false }
        return words.allSatisfy { $0.map { $0.lowercased() == first.lowercased() } ?? false }
    }
}
