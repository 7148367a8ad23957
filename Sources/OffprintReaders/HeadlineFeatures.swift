import OffprintCore

/// What the headline model knows of one candidate line of scraped page text: its length, how
/// much of it the article's opening repeats, where it stands against the body, and how it reads.
///
/// Every value is a number in about 0...1 (flags are 0 or 1), computed from the page alone; the
/// model (`HeadlineModel`) weighs them. The names are the columns of
/// `Resources/headline-model.tsv` and of `offprint inspect --headline-candidates`, which the
/// training script (`Scripts/train-headline-model`) reads.
struct HeadlineFeatures {
    /// The feature names, in the order of `values`. The last two compare the candidate with
    /// the page's others (`comparing(bestEcho:bestOtherEcho:)`).
    static let names = [
        "words", "short", "long", "echo", "distance", "in_body", "body_offset", "first_of_body",
        "full_stop", "question", "colon", "repeated", "glued", "glued_headline",
        "byline_after", "sentence_like", "isolated", "prose_after", "prose_before", "digits",
        "position", "characters", "headline_below", "headline_above",
        "deep_in_body", "glued_elsewhere", "low_echo", "byline_line", "date_line", "long_in_body",
        "body_echo", "best_echo", "echo_margin",
    ]

    /// The values, in the order of `names`.
    private(set) var values: [Double]

    /// The features of line `index` of `page`, whose body the reader found at `body`;
    /// `vocabulary` holds the opening of the article below the line, `bodyVocabulary` all of the body.
    init(line index: Int, of page: ScrapedPage, shapes: LineShapes, body: ClosedRange<Int>, distance: Int, vocabulary: Vocabulary,
         bodyVocabulary: BodyVocabulary) {
        let line = page.lines[index]
        let text = line.text
        let last = text.unicodeScalars.last(where: { !$0.isAnyWhitespace })
        let inBody = body.contains(index)
        let offset = inBody ? page.nonBlankLines(between: body.lowerBound - 1, and: index) : 0
        let previous = page.nonBlankLine(before: index), next = page.nonBlankLine(after: index)
        var digits = 0, scalars = 0
        for scalar in text.unicodeScalars {
            scalars += 1
            if scalar.properties.numericType != nil { digits += 1 }
        }
        let flag: (Bool) -> Double = { $0 ? 1 : 0 }
        let echo = vocabulary.share(of: text)
        values = [
            min(line.words, 10) / 10,
            flag(line.words < 4),
            max(0, line.words - 14) / 10,
            echo,
            Double(distance) / 10,
            flag(inBody),
            Double(min(offset, ScrapedPage.bodyOpeningLines)) / 5,
            flag(index == body.lowerBound),
            flag(last == "."),
            flag(last == "?" || last == "!"),
            flag(text.contains(": ")),
            flag(page.isRepeated(index, shapes: shapes)),
            Double(min(line.gluedJoins, 3)) / 3,
            flag(page.isGluedHeadline(index, shapes: shapes)),
            flag(page.isFollowedByBylineOrDate(index, before: min(page.lines.count, max(body.lowerBound, index + 4)))),
            flag(line.isSentenceLike),
            flag((index == 0 || page.lines[index - 1].isBlank) && (index + 1 == page.lines.count || page.lines[index + 1].isBlank)),
            flag(next.map { $0.isSentenceLike && $0.words >= 8 } ?? false),
            flag(previous.map { $0.isSentenceLike && $0.words >= 8 } ?? false),
            scalars == 0 ? 0 : Double(digits) / Double(scalars),
            Double(index) / Double(max(page.lines.count, 1)),
            Double(min(scalars, 200)) / 100,
            flag(next.map(page.couldBeHeadline) ?? false),
            flag(previous.map(page.couldBeHeadline) ?? false),
            flag(offset > ScrapedPage.bodyOpeningLines),
            flag(page.isGluedElsewhere(index, shapes: shapes)),
            flag(echo < HeadlineFeatures.lowEcho),
            flag(page.isBylineNotHeadline(line)),
            flag(page.isDateLine(line)),
            flag(inBody && line.words > ScrapedPage.openingHeadlineWords),
            bodyVocabulary.share(of: text, after: index),
        ]
    }

    /// Below this `echo` a line shares under a quarter of its words with the article's opening,
    /// as another story's headline does: `low_echo`, which the linear `echo` alone does not
    /// weigh strongly enough (a teaser above the body with a byline under it outscored the
    /// article's own headline).
    static let lowEcho = 0.25

    /// The echo feature.
    var echo: Double { values[3] }

    /// These features with the ones that compare them with the best `echo` among the page's
    /// candidates: whether this candidate's is the best, and how far it is below the best of the others.
    func comparing(bestEcho: Double, bestOtherEcho: Double) -> HeadlineFeatures {
        var copy = self
        copy.values.append(echo >= bestEcho ? 1 : 0)
        copy.values.append(echo - bestOtherEcho)
        return copy
    }
}

extension ScrapedPage {
    /// Whether a line next to a candidate reads as a headline too (a headline above its dek).
    func couldBeHeadline(_ line: ScrapedLine) -> Bool {
        line.furniture == nil && line.words >= 4 && line.words <= ScrapedPage.openingHeadlineWords && !line.isSentenceLike
            && isHeadlineCandidate(line) && !isByline(line) && !isDateLine(line)
    }

    /// Whether the page prints line `index`'s text more than once (compared byte for byte).
    func isRepeated(_ index: Int, shapes: LineShapes) -> Bool {
        let bytes = lines[index].text.utf8, count = shapes.byteCounts[index], last = shapes.lastBytes[index]
        for other in lines.indices where other != index && shapes.byteCounts[other] == count && shapes.lastBytes[other] == last {
            if lines[other].text.utf8.elementsEqual(bytes) { return true }
        }
        return false
    }

    /// Whether another line of the page ends with line `index` after a label glued to it
    /// ("NewsThe headline", "Home / News / The headline"): the line is the headline alone.
    func isGluedElsewhere(_ index: Int, shapes: LineShapes) -> Bool {
        guard shapes.words[index] >= 3 else { return false }
        let text = lines[index].text.utf8, count = shapes.byteCounts[index], last = shapes.lastBytes[index]
        for other in lines.indices where shapes.lastBytes[other] == last && shapes.byteCounts[other] > count && shapes.byteCounts[other] <= count * 2 {
            if lines[other].text.utf8.suffix(count).elementsEqual(text) { return true }
        }
        return false
    }

    /// The nearest line before `index` that is not blank.
    func nonBlankLine(before index: Int) -> ScrapedLine? {
        lines[..<index].last { !$0.isBlank }
    }

    /// The nearest line after `index` that is not blank.
    func nonBlankLine(after index: Int) -> ScrapedLine? {
        guard index + 1 < lines.count else { return nil }
        return lines[(index + 1)...].first { !$0.isBlank }
    }
}
