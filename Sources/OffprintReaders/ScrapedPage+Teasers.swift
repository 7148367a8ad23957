extension ScrapedPage {
    /// How many date lines, each near the last, make a list of other stories: an article
    /// prints its own date once, a teaser list or a comment thread one per item.
    static let datedListLength = 3

    /// The most non-blank lines between two date lines of one list.
    static let datedListGap = 6

    /// How many non-blank lines after a list's last date (and before its first) belong to
    /// that item.
    static let datedListTail = 2

    /// How much of its weight a line inside a dated list counts.
    static let datedListShare = 0.1

    /// Where the item of a list's first date starts: its headline and byline stand above the date.
    private func itemStart(before date: Int) -> Int {
        var start = date, seen = 0, index = date - 1
        while index >= 0, seen < ScrapedPage.datedListTail {
            if !lines[index].isBlank {
                seen += 1
                start = index
            }
            index -= 1
        }
        return start
    }

    /// Whether each line lies in a list of dated items (teasers of other stories with their
    /// dates): from just above the first of `datedListLength` or more date lines, each within
    /// `datedListGap` lines of the last, to just after the last.
    func datedListMask() -> [Bool] {
        var mask = [Bool](repeating: false, count: lines.count)
        var first: Int?, count = 0, sinceLast = 0
        func close(at end: Int) {
            if let first, count >= ScrapedPage.datedListLength {
                for index in first..<end { mask[index] = true }
            }
            first = nil
            count = 0
        }
        var tailEnd = 0
        for index in lines.indices where !lines[index].isBlank {
            if isDateLine(lines[index]) {
                if first != nil, sinceLast > ScrapedPage.datedListGap { close(at: tailEnd) }
                if first == nil { first = itemStart(before: index) }
                count += 1
                sinceLast = 0
                tailEnd = index + 1
            } else {
                sinceLast += 1
                if first != nil, sinceLast <= ScrapedPage.datedListTail { tailEnd = index + 1 }
            }
        }
        close(at: tailEnd)
        return mask
    }
}

extension ScrapedPage {
    /// The fewest words a teaser's headline has before its summary is glued to it.
    static let gluedHeadlineWords = 3

    /// Whether the line is a teaser whose headline and summary the dump glued into one line
    /// ("Ford Recalls F-150s; Loose Cable Can Cause StallingFord is recalling…"): it opens with
    /// words in title case up to where a lower-case word runs into a capital, and a sentence
    /// follows. An article's paragraph does not open so.
    static func isGluedTeaser(_ line: ScrapedLine) -> Bool {
        guard line.gluedJoins >= 1 else { return false }
        let text = line.text
        var lowerRun = 0
        var join: Substring.Index?
        for index in text.indices {
            let character = text[index]
            if character.isUppercase, lowerRun >= 3 {
                join = index
                break
            }
            lowerRun = character.isLowercase ? lowerRun + 1 : 0
        }
        guard let join else { return false }
        // Words of four letters or more: title case capitalises them all, running text does not.
        let words = text[..<join].split(whereSeparator: \.isWhitespace)
        let long = words.filter { $0.count >= 4 && $0.first?.isLetter == true }
        guard words.count >= gluedHeadlineWords, long.count >= 2 else { return false }
        // Every one of them capitalised: German capitalises its nouns, not its verbs.
        return long.allSatisfy { $0.first?.isUppercase == true } && text[join...].split(whereSeparator: \.isWhitespace).count >= 4
    }
}

extension ScrapedPage {
    /// The fewest headlines in a row that make a box of other stories' headlines: an article's
    /// subheading stands alone above its paragraph (three, tried first, scored lower on the
    /// held-out part of the tune half and on the check half).
    static let teaserRunLength = 2

    /// The fewest and most words a teaser's headline has.
    static let teaserHeadlineWords = 4.0...20.0

    /// The most words a line between a box's headlines has: a section label, an author's name.
    static let teaserLabelWords = 3.0

    /// The most words a date line between a box's headlines has ("Jul 17, 2014", "vor 3 Stunden").
    static let teaserDateWords = 8.0

    /// Of the body's lines (indices into `lines`, in order), those in a box of other stories'
    /// headlines printed inside or after the article ("Read more", "Top stories", a row of
    /// section labels and headlines): `teaserRunLength` or more headline-shaped lines (a few
    /// words, opening with a capital or a digit, not ending as a sentence does, except with a
    /// question mark) with at most labels, names and dates between them. An article's own list
    /// is introduced by a colon and is kept, as is a counted list (`isInCountedList`); its
    /// subheadings each stand above a paragraph.
    func teaserRuns(in body: [Int]) -> Set<Int> {
        var found = Set<Int>()
        var start = 0
        while start < body.count {
            var end = start
            var headlines: [Int] = []
            while end < body.count {
                let line = lines[body[end]]
                // The rows of a counted list (a calendar's "1a etapa: …") are the article's.
                if isInCountedList[body[end]] {
                    break
                } else if isTeaserHeadline(line) {
                    headlines.append(end)
                } else if headlines.isEmpty || !isTeaserLabel(line) {
                    break
                }
                end += 1
            }
            let introduced = start > 0 && lines[body[start - 1]].text.last { !$0.isWhitespace } == ":"
            if headlines.count >= ScrapedPage.teaserRunLength, !introduced, var last = headlines.last {
                // Of a run of two, the second stays when it is a subheading and the article's
                // prose follows it right away: a subheading under a caption that ends without a stop ("… during the
                // restoration. Supplied") is no teaser.
                if headlines.count == ScrapedPage.teaserRunLength, last == end - 1, end < body.count, isSubheading(body[last]),
                   isProse(lines[body[end]]) {
                    last -= 1
                }
                // A section label just above the box's first headline is the box's.
                let labelled = start > 0 && !found.contains(body[start - 1]) && isTeaserLabel(lines[body[start - 1]])
                for offset in (labelled ? start - 1 : start)...last { found.insert(body[offset]) }
            }
            start = max(end, start + 1)
        }
        return found
    }

