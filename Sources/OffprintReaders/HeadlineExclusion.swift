/// Why a line near a scraped article is no headline candidate, though it stands where a headline
/// might. Lines of the kinds in `ScrapedPage.weighedExclusions` are candidates all the same, with
/// a feature saying so; the reader never picks the others, and the headline model's trainer
/// (`Scripts/train-headline-model`) learns from some of them as wrong answers, as it does from
/// the candidates that are not the headline.
enum HeadlineExclusion: String, CaseIterable {
    /// A furniture phrase ("Share", "Related articles").
    case furniture
    /// A byline ("By Jane Doe").
    case byline
    /// A date or a time stamp.
    case date
    /// More than `ScrapedPage.openingHeadlineWords` words, inside the body.
    case long
    /// Never a headline by its shape (`ScrapedPage.isNeverHeadline`: a caption with its
    /// credit, markup, a list item, a metadata row).
    case shape
    /// Not headline-like (`ScrapedPage.isHeadlineLike`: one word or over forty, a credit,
    /// a breadcrumb, a label ending in a colon).
    case unlike
}

extension ScrapedPage {
    /// The rules the headline model weighs instead of obeying (the features `byline_line`,
    /// `date_line`, `long_in_body`): a line they alone would exclude is a candidate, except a
    /// long line that reads as a sentence (a paragraph). A byline's or date's words and a long
    /// line open some headlines the rules were not written for; the model's cross-validation on
    /// the tune half, and the check half, gained by weighing them.
    static let weighedExclusions: Set<HeadlineExclusion> = [.byline, .date, .long]

    /// Whether the line is a headline candidate (not excluded, or excluded only by a rule the
    /// model weighs), and the rule that would exclude it. Unless `naming` is set (the trainer's
    /// listing, which needs the first rule that applies), a long line in the body that reads as a
    /// sentence is refused before the costlier rules run: it is no candidate whatever they say,
    /// and the body's first lines are mostly such paragraphs.
    func candidacy(of line: ScrapedLine, inBody: Bool, naming: Bool = false) -> (isCandidate: Bool, rule: HeadlineExclusion?) {
        if !naming, inBody, line.words > ScrapedPage.openingHeadlineWords, line.isSentenceLike { return (false, .long) }
        let rule = headlineExclusion(of: line, inBody: inBody)
        // A long line that reads as a sentence is a paragraph, not a headline the rule missed.
        if rule == .long, line.isSentenceLike { return (false, rule) }
        return (rule.map(ScrapedPage.weighedExclusions.contains) ?? true, rule)
    }

    /// Which rule keeps the line from being the headline, or `nil` when none does.
    func headlineExclusion(of line: ScrapedLine, inBody: Bool) -> HeadlineExclusion? {
        // The rules the model may be asked to weigh come last, so a line they would let through
        // is excluded by no other.
        if line.furniture != nil { return .furniture }
        if !isHeadlineLike(line) { return .unlike }
        if isNeverHeadline(line.text) { return .shape }
        if inBody, line.words > ScrapedPage.openingHeadlineWords { return .long }
        if isBylineNotHeadline(line) { return .byline }
        if isDateLine(line) { return .date }
        return nil
    }
}
