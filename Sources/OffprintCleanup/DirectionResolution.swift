import OffprintCore
/// Sets the article's direction (from its language, else from its first strong letter), and
/// marks paragraphs written in a script of the other direction with their own direction and
/// language, so an English quotation in an Arabic article reads left to right.
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

    public func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        let direction = article.direction
            ?? article.language.flatMap { TextDirection(language: $0) }
            ?? TextDirection(firstStrongIn: article.textSample())
            ?? .leftToRight
        article.direction = direction
        article.body = article.body.map { mark($0, within: direction) }
    }

    private func mark(_ block: Block, within direction: TextDirection) -> Block {
        guard block.direction == nil else { return block }
        var census = ScriptCensus()
        let text = block.plainText
        var remaining = DirectionResolution.sampleScalars
        for scalar in text.unicodeScalars {
            census.add(scalar)
            remaining -= 1
            if remaining == 0 { break }
        }
        guard census.letters >= DirectionResolution.minimumLetters, let script = census.dominantScript else { return block }
        let own: TextDirection = script.isRightToLeft ? .rightToLeft : .leftToRight
        guard own != direction else { return block }
        var marked = block
        marked.direction = own
        if marked.language == nil { marked.language = detector.language(of: text) }
        return marked
    }
}