    /// The most words of a subheading that a box's headline shape would take for a teaser;
    /// another story's headline is mostly longer.
    static let subheadingWords = 7.0

    /// Whether the line at `index` is shaped as a subheading: `subheadingWords` words or fewer,
    /// a blank line above and below it (a share row's or a form's last label has none).
    func isSubheading(_ index: Int) -> Bool {
        index > 0 && index + 1 < lines.count && lines[index - 1].isBlank && lines[index + 1].isBlank
            && lines[index].words <= ScrapedPage.subheadingWords
    }

    /// The fewest words of a paragraph of prose: one that a subheading stands above, or that
    /// opens the body's paragraphs (a date above it is the page's).
    static let proseParagraphWords = 15.0

    /// Whether the line is a paragraph of prose: a sentence of `proseParagraphWords` or more.
    func isProse(_ line: ScrapedLine) -> Bool {
        line.isSentenceLike && line.words >= ScrapedPage.proseParagraphWords
    }

    /// Whether the line is shaped as a teaser's headline: `teaserHeadlineWords` words, opening
    /// with a capital, a digit or a quote (or a letter of a script without case), ending
    /// neither with a stop (a question mark aside) nor with a colon, nor with a comma: a line
    /// that ends with one is a sentence the dump wrapped or a list item that goes on.
    func isTeaserHeadline(_ line: ScrapedLine) -> Bool {
        guard ScrapedPage.teaserHeadlineWords.contains(line.words),
              let first = line.text.unicodeScalars.first(where: { !$0.isAnyWhitespace }),
              let last = line.text.unicodeScalars.last(where: { !$0.isAnyWhitespace && !ScrapedLine.isCloser($0) }) else { return false }
        if last == ":" || ScrapedPage.continuingMarks.contains(last) || (!"?؟？".unicodeScalars.contains(last) && ScrapedLine.isSentenceEnd(last)) { return false }
        if first.properties.isLowercase { return false }
        return first.properties.isAlphabetic || first.properties.numericType != nil || "\"“„‘«¿¡'".unicodeScalars.contains(first)
    }

    /// Commas, in the scripts Offprint reads: a line ending with one goes on in the next.
    static let continuingMarks: Set<Unicode.Scalar> = [",", "、", "，", "،", "﹐", "､"]

    /// Whether the line may stand between a box's headlines: a label or name of a few words, or
    /// a date, not ending with a colon (which introduces what follows).
    private func isTeaserLabel(_ line: ScrapedLine) -> Bool {
        guard line.text.last(where: { !$0.isWhitespace }) != ":" else { return false }
        return line.words <= ScrapedPage.teaserLabelWords || (line.words <= ScrapedPage.teaserDateWords && isDateLine(line))
    }
}

extension ScrapedPage {
    /// The fewest words a teaser's cut-off summary has.
    static let excerptWords = 6.0

    /// The fewest cut-off summaries that make the lines teasers.
    static let excerptCount = 2

    /// Of the body's lines (indices into `lines`), the teasers' summaries cut off at a length
    /// ("…government said it may soon...", "…Technology..."): lines of `excerptWords` or more
    /// ending with an ellipsis right after a letter or digit, when the body holds
    /// `excerptCount` or more of them. An article's own ellipsis (" …", a quote trailing off)
    /// comes after a space, or once.
    func cutOffExcerpts(in body: [Int]) -> Set<Int> {
        let found = body.filter { lines[$0].words >= ScrapedPage.excerptWords && ScrapedPage.endsCutOff(lines[$0].text) }
        return found.count >= ScrapedPage.excerptCount ? Set(found) : []
    }

    /// Whether the text ends with "..." or "…" right after a letter or digit.
    static func endsCutOff(_ text: Substring) -> Bool {
        var scalars = text.unicodeScalars[...]
        while let last = scalars.last, last.isAnyWhitespace { scalars = scalars.dropLast() }
        if scalars.last == "…" {
            scalars = scalars.dropLast()
        } else if scalars.suffix(3).elementsEqual("...".unicodeScalars) {
            scalars = scalars.dropLast(3)
        } else {
            return false
        }
        guard let before = scalars.last else { return false }
        return before.properties.isAlphabetic || before.properties.numericType != nil
    }
}
