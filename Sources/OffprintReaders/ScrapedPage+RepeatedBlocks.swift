extension ScrapedPage {
    /// The fewest non-blank lines in a row the page prints twice, in the same order, for them to
    /// be a block of the template (a traffic or weather box, a paywall's offer, printed once for
    /// the phone's layout and once for the desktop's).
    static let repeatedBlockLines = 3

    /// The most later copies of one line compared, so that a line the page prints many times
    /// ("[...]", "Reply") costs little.
    static let repeatedBlockCopies = 8

    /// Whether each line stands in the later copy of a block of `repeatedBlockLines` or more
    /// non-blank lines that the page printed before, line for line and in the same order (the
    /// two copies do not overlap). An article's sentences come once; where a box of the template
    /// prints sentences (travel notices, a paywall's offer), the whole box comes twice, and the
    /// second print can stand right above the article and open the body's run. The first print
    /// is left alone: an article printed twice keeps its first copy.
    static func repeatedBlockMask(of lines: [ScrapedLine]) -> [Bool] {
        var mask = [Bool](repeating: false, count: lines.count)
        let filled = lines.indices.filter { !lines[$0].isBlank }
        let hashes = filled.map { lines[$0].textHash }
        // The next position (in `filled`) with the same text, found walking up from the bottom.
        var next = [Int](repeating: -1, count: hashes.count)
        var latest: [UInt64: Int] = [:]
        latest.reserveCapacity(hashes.count)
        for position in hashes.indices.reversed() {
            if let later = latest.updateValue(position, forKey: hashes[position]) { next[position] = later }
        }
        for position in hashes.indices where next[position] >= 0 {
            var other = next[position], compared = 0
            while other >= 0, compared < repeatedBlockCopies {
                defer { other = next[other]; compared += 1 }
                // Only where a block starts: a copy that goes on from the line above was counted there.
                if position > 0, hashes[position - 1] == hashes[other - 1] { continue }
                var length = 0
                while position + length < other, other + length < hashes.count,
                      hashes[position + length] == hashes[other + length],
                      lines[filled[position + length]].text == lines[filled[other + length]].text {
                    length += 1
                }
                guard length >= repeatedBlockLines else { continue }
                // A second copy that runs on into paragraphs is an article's opening printed
                // before as a preview, not a box.
                let after = (other + length)..<min(other + length + runOnReach, hashes.count)
                if after.contains(where: { ScrapedPage.isParagraph(lines[filled[$0]]) }) { continue }
                for step in 0..<length { mask[filled[other + step]] = true }
            }
        }
        return mask
    }

    /// The fewest words of a paragraph that an article's opening runs on into.
    static let runOnParagraphWords = 12.0

    /// How many non-blank lines below a second copy (a caption, a subheading) the article's
    /// paragraphs may go on.
    static let runOnReach = 3

    /// Whether the line reads as a paragraph of an article: a sentence of `runOnParagraphWords` or more.
    static func isParagraph(_ line: ScrapedLine) -> Bool {
        line.isSentenceLike && line.words >= runOnParagraphWords && line.furniture == nil
    }

    /// The lines the headline is looked for above and among: the body's run as chosen when a
    /// box's second print weighs as any text. The headline stands above such a box (a paywall's
    /// offer between headline and article) as above the article, and the headline model learned
    /// its distances from that run; where the two runs do not meet, the body's own.
    func headlineSearchRange(body: ClosedRange<Int>) -> ClosedRange<Int> {
        // Only a second print with text that weighs for the article can have moved the body.
        guard lines.indices.contains(where: { isInRepeatedBlock[$0] && ScrapedPage.weight(of: lines[$0]) > 0 }),
              let range = bodyRange(discountingRepeatedBlocks: false), range.overlaps(body) else { return body }
        return range
    }
}
