extension ScrapedPage {
    /// The fewest numbered slides of one gallery that make the lines a gallery.
    static let gallerySlides = 3

    /// The most words of the credit under a gallery's last caption ("GETTY IMAGES", "Reuters/Corbis").
    static let galleryCreditWords = 4.0

    /// The number and total of a gallery slide's title ("2/50 Star Wars boosts economy"): the
    /// line's first word is "N/M" with 1 ≤ N ≤ M, and a title follows it.
    static func slideCounter(_ text: Substring) -> (number: Int, total: Int)? {
        guard let space = text.firstIndex(of: " "), text.index(after: space) < text.endIndex else { return nil }
        let parts = text[..<space].split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 4, parts[1].count <= 4,
              let number = Int(parts[0]), let total = Int(parts[1]), number >= 1, number <= total else { return nil }
        return (number, total)
    }

    /// Of the body's lines (indices into `lines`, in order), those of a gallery of numbered
    /// slides printed inside the article ("1/50 Title", its caption and credit, "2/50 Title"…):
    /// from the first of `gallerySlides` or more counters of one total, numbered upwards, to the
    /// last one's caption and credit. The slides are other stories (a week's business news
    /// beside an article on hotels), which the article's text does not need. A recipe's
    /// quantities ("1/4 cup", "1/4 teaspoon", "3/4 cup") repeat or skip back, and stay.
    func numberedGallery(in body: [Int]) -> Set<Int> {
        var slides: [Int: [(position: Int, number: Int)]] = [:]  // by total
        for (position, index) in body.enumerated() {
            // Bytes first: a counter opens with an ASCII digit.
            guard let first = lines[index].text.utf8.first, (0x31...0x39).contains(first),
                  let counter = ScrapedPage.slideCounter(lines[index].text), counter.total >= ScrapedPage.gallerySlides else { continue }
            slides[counter.total, default: []].append((position, counter.number))
        }
        var found = Set<Int>()
        for counters in slides.values where counters.count >= ScrapedPage.gallerySlides {
            guard zip(counters, counters.dropFirst()).allSatisfy({ $0.number < $1.number }),
                  let first = counters.first?.position, var end = counters.last?.position else { continue }
            // The last slide's caption and its credit.
            if end + 1 < body.count, lines[body[end + 1]].isSentenceLike { end += 1 }
            if end + 1 < body.count, lines[body[end + 1]].words <= ScrapedPage.galleryCreditWords, !lines[body[end + 1]].isSentenceLike { end += 1 }
            for position in first...end { found.insert(body[position]) }
        }
        return found
    }
}
