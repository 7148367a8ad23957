import Foundation
import OffprintCleanup
extension ScrapedPage {
    /// How much of the body's opening (in UTF-8 bytes) the headline is compared with.
    static let vocabularyBytes = 2_000

    /// How far above the body a headline may be, in non-blank lines.
    static let headlineSearchDistance = 40

    /// The number of non-blank lines strictly between two indices.
    func nonBlankLines(between upper: Int, and lower: Int) -> Int {
        guard lower > upper + 1 else { return 0 }
        return lines[(upper + 1)..<lower].count { !$0.isBlank }
    }

    /// How many of the body's first non-blank lines may be the headline: a logo's alt text, a
    /// kicker, a cookie dialog or a list of teasers read as prose can open the body's run above it.
    static let bodyHeadlineLines = 40

    /// The body's first non-blank lines, where a headline read as part of the body usually is.
    static let bodyOpeningLines = 6

    /// The most words a line inside the body may have to be taken for the headline.
    static let openingHeadlineWords = 20.0

    /// The lines that may be the headline, with their features: headline-like lines up to
    /// `headlineSearchDistance` above the body, and among the body's first lines, skipping
    /// furniture and what is never a headline (`HeadlineExclusion`; bylines, dates and long lines
    /// the model weighs). With `listingExcluded`, the lines in the same places that are no
    /// candidates come too, with why, for the model's trainer. The features that compare a line
    /// with the others compare it with the lines no rule would exclude.
    func headlineCandidates(body: ClosedRange<Int>, listingExcluded: Bool = false)
        -> [(index: Int, features: HeadlineFeatures, excluded: HeadlineExclusion?)] {
        var candidates: [(index: Int, features: HeadlineFeatures, excluded: HeadlineExclusion?)] = []
        // Inside the body, a line is compared with what follows it; each line's terms are
        // listed once, as the openings below neighbouring candidates overlap.
        var termLists: [Int: [UInt64]] = [:]
        let bodyVocabulary = BodyVocabulary(body: body, of: self)
        let shapes = LineShapes(lines)
        // Lines a rule would exclude (weighed by the model or not) stay out of the comparisons.
        var ruled: Set<Int> = []
        var seen = 0
        var index = body.lowerBound
        while index < body.upperBound, seen < ScrapedPage.bodyHeadlineLines {
            let line = lines[index]
            if !line.isBlank {
                seen += 1
                let (isCandidate, why) = candidacy(of: line, inBody: true, naming: listingExcluded)
                let excluded = isCandidate ? nil : why
                if excluded == nil || listingExcluded {
                    let vocabulary = opening(from: index + 1, to: body.upperBound, termLists: &termLists)
                    candidates.append((index, HeadlineFeatures(line: index, of: self, shapes: shapes, body: body, distance: 0, vocabulary: vocabulary, bodyVocabulary: bodyVocabulary), excluded))
                    if why != nil { ruled.insert(index) }
                }
            }
            index += 1
        }
        // Above the body, with the body's opening.
        let vocabulary = opening(from: body.lowerBound, to: body.upperBound)
        var distance = 0
        var looked = 0
        index = body.lowerBound - 1
        while index >= 0, distance < ScrapedPage.headlineSearchDistance, looked < ScrapedPage.headlineSearchDistance * 3 {
            looked += 1
            let line = lines[index]
            defer { index -= 1 }
            guard !line.isBlank else { continue }
            // Short lines (menus, share links, tags) between headline and body do not count as distance.
            if line.words >= 4 { distance += 1 }
            let (isCandidate, why) = candidacy(of: line, inBody: false, naming: listingExcluded)
            let excluded = isCandidate ? nil : why
            guard excluded == nil || listingExcluded else { continue }
            candidates.append((index, HeadlineFeatures(line: index, of: self, shapes: shapes, body: body, distance: distance, vocabulary: vocabulary, bodyVocabulary: bodyVocabulary), excluded))
            if why != nil { ruled.insert(index) }
        }
        // The best and second-best echo among the candidates, for the features that compare them.
        var best = 0.0, second = 0.0
        for candidate in candidates where !ruled.contains(candidate.index) {
            let echo = candidate.features.echo
            if echo > best { (best, second) = (echo, best) } else if echo > second { second = echo }
        }
        return candidates.map { candidate in
            let echo = candidate.features.echo
            let bestOther = !ruled.contains(candidate.index) && echo >= best ? second : best
            return (candidate.index, candidate.features.comparing(bestEcho: best, bestOtherEcho: bestOther), candidate.excluded)
        }
    }

