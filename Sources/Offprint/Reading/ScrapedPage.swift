/// Scraped page text, one block per line, and where in it the article is.
///
/// Sites surround an article with navigation, share bars, related headlines and comment forms.
/// The body is found as the run of lines with the most article-like text, where long
/// sentence-like lines count for it and short lines and furniture count against it; the
/// headline is the nearest headline-like line above the body; related headlines sit next to a
/// "related articles" phrase after it.
struct ScrapedPage {
    let lines: [ScrapedLine]

    init(lines: [Substring], firstLineNumber: Int, lexicon: FurnitureLexicon) {
        self.lines = lines.enumerated().map { offset, text in
            ScrapedLine(number: firstLineNumber + offset, text: text, lexicon: lexicon)
        }
    }

    /// How much a line speaks for being article text (positive) or page furniture (negative).
    static func weight(of line: ScrapedLine) -> Double {
        if line.isBlank { return 0 }
        if let furniture = line.furniture {
            switch furniture {
            case .comments, .notice: return -30
            case .related: return -12
            case .navigation, .share, .tags, .cookie, .advert: return -3
            }
        }
        if line.isSentenceLike {
            return line.words >= 4 ? line.words : -1
        }
        if line.words >= 20 { return line.words * 0.5 }
        return line.words >= 8 ? -1 : -2.5
    }

    /// The indices of the first and last line of the article body, or `nil` if no line has text.
    func bodyRange() -> ClosedRange<Int>? {
        // Kadane's maximum-sum run over the line weights.
        var best: (sum: Double, range: ClosedRange<Int>)?
        var runStart = 0
        var runSum = 0.0
        for (index, line) in lines.enumerated() {
            let weight = ScrapedPage.weight(of: line)
            if runSum <= 0 {
                runStart = index
                runSum = 0
            }
            runSum += weight
            if weight > 0, runSum > (best?.sum ?? 0) {
                best = (runSum, runStart...index)
            }
        }
        if let range = best?.range { return trimmed(range) }
        // No line reads like article text: keep every line that is not furniture.
        guard let first = lines.firstIndex(where: { !$0.isBlank && $0.furniture == nil }),
              let last = lines.lastIndex(where: { !$0.isBlank && $0.furniture == nil }) else { return nil }
        return first...last
    }

    /// The range without blank or furniture lines at either end.
    private func trimmed(_ range: ClosedRange<Int>) -> ClosedRange<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, lines[lower].isBlank || lines[lower].furniture != nil { lower += 1 }
        while upper > lower, lines[upper].isBlank || lines[upper].furniture != nil { upper -= 1 }
        return lower...upper
    }
}
