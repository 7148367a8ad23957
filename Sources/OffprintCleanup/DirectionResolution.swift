import OffprintCore
/// Sets the article's direction and marks the blocks written in the other direction.
///
/// The page takes its declared direction, else its language's, else that of its first strong
/// letter, unless nearly all of its text is in scripts of the other direction (a page declared
/// right to left whose text is English): then the page follows its text, with a warning, so no
/// page mixes right- and left-aligned blocks. Paragraphs, quotes and list items written in a
/// script of the other direction get their own direction and language, so an English quotation
/// in an Arabic article reads left to right; a list whose items differ is marked item by item.
/// A block that has a direction but no language gets one too.
public struct DirectionResolution: CleanupPass {
    public let name = "direction"
    /// Detects the language of paragraphs in the other direction.
    public let detector: LanguageDetector

    /// Creates the pass with a detector.
    public init(detector: LanguageDetector = .standard) {
        self.detector = detector
    }

    /// How much of a paragraph is looked at to tell its script.
    static let sampleScalars = 200

    /// Paragraphs shorter than this (in letters) are too short to judge.
    static let minimumLetters = 12

    /// The same for the items of a list, which are often a word or two: one beside items in
    /// another script is judged on less.
    static let minimumItemLetters = 3

    /// A page whose letters are at least this share in the other direction follows its text.
    static let contradictingShare = 0.9

    /// How many letters of a page are looked at to tell the direction of its text.
    static let pageSampleLetters = 2_000

    /// Pages with fewer letters than this keep their declared direction.
    static let minimumPageLetters = 100

    public func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        var direction = article.direction
            ?? article.language.flatMap { TextDirection(language: $0) }
            ?? TextDirection(firstStrongIn: article.textSample())
            ?? .leftToRight
        if let (own, script) = textDirection(of: article.textSample()), own != direction {
            warnings.append(ConversionWarning("the page is declared \(direction.phrase) but its text is in the \(script.code) script, so it is written \(own.phrase)"))
            direction = own
            if let language = article.language, TextDirection(language: language) != own {
                article.language = detector.language(of: article.textSample()) ?? "und-\(script.code)"
            }
        }
        article.direction = direction
        article.body = article.body.map { mark($0, within: direction) }
    }

    /// The direction of nearly all of a page's letters, with their main script, when the page
    /// has enough of them to tell.
    private func textDirection(of text: String) -> (TextDirection, Script)? {
        var census = ScriptCensus()
        for scalar in text.unicodeScalars {
            census.add(scalar)
            if census.letters >= DirectionResolution.pageSampleLetters { break }
        }
        guard census.letters >= DirectionResolution.minimumPageLetters, let script = census.dominantScript else { return nil }
        let rightToLeft = Double(census.rightToLeftLetters) / Double(census.letters)
        if rightToLeft >= DirectionResolution.contradictingShare { return (.rightToLeft, script) }
        if 1 - rightToLeft >= DirectionResolution.contradictingShare { return (.leftToRight, script) }
        return nil
    }

    private func mark(_ block: Block, within direction: TextDirection, minimumLetters: Int = DirectionResolution.minimumLetters) -> Block {
        if let own = block.direction {
            guard block.language == nil else { return block }
            var marked = block
            marked.language = language(of: block.plainText, script: ownScript(of: block.plainText, minimumLetters: 1)?.script)
            return own == direction ? block : marked
        }
        // A list whose items are not all in one direction is marked item by item.
        if case .list(let ordered, let start, let items) = block.kind {
            let minimum = DirectionResolution.minimumItemLetters
            let directions = items.map { ownScript(of: $0.map(\.plainText).joined(separator: "\n"), minimumLetters: minimum)?.direction ?? direction }
            if Set(directions).count > 1 {
                let marked = items.map { item in item.map { mark($0, within: direction, minimumLetters: minimum) } }
                return Block(.list(ordered: ordered, start: start, items: marked), language: block.language, direction: block.direction)
            }
        }
        let text = block.plainText
        guard let (own, script) = ownScript(of: text, minimumLetters: minimumLetters), own != direction else { return block }
        var marked = block
        marked.direction = own
        if marked.language == nil { marked.language = language(of: text, script: script) }
        return marked
    }

    /// The direction and script of a block's text, when it has enough letters to tell.
    private func ownScript(of text: String, minimumLetters: Int) -> (direction: TextDirection, script: Script)? {
        var census = ScriptCensus()
        var remaining = DirectionResolution.sampleScalars
        for scalar in text.unicodeScalars {
            census.add(scalar)
            remaining -= 1
            if remaining == 0 { break }
        }
        guard census.letters >= minimumLetters, let script = census.dominantScript else { return nil }
        return (script.isRightToLeft ? .rightToLeft : .leftToRight, script)
    }

    /// The language of a block's text, else a tag that names only its script (`und-Latn`), so
    /// every element with its own direction has a language too.
    private func language(of text: String, script: Script?) -> String {
        detector.language(of: text) ?? script?.language ?? script.map { "und-\($0.code)" } ?? "und"
    }
}

private extension TextDirection {
    var phrase: String { self == .rightToLeft ? "right to left" : "left to right" }
}
