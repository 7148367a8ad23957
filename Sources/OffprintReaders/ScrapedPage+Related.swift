extension ScrapedPage {
    /// How many headline lines after a "related articles" phrase are taken as related links.
    static let relatedListLength = 12

    /// The indices of related-article headlines after the body: headline-like lines next to a
    /// "related" phrase, before it (at most two) or after it (until other furniture).
    func relatedIndices(after bodyEnd: Int) -> [Int] {
        var found: [Int] = []
        var index = bodyEnd + 1
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].furniture == .related else { continue }
            // Headlines just before the phrase (a "previous/next" or widget layout).
            var before: [Int] = []
            var back = index - 1
            while back > bodyEnd, before.count < 2 {
                let line = lines[back]
                if line.furniture != nil { break }
                if !line.isBlank {
                    guard isRelatedHeadline(line) else { break }
                    before.insert(back, at: 0)
                }
                back -= 1
            }
            // Headlines listed after the phrase.
            var after: [Int] = []
            var forward = index + 1
            while forward < lines.count, after.count < ScrapedPage.relatedListLength {
                let line = lines[forward]
                if line.furniture != nil { break }
                if !line.isBlank {
                    guard isRelatedHeadline(line) else { break }
                    after.append(forward)
                }
                forward += 1
            }
            for candidate in before + after where !found.contains(candidate) {
                found.append(candidate)
            }
        }
        return found
    }

    private func isRelatedHeadline(_ line: ScrapedLine) -> Bool {
        isHeadlineLike(line) && line.words >= 3 && !isDateLine(line)
    }
}

extension ScrapedPage {
    /// The fewest words each of the two paragraphs has that resume the article after a box of
    /// related links.
    static let resumingParagraphWords = 12.0

    /// Whether the "related" phrase at `index` heads a box inside the article: its list (at
    /// most `relatedListLength` lines that are no paragraphs, no furniture among them) is
    /// followed by two paragraphs in a row, with at most one paragraph-shaped line alone (a long
    /// picture caption) before them. Such a box ("Don't miss", three headlines) interrupts the
    /// article, which goes on below it; a list of related links after the article is followed
    /// by more furniture, or by nothing.
    func headsBoxInsideArticle(_ index: Int) -> Bool {
        var next = index + 1, listed = 0, captions = 0
        func isParagraph(_ line: ScrapedLine) -> Bool {
            line.furniture == nil && line.isSentenceLike && line.words >= ScrapedPage.resumingParagraphWords
        }
        while next < lines.count {
            let line = lines[next]
            defer { next += 1 }
            if line.isBlank { continue }
            if isParagraph(line) {
                guard listed > 0, let after = (next + 1..<lines.count).first(where: { !lines[$0].isBlank }) else { return false }
                if isParagraph(lines[after]) { return true }
                // A long caption between the box and the paragraphs.
                guard captions == 0 else { return false }
                captions += 1
                continue
            }
            if line.furniture != nil { return false }
            if listed >= ScrapedPage.relatedListLength { return false }
            listed += 1
        }
        return false
    }
}
