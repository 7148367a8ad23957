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
