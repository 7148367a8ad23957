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

    /// Whether each line is a short label the page prints three times or more ("Article
    /// content", "Advertisement"): a template's label, not the article's.
    let isRepeatedLabel: [Bool]

    /// Whether each line stands in a later copy of a block of lines the page prints twice
    /// (`repeatedBlockMask`).
    let isInRepeatedBlock: [Bool]

    /// Whether each line is in a list the author typed out, and in one whose rows say the same
    /// word after their marker (`markedListMasks(of:)`).
    let isInMarkedList: [Bool]
    let isInCountedList: [Bool]

    /// The most words a repeated label has.
    static let repeatedLabelWords = 4.0

    init(lines: [Substring], firstLineNumber: Int, lexicon: FurnitureLexicon) {
        let lines = lines.enumerated().map { offset, text in
            ScrapedLine(number: firstLineNumber + offset, text: text, lexicon: lexicon)
        }
        self.lines = lines
        let isLabel = { (line: ScrapedLine) in !line.isBlank && line.words <= ScrapedPage.repeatedLabelWords && !line.isSentenceLike }
        var counts: [UInt64: Int] = [:]
        let hashes = lines.map { isLabel($0) ? $0.textHash : 0 }
        for (line, hash) in zip(lines, hashes) where isLabel(line) { counts[hash, default: 0] += 1 }
        isRepeatedLabel = zip(lines, hashes).map { line, hash in isLabel(line) && counts[hash, default: 0] >= 3 }
        isInRepeatedBlock = ScrapedPage.repeatedBlockMask(of: lines)
        (isInMarkedList, isInCountedList) = ScrapedPage.markedListMasks(of: lines)
    }

    /// The weight of a comment section's heading or a comment form's notice.
    static let commentsWeight = -40.0

    /// How much of its weight a line in a comment section counts.
    static let commentShare = 0.1

    /// The weight of a related phrase heading a box inside the article: that of a short line.
    static let widgetLabelWeight = -2.5

    /// The weight of a line of a cookie or consent dialog.
    static let consentWeight = -6.0

    /// How much a line speaks for being article text (positive) or page furniture (negative),
    /// on its own.
    static func weight(of line: ScrapedLine) -> Double {
        if line.isBlank { return 0 }
        // A widget's label inside the article weighs as any line of its shape.
        if let furniture = line.furniture, furniture != .widget {
            switch furniture {
            case .comments, .notice: return commentsWeight
            case .related: return -45
            case .navigation, .share, .tags, .cookie, .advert, .widget: return -6
            }
        }
        // A link printed twice ("Headline Headline": an image's text and the link's) is a teaser.
        if ScrapedPage.isDoubled(line.text) { return -6 }
        // Menu items glued into one line read as one long line of words.
        if line.gluedJoins >= 2, !line.isSentenceLike { return -6 }
        if line.isSentenceLike {
            // A cookie or consent dialog's text reads as sentences but is the page's.
            if line.words >= 4, ConsentText.isConsentText(line.text) { return ScrapedPage.consentWeight }
            // A teaser's headline glued to its summary reads as a sentence but is another story.
            if isGluedTeaser(line) { return -6 }
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

    /// An article line with no article line beside it (a teaser's summary between its headline
    /// and its byline) counts this much of its weight: an article's paragraphs come together.
    static let islandShare = 0.5

    /// The weights of all lines, in context. With `discountingRepeatedBlocks`, the sentences of
    /// a block the page printed before weigh nothing.
    func weights(discountingRepeatedBlocks: Bool = true) -> [Double] {
        var streak = 0
        let count = Double(max(lines.count, 1))
        var own = lines.map(ScrapedPage.weight(of:))
        // A box of related links that the article goes on below weighs as a widget's label.
        for index in lines.indices where lines[index].furniture == .related && headsBoxInsideArticle(index) {
            own[index] = ScrapedPage.widgetLabelWeight
        }
        // Dated lists count little only below the first two paragraphs that stand together, so
        // the article's own start (and the headline above it) stays where it was.
        let datedList = datedListMask()
        let inlineList = inlineListMask(weights: own)
        // A list the author wrote out with bullets or ordinals weighs for the article, which may
        // be nothing but that list.
        for (index, isMarked) in isInMarkedList.enumerated() where isMarked && own[index] < 0 && lines[index].furniture == nil {
            own[index] = lines[index].words * ScrapedPage.markedListShare
        }
        // Sentences the page prints twice as a block are a box of its template, not the article.
        if discountingRepeatedBlocks {
            for (index, isRepeated) in isInRepeatedBlock.enumerated() where isRepeated && own[index] > 0 { own[index] = 0 }
        }
        let firstParagraphs = own.indices.first { own[$0] > 0 && !datedList[$0] && !isIsland($0, weights: own) } ?? lines.count
        return lines.enumerated().map { offset, line in
            var weight = own[offset]
            if weight > 0, offset > firstParagraphs, datedList[offset] { weight *= ScrapedPage.datedListShare }
            if weight > 0, isIsland(offset, weights: own), !opensParagraphs(offset, weights: own) { weight *= ScrapedPage.islandShare }
            if weight > 0 {
                streak = 0
                return weight * (1 - ScrapedPage.positionDiscount * Double(offset) / count)
            }
            guard weight < 0, !inlineList[offset] else { return 0 }
            streak += 1
            return weight * min(1 + ScrapedPage.streakGrowth * Double(streak - 1), ScrapedPage.streakCap)
        }
    }

    /// Whether neither neighbour weighs for the article. A repeated label between two article
    /// lines ("Article content" between every two paragraphs) is looked past.
    private func isIsland(_ index: Int, weights: [Double]) -> Bool {
        for step in [-1, 1] {
            var other = nonBlank(from: index + step, step: step)
            if let label = other, isRepeatedLabel[label], let beyond = nonBlank(from: label + step, step: step), weights[beyond] > 0 {
                other = beyond
            }
            if let other, weights[other] > 0 { return false }
        }
        return true
    }

    /// How many non-blank lines a standfirst or caption may stand above the paragraphs it opens.
    static let openingReach = 8

    /// Whether the island line is followed, within `openingReach` lines and with no other
    /// article line between, by paragraphs that are no islands: the article's standfirst or
    /// lead picture's caption above its dateline, not a teaser.
    private func opensParagraphs(_ index: Int, weights: [Double]) -> Bool {
        var next = index + 1, seen = 0
        while next < lines.count, seen < ScrapedPage.openingReach {
            if !lines[next].isBlank {
                if weights[next] > 0 { return !isIsland(next, weights: weights) }
                seen += 1
            }
            next += 1
        }
        return false
    }

    /// The first non-blank line from `start` on in the direction of `step`.
    private func nonBlank(from start: Int, step: Int) -> Int? {
        var index = start
        while index >= 0, index < lines.count {
            if !lines[index].isBlank { return index }
            index += step
        }
        return nil
    }

    /// The indices of the first and last line of the article body, or `nil` if no line has text.
    /// Without `discountingRepeatedBlocks`, the run as chosen when a second print of a box of
    /// the template weighs as any text.
    func bodyRange(discountingRepeatedBlocks: Bool = true) -> ClosedRange<Int>? {
        // Kadane's maximum-sum run over the line weights. Comment sections and comment-form
        // notices end an article, so a run never continues past one.
        var best: (sum: Double, range: ClosedRange<Int>)?
        var runStart = 0
        var runSum = 0.0
        var weights = weights(discountingRepeatedBlocks: discountingRepeatedBlocks)
        let comments = commentSectionStart()
        if let comments {
            // Comments can outweigh the article they follow: they count for little.
            for index in comments..<weights.count where weights[index] > 0 { weights[index] *= ScrapedPage.commentShare }
            weights[comments] = ScrapedPage.commentsWeight
        }
        for (index, weight) in weights.enumerated() {
            if runSum <= 0 || lines[index].furniture?.endsArticle == true || index == comments {
                runStart = index
                runSum = 0
            }
            runSum += weight
            if weight > 0, runSum > (best?.sum ?? 0) {
                best = (runSum, runStart...index)
            }
        }
        if let range = best?.range { return trimmed(endingBeforeTagRow(endingBeforeAuthorNote(range), weights: weights)) }
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
