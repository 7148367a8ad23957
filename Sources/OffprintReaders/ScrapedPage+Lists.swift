extension ScrapedPage {
    /// The most non-blank lines a list or table inside the body may have.
    static let inlineListLength = 40

    /// The fewest words each line of a list or table inside the body has: a menu's items are
    /// single words, an article's list items and table rows longer.
    static let inlineListWords = 2.0

    /// Whether each line is in a list or table between two paragraphs of article text: a run of
    /// short lines with no furniture among them, whose nearest lines on both sides weigh for the
    /// article. Such a run is the article's own list (or table) and neither counts for nor
    /// against the body, so it no longer ends the body early.
    func inlineListMask(weights: [Double]) -> [Bool] {
        var mask = [Bool](repeating: false, count: lines.count)
        var previousArticle: Int?  // the last non-blank line that weighs for the article
        var run: [Int] = []
        var broken = false  // the run holds a line that cannot be a list item
        for index in lines.indices where !lines[index].isBlank {
            if weights[index] > 0 {
                if let previousArticle, let first = run.first, !broken, run.count <= ScrapedPage.inlineListLength,
                   introducesList(previousArticle) || introducesList(first) {
                    for item in run { mask[item] = true }
                }
                previousArticle = index
                run = []
                broken = false
                continue
            }
            run.append(index)
            let line = lines[index]
            if line.furniture != nil || isRepeatedLabel[index] || line.words < ScrapedPage.inlineListWords || line.gluedJoins >= 2 {
                broken = true
            }
        }
        return mask
    }

    /// Whether the line ends with a colon, as the sentence or label that introduces a list does.
    private func introducesList(_ index: Int) -> Bool {
        lines[index].text.last { !$0.isWhitespace } == ":"
    }
}
