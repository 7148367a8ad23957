import OffprintCore
import OffprintCleanup
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

    /// How much a line speaks for being article text (positive) or page furniture (negative),
    /// on its own.
    static func weight(of line: ScrapedLine) -> Double {
        if line.isBlank { return 0 }
        if let furniture = line.furniture {
            switch furniture {
            case .comments, .notice: return -40
            case .related: return -45
            case .navigation, .share, .tags, .cookie, .advert: return -6
            }
        }
        // Menu items glued into one line read as one long line of words.
        if line.gluedJoins >= 2, !line.isSentenceLike { return -6 }
        if line.isSentenceLike {
            return line.words >= 4 ? line.words : -1
        }
        if line.words >= 20 { return line.words * 0.5 }
        return line.words >= 8 ? -1 : -2.5
    }

    /// Each further line in a run of non-article lines costs more than the last, so a long
    /// navigation list or share bar separates two texts, while a caption or subheading
    /// between paragraphs does not.
    static let streakGrowth = 0.1
    static let streakCap = 2.0

    /// Article text counts for a little less the further down the page it is: sites put the
    /// article before teaser lists and comments, which can be as long.
    static let positionDiscount = 0.5

    /// The weights of all lines, in context.
    func weights() -> [Double] {
        var streak = 0
        let count = Double(max(lines.count, 1))
        return lines.enumerated().map { offset, line in
            let weight = ScrapedPage.weight(of: line)
            if weight > 0 {
                streak = 0
                return weight * (1 - ScrapedPage.positionDiscount * Double(offset) / count)
            }
            guard weight < 0 else { return 0 }
            streak += 1
            return weight * min(1 + ScrapedPage.streakGrowth * Double(streak - 1), ScrapedPage.streakCap)
        }
    }

    /// The indices of the first and last line of the article body, or `nil` if no line has text.
    func bodyRange() -> ClosedRange<Int>? {
        // Kadane's maximum-sum run over the line weights. Comment sections and comment-form
        // notices end an article, so a run never continues past one.
        var best: (sum: Double, range: ClosedRange<Int>)?
        var runStart = 0
        var runSum = 0.0
        for (index, weight) in weights().enumerated() {
            if runSum <= 0 || lines[index].furniture?.endsArticle == true {
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
