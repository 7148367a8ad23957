extension ScrapedPage {
    /// How far above the body a headline may be, in lines.
    static let headlineSearchDistance = 12

    /// The index of the headline: the nearest headline-like line above the body, skipping
    /// bylines, dates and furniture.
    func headlineIndex(above bodyStart: Int) -> Int? {
        var index = bodyStart - 1
        let limit = max(0, bodyStart - ScrapedPage.headlineSearchDistance)
        while index >= limit {
            let line = lines[index]
            if !line.isBlank, line.furniture == nil, isHeadlineLike(line), !isByline(line), !isDateLine(line) {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// A headline has a few words and does not read as running text.
    func isHeadlineLike(_ line: ScrapedLine) -> Bool {
        guard line.words >= 2, line.words <= 40 else { return false }
        let last = line.text.unicodeScalars.last(where: { !$0.isAnyWhitespace })
        return last != ":" && last != "|"
    }

    /// The index of the kicker (section line) just above the headline, if there is one.
    func kickerIndex(above headline: Int) -> Int? {
        var index = headline - 1
        while index >= 0, index >= headline - 3 {
            let line = lines[index]
            if !line.isBlank {
                guard line.furniture == nil, !line.isSentenceLike, line.words <= 8, line.text.count <= 80 else { return nil }
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether the line is a byline such as "By Jane Doe" (in the languages Offprint knows).
    func isByline(_ line: ScrapedLine) -> Bool {
        guard line.words <= 40 else { return false }
        let lowered = line.text.lowercased()
        return ScrapedPage.bylinePrefixes.contains { lowered.hasPrefix($0) }
    }

    static let bylinePrefixes = ["by ", "par ", "von ", "por ", "di ", "door ", "av ", "af ", "автор", "بقلم", "كتب", "نویسنده", "מאת", "written by", "posted by", "text:", "text von"]

    /// Whether the line is mostly a date or a time stamp.
    func isDateLine(_ line: ScrapedLine) -> Bool {
        guard line.words <= 12 else { return false }
        let digits = line.text.unicodeScalars.filter { $0.properties.numericType != nil }.count
        let letters = line.text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        return digits >= 4 && digits * 2 >= letters / 2
    }
}
