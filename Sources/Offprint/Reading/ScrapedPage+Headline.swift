extension ScrapedPage {
    /// How far above the body a headline may be, in non-blank lines.
    static let headlineSearchDistance = 40

    /// The index of the headline: the best-scoring headline-like line above the body, skipping
    /// bylines, dates and furniture (see `headlineScore`).
    func headlineIndex(above bodyStart: Int, body: ClosedRange<Int>) -> Int? {
        let vocabulary = Vocabulary(lines[body].map(\.text))
        var best: (score: Double, index: Int)?
        var distance = 0
        var index = bodyStart - 1
        var looked = 0
        while index >= 0, distance < ScrapedPage.headlineSearchDistance, looked < ScrapedPage.headlineSearchDistance * 3 {
            looked += 1
            let line = lines[index]
            index -= 1
            guard !line.isBlank else { continue }
            // Short lines (menus, share links, tags) between headline and body do not count as distance.
            if line.words >= 4 { distance += 1 }
            guard line.furniture == nil, isHeadlineLike(line), !isByline(line), !isDateLine(line) else { continue }
            let score = headlineScore(line, distance: distance, vocabulary: vocabulary)
                + (isFollowedByBylineOrDate(index + 1, before: bodyStart) ? 2 : 0)
            if score > (best?.score ?? -.infinity) { best = (score, index + 1) }
        }
        return best?.index
    }

    /// A headline is a line of several words, near the body, most of whose words the body
    /// repeats, not ending with a full stop; sites often print it twice (breadcrumb, share bar).
    func headlineScore(_ line: ScrapedLine, distance: Int, vocabulary: Vocabulary) -> Double {
        var score = min(line.words, 10) * 0.4
        if line.words < 4 { score -= 5 }
        if line.words > 14 { score -= (line.words - 14) * 0.6 }
        score += 10 * vocabulary.share(of: line.text)
        score -= 0.25 * Double(distance)
        if line.text.unicodeScalars.last(where: { !$0.isAnyWhitespace }) == "." { score -= 4 }
        if lines.count(where: { $0.text == line.text }) > 1 { score += 3 }
        // Breadcrumbs ("News > 2015 > Title") repeat the headline but are not it.
        if ScrapedPage.breadcrumbSeparators.contains(where: { line.text.contains($0) }) { score -= 6 }
        return score
    }

    /// Whether a byline or a date follows the line within three lines, as under most headlines.
    func isFollowedByBylineOrDate(_ index: Int, before end: Int) -> Bool {
        var seen = 0
        var next = index + 1
        while next < end, seen < 3 {
            let line = lines[next]
            next += 1
            guard !line.isBlank else { continue }
            seen += 1
            if isByline(line) || isDateLine(line) { return true }
        }
        return false
    }

    static let breadcrumbSeparators = [" > ", " › ", " » ", " → ", " ＞ "]

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