    /// `opening(from:to:)`, with the terms of each line kept in `termLists` (by line index) for
    /// the next call.
    func opening(from start: Int, to end: Int, termLists: inout [Int: [UInt64]]) -> Vocabulary {
        guard start <= end else { return Vocabulary([Substring]()) }
        var budget = ScrapedPage.vocabularyBytes
        var lists: [[UInt64]] = []
        var index = start
        while index <= end, budget > 0 {
            if let list = termLists[index] {
                lists.append(list)
            } else {
                let list = Vocabulary.terms(of: lines[index].text)
                termLists[index] = list
                lists.append(list)
            }
            budget -= lines[index].text.utf8.count
            index += 1
        }
        return Vocabulary(termLists: lists)
    }

    /// The distinctive words of the article's first lines from `start`: a headline's words come
    /// back early in the article.
    func opening(from start: Int, to end: Int) -> Vocabulary {
        guard start <= end else { return Vocabulary([Substring]()) }
        var budget = ScrapedPage.vocabularyBytes
        let opening = lines[start...end].prefix { line in
            defer { budget -= line.text.utf8.count }
            return budget > 0
        }
        return Vocabulary(opening.map(\.text))
    }

    /// The index of the headline: the candidate the headline model scores best, if it scores
    /// better than having no headline; a line the page also prints with a label glued before it
    /// gets that copy's odds added to its own.
    /// When the best line is another candidate with a label glued before it ("NewsThe
    /// headline", "Home / News / The headline", not "Topic: Headline"), that other candidate is
    /// taken: it is the headline alone.
    func headlineIndex(body: ClosedRange<Int>, model: HeadlineModel = .standard) -> Int? {
        let candidates = headlineCandidates(body: body)
        let scores = candidates.map { model.score($0.features) }
        // A copy with a label glued before it votes for the line alone: the model's odds of
        // the two add up (log-sum-exp), as both name the same headline.
        var combined = scores
        for (glued, candidate) in candidates.enumerated() {
            let text = lines[candidate.index].text.utf8
            for (alone, other) in candidates.enumerated() where alone != glued && lines[other.index].words >= 3 {
                let otherText = lines[other.index].text.utf8
                guard otherText.count < text.count, otherText.count * 2 >= text.count, text.suffix(otherText.count).elementsEqual(otherText),
                      !ScrapedPage.endsWithColon(lines[candidate.index].text.dropLast(lines[other.index].text.count)) else { continue }
                let high = max(combined[alone], scores[glued])
                combined[alone] = high + log(exp(combined[alone] - high) + exp(scores[glued] - high))
            }
        }
        var best: (score: Double, index: Int)?
        for (position, candidate) in candidates.enumerated() {
            let score = combined[position]
            if score > (best?.score ?? 0) { best = (score, candidate.index) }
        }
        guard let best else { return nil }
        let text = lines[best.index].text.utf8
        var clean: (score: Double, index: Int)?
        for candidate in candidates where lines[candidate.index].words >= 3 {
            let other = lines[candidate.index].text.utf8
            guard other.count < text.count, other.count * 2 >= text.count, text.suffix(other.count).elementsEqual(other),
                  !ScrapedPage.endsWithColon(lines[best.index].text.dropLast(lines[candidate.index].text.count)) else { continue }
            let score = model.score(candidate.features)
            if score > (clean?.score ?? -Double.infinity) { clean = (score, candidate.index) }
        }
        return clean?.index ?? best.index
    }

