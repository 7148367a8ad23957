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
