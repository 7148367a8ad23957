import OffprintCore
/// Drops paragraphs that are only site furniture ("Share this", "Back to top"), a furniture
/// label and links ("Read more: <link>", `LabelledLinks`), or only white space, whichever
/// reader made the article.
public struct FurnitureRemoval: CleanupPass {
    public let name = "furniture removal"
    /// The phrases to drop.
    public let lexicon: FurnitureLexicon

    /// Creates the pass with a lexicon.
    public init(lexicon: FurnitureLexicon = .standard) {
        self.lexicon = lexicon
    }

    public func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        article.body = article.body.filter { block in
            switch block.kind {
            case .paragraph(let inlines):
                let text = inlines.plainText
                return !text.isBlank && lexicon.kind(of: text) == nil && !LabelledLinks.matches(inlines, lexicon: lexicon)
            case .heading(_, let inlines):
                // A heading that only names furniture ("You may also like", "Comments") heads
                // a box, not a section of the article.
                return lexicon.kind(of: inlines.plainText) == nil
            default:
                return true
            }
        }
    }
}
