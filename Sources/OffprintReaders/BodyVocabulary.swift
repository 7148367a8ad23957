/// The words of a page's whole body, each with the last line that holds it, to tell how much of
/// a candidate headline the article repeats anywhere below it (not only in its opening, as
/// `Vocabulary` does for `echo`): an article's own headline comes back in its text, another
/// story's headline (a teaser, a related link) seldom does.
///
/// Terms are those of `Vocabulary` (hashed words of four letters or more, pairs of characters in
/// scripts written without spaces); the page's body is hashed once.
struct BodyVocabulary {
    /// Each term of the body with the index of the last line that holds it.
    private var lastLine: [UInt64: Int] = [:]

    /// The terms of lines `body` of `page`.
    init(body: ClosedRange<Int>, of page: ScrapedPage) {
        for index in body where !page.lines[index].isBlank {
            Vocabulary.forEachTerm(of: page.lines[index].text) { lastLine[$0] = index }
        }
    }

    /// The share (0...1) of the line's terms that some body line after `index` holds,
    /// discounted for lines of fewer than four terms as `Vocabulary.share(of:)` does.
    func share(of line: some StringProtocol, after index: Int) -> Double {
        var count = 0, shared = 0
        Vocabulary.forEachTerm(of: line) { term in
            count += 1
            if let last = lastLine[term], last > index { shared += 1 }
        }
        guard count > 0 else { return 0 }
        return Double(shared) / Double(count) * Double(min(count, 4)) / 4
    }
}
