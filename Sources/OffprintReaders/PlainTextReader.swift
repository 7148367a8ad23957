import Foundation
import OffprintCore
import OffprintCleanup

/// Reads scraped page text (one block per line, the article among the site's navigation and
/// furniture) and plain-text articles, with optional `Key: value` header lines at the top.
///
/// It keeps each paragraph exactly as written, takes the line above the headline as the kicker,
/// moves related-article headlines into `related`, and drops furniture (matched by
/// `FurnitureLexicon`) and white-space-only lines.
public struct PlainTextReader: ArticleReader {
    public let format = "txt"
    public let fileExtensions = ["txt", "text"]
    public let summary = "plain or scraped page text, with optional Title:/Author:/Date:/URL:/Language:/Tags: header lines"

    /// The furniture phrases to recognise.
    public let lexicon: FurnitureLexicon

    /// Creates a reader with the given furniture lexicon.
    public init(lexicon: FurnitureLexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Any text that is not binary may be read as plain text, so this reader sniffs last.
    public func recognizes(_ data: Data) -> Bool {
        !data.prefix(8192).contains(0)
    }

    /// Plain text has no signature: a file without an extension is read as text only when
    /// `--from txt` says so.
    public var recognizesBySignature: Bool { false }

    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        let (header, page) = try headerAndPage(of: input)
        var article = Article(id: input.name, title: "", source: ArticleSource(path: input.name))
        header.apply(to: &article, warnings: &warnings)

        guard let bodyRange = page.bodyRange() else {
            throw ConversionError(.malformed("no article text: every line is site furniture (navigation, share or comment links)"))
        }
        var bodyStart = bodyRange.lowerBound
        var headline: Int?
        if article.title.isEmpty {
            headline = page.headlineIndex(body: page.headlineSearchRange(body: bodyRange))
            if let headline {
                // A headline found among the body's first lines ends what is above it: a logo's
                // text, a kicker.
                if headline >= bodyStart, headline < bodyRange.upperBound { bodyStart = headline + 1 }
                article.title = String(page.lines[headline].text)
                if article.kicker == nil, let kicker = page.kickerIndex(above: headline) {
                    article.kicker = String(page.lines[kicker].text)
                }
            }
        } else if PlainTextReader.sameText(page.lines[bodyStart].text, article.title), bodyRange.count > 1 {
            bodyStart += 1
        }
        readByline(page, between: (headline ?? bodyStart - 1) + 1, and: bodyStart, into: &article)

        // A line the body already holds is a widget's repeat (a gallery's caption, a teaser,
        // the article again from the page's metadata); short lines with numbers (a program's
        // output, a table's rows) may well come twice.
        // A long line that mostly says again what the body said is the article printed twice.
        var seen: Set<UInt64> = []
        var passages = RepeatedPassages()
        var openedParagraphs = false
        var kept: [Int] = []
        for index in bodyStart...bodyRange.upperBound {
            let line = page.lines[index]
            // A template's label printed between paragraphs ("Article content") is the page's.
            guard !line.isBlank, line.furniture == nil, !page.isRepeatedLabel[index] else { continue }
            if line.words >= PlainTextReader.repeatedLineWords,
               line.words >= PlainTextReader.repeatedNumberLineWords || !line.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }),
               !seen.insert(line.textHash).inserted { continue }
            if page.isBodyFurniture(line) || passages.isRepeat(line) { continue }
            // A date above the first paragraph is the article's (or a teaser's) time stamp.
            if !openedParagraphs, page.isDateLine(line) { continue }
            if page.isProse(line) { openedParagraphs = true }
            kept.append(index)
        }
        // A box of other stories' headlines between or after the paragraphs, teasers'
        // summaries cut off at a length and a gallery of numbered slides are the page's.
        let teasers = page.teaserRuns(in: kept).union(page.cutOffExcerpts(in: kept)).union(page.numberedGallery(in: kept))
        for index in kept where !teasers.contains(index) {
            article.body.append(.paragraph(String(page.lines[index].text)))
        }
        for index in page.relatedIndices(after: bodyRange.upperBound) {
            article.related.append(Link(title: String(page.lines[index].text)))
        }
        if article.title.isEmpty {
            article.title = PlainTextReader.fallbackTitle(from: article.body, name: input.name)
        }
        if let url = article.source.url { article.id = url }
        article.enforceModelLimits(warnings: &warnings)
        return article
    }

    /// The fewest words a body line has for a second copy of it to be dropped.
    static let repeatedLineWords = 3.0
    /// The fewest words a body line with a number has for a second copy of it to be dropped.
    static let repeatedNumberLineWords = 10.0

    /// The input's header lines, and the scraped page below them.
    private func headerAndPage(of input: ReaderInput) throws(ConversionError) -> (header: HeaderLines, page: ScrapedPage) {
        var text = try TextDecoding.decode(input.data, encoding: input.encoding)
        // UTF-8 read as Windows-1252 before it was dumped ("fÃ¼r") is put back, unless the
        // user named the encoding.
        if input.encoding == nil { text = DoubleEncodedText.repaired(text) }
        let allLines = PlainTextReader.lines(of: text)
        let header = HeaderLines(allLines)
        return (header, ScrapedPage(lines: Array(allLines[header.lineCount...]), firstLineNumber: header.lineCount + 1, lexicon: lexicon))
    }

    /// The names of the headline features, in the order `headlineCandidates(in:)` gives them.
    package static var headlineFeatureNames: [String] { HeadlineFeatures.names }

    /// The lines of scraped text that may be its headline, with their features and the model's
    /// score, for training and checking the headline model (`offprint inspect --headline-candidates`);
    /// then the lines in the same places that are no candidates, with why (`excluded`), which
    /// the trainer learns from as wrong answers.
    package func headlineCandidates(in input: ReaderInput) throws(ConversionError)
        -> [(line: Int, text: String, features: [Double], score: Double, excluded: String?)] {
        let page = try headerAndPage(of: input).page
        guard let body = page.bodyRange() else { return [] }
        let listed = page.headlineCandidates(body: page.headlineSearchRange(body: body), listingExcluded: true)
        return (listed.filter { $0.excluded == nil } + listed.filter { $0.excluded != nil }).map { candidate in
            (page.lines[candidate.index].number, String(page.lines[candidate.index].text), candidate.features.values,
             HeadlineModel.standard.score(candidate.features), candidate.excluded?.rawValue)
        }
    }

    /// The first whole year of the Gregorian calendar. A page's date line with an earlier year is
    /// dated in another calendar (a Solar Hijri "1403/05/22", a lunar Hijri 1446), which the
    /// article's `published` (a Gregorian date) must not take as it reads.
    static let firstGregorianYear = 1583

    /// Authors and date from the lines between the headline and the body, unless the header gave them.
    private func readByline(_ page: ScrapedPage, between start: Int, and end: Int, into article: inout Article) {
        guard start < end else { return }
        for line in page.lines[start..<end] where !line.isBlank {
            if article.authors.isEmpty, page.isByline(line) {
                article.authors = PlainTextReader.authors(inByline: line.text)
            } else if article.published == nil, page.isDateLine(line), let date = ArticleDate(parsing: String(line.text)),
                      date.year >= PlainTextReader.firstGregorianYear {
                article.published = date
            }
        }
    }

    /// "By Jane Doe and John Roe, Foreign Desk" → ["Jane Doe", "John Roe"].
    static func authors(inByline text: Substring) -> [String] {
        var rest = Substring(text.trimmingWhitespace())
        if let prefix = ScrapedPage.bylinePrefixes.first(where: { rest.lowercased().hasPrefix($0) }) {
            rest = rest.dropFirst(prefix.count)
        }
        if let end = rest.firstIndex(where: { ",|·•(".contains($0) }) { rest = rest[..<end] }
        return rest.replacingOccurrences(of: " & ", with: " and ")
            .components(separatedBy: " and ")
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    /// The first words of the body, or the file name, when no headline was found.
    static func fallbackTitle(from body: [Block], name: String) -> String {
        if let first = body.first?.plainText.trimmingWhitespace(), !first.isEmpty {
            let words = first.split(separator: " ")
            return words.count <= 12 ? first : words.prefix(12).joined(separator: " ") + "…"
        }
        let base = (name as NSString).lastPathComponent
        return (base as NSString).deletingPathExtension
    }

    static func sameText(_ a: Substring, _ b: String) -> Bool {
        a.trimmingWhitespace().lowercased() == b.trimmingWhitespace().lowercased()
    }

    /// The lines of a text, split at LF, CRLF or (in files with no LF) CR.
    package static func lines(of text: String) -> [Substring] {
        let separator: UInt8 = text.containsUTF8Byte(10) || !text.containsUTF8Byte(13) ? 10 : 13
        // Where the separators are, found in the string's own buffer; then one substring per line.
        var text = text
        let breaks: [Int] = text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == separator } }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for offset in breaks + [utf8.count] {
            var end = utf8.index(start, offsetBy: offset - startOffset)
            if separator == 10, end > start, utf8[utf8.index(before: end)] == 13 { end = utf8.index(before: end) }
            lines.append(text[start..<end])
            if offset < utf8.count {
                start = utf8.index(start, offsetBy: offset - startOffset + 1)
                startOffset = offset + 1
            }
        }
        return lines
    }
}
