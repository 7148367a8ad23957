extension ScrapedPage {
    /// How a comment's header line ends: "jane says:", "jane sagt:", in the languages Offprint knows.
    static let commentVerbs = ["says:", "said:", "writes:", "wrote:", "sagt:", "schreibt:", "schrieb:", "dit :", "dit:",
                               "a dit :", "écrit :", "dice:", "dijo:", "escribió:", "diz:", "disse:", "escreveu:",
                               "scrive:", "ha scritto:", "zegt:", "schreef:", "пишет:", "написал:", "говорит:"]

    /// The most words a comment header has: a name and the verb.
    static let commentHeaderWords = 8.0

    /// Whether the line opens a comment: a short "NAME says:" line with a date within the
    /// next two lines, as comment sections print every comment.
    func isCommentHeader(_ index: Int) -> Bool {
        let line = lines[index]
        guard !line.isBlank, line.words <= ScrapedPage.commentHeaderWords, line.text.last == ":" else { return false }
        let ending = line.text.suffix(14).lowercased()
        guard ScrapedPage.commentVerbs.contains(where: { ending.hasSuffix($0) }) else { return false }
        var next = index + 1, seen = 0
        while next < lines.count, seen < 2 {
            if !lines[next].isBlank {
                if isDateLine(lines[next]) { return true }
                seen += 1
            }
            next += 1
        }
        return false
    }

    /// The index of the first comment header of a comment section (two headers or more), if any.
    func commentSectionStart() -> Int? {
        var first: Int?
        for index in lines.indices where isCommentHeader(index) {
            if first != nil { return first }
            first = index
        }
        return nil
    }
}
