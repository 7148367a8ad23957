extension ScrapedPage {
    /// The range, ending before a tag or category label ("Tags", "Schlagwörter", "Filed under")
    /// under which the run holds less article text than above it: a site prints an article's
    /// tags under its last paragraph, and what follows them (the tag list, a sidebar's teasers
    /// with their summaries) is the page's. A label with more text below it is a menu's or
    /// stands above the article, and ends nothing. `weights` are the lines' weights in context.
    func endingBeforeTagRow(_ range: ClosedRange<Int>, weights: [Double]) -> ClosedRange<Int> {
        var above = 0.0
        let total = range.reduce(0.0) { $0 + max(weights[$1], 0) }
        for index in range {
            if lines[index].furniture == .tags, above > 0, above >= total - above, index > range.lowerBound {
                return range.lowerBound...(index - 1)
            }
            above += max(weights[index], 0)
        }
        return range
    }
}