    /// "SectionHeadline" or "Topic - Headline": line `index` ends with another line of the
    /// page (at least half as long) is the headline glued to a label; the page prints it alone too.
    func isGluedHeadline(_ index: Int, shapes: LineShapes) -> Bool {
        let text = lines[index].text.utf8, count = shapes.byteCounts[index], last = shapes.lastBytes[index]
        for other in lines.indices where shapes.words[other] >= 3 && shapes.lastBytes[other] == last {
            let otherCount = shapes.byteCounts[other]
            if otherCount * 2 >= count, otherCount < count, text.suffix(otherCount).elementsEqual(lines[other].text.utf8) {
                return true
            }
        }
        return false
    }

    /// Whether the text ends with a colon, white space aside: "Topic: Headline" is one
    /// headline, not a label glued to one.
    static func endsWithColon(_ text: Substring) -> Bool {
        let last = text.unicodeScalars.last(where: { !$0.isAnyWhitespace })
        return last == ":" || last == "："
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
            if isByline(line) || isDateLine(line) || ScrapedPage.isTimeOfDayOrAge(line) { return true }
        }
        return false
    }

    /// Words that make a time stamp a reading time ("4 min read", "Lesezeit: 3 Minuten").
    static let readingWords: Set<String> = ["read", "reading", "lesen", "lesezeit", "lecture", "lectura", "lettura", "leitura", "czytania", "čtení"]

    /// Whether a short line is a time of day ("9:51", "14:05 Uhr", "١٠:٢٠ ص") or an age ("5
    /// hours ago", "vor 3 Stunden"), as under a headline beside or instead of its date; a
    /// reading time ("4 min read") is neither.
    static func isTimeOfDayOrAge(_ line: ScrapedLine) -> Bool {
        guard line.words <= 6 else { return false }
        if InterfaceLabel.isTimeStamp(line.text) {
            return !line.text.lowercased().split { !$0.isLetter }.contains { readingWords.contains(String($0)) }
        }
        let scalars = Array(line.text.unicodeScalars)
        let isDigit = { (scalar: Unicode.Scalar) in scalar.decimalDigitValue != nil }
        var letters = 0
        for scalar in scalars where scalar.properties.isAlphabetic { letters += 1 }
        guard letters <= 4 else { return false }
        for index in scalars.indices.dropFirst().dropLast(2) where scalars[index] == ":" {
            if isDigit(scalars[index - 1]), isDigit(scalars[index + 1]), isDigit(scalars[index + 2]) { return true }
        }
        return false
    }

    /// Whether the line reads "Home > News > Title": a separator with spaces on both sides.
    static func isBreadcrumb(_ text: Substring) -> Bool {
        var previous: Unicode.Scalar = "x", current: Unicode.Scalar = "x"
        for scalar in text.unicodeScalars {
            if previous == " ", current == ">" || current == "›" || current == "→" || current == "＞", scalar == " " { return true }
            previous = current
            current = scalar
        }
        return false
    }

    /// A headline has a few words and does not read as running text; a breadcrumb ("News >
    /// 2015 > Title") repeats the headline but is not it.
    func isHeadlineLike(_ line: ScrapedLine) -> Bool {
        guard line.words >= 2, line.words <= 40, !ScrapedPage.isCredit(line.text), !ScrapedPage.isBreadcrumb(line.text) else { return false }
        let last = line.text.unicodeScalars.last(where: { !$0.isAnyWhitespace })
        return last != ":" && last != "|"
    }

    /// Whether the line may be the page's headline: headline-like, and none of what a headline
    /// never is (a caption, markup, a list item, a metadata row: `isNeverHeadline`). Related
    /// links ask only `isHeadlineLike`: a bulleted list of them is still one.
    func isHeadlineCandidate(_ line: ScrapedLine) -> Bool {
        isHeadlineLike(line) && !isNeverHeadline(line.text)
    }
}
