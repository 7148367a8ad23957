import OffprintCleanup
import OffprintCore
import OffprintPlatform

extension HTMLReader {
    /// How many characters (folded as `TextFolding` folds) a page's description and a
    /// paragraph must open with alike for the paragraph to be the lead the description states.
    static let leadPrefix = 50

    /// The longest paragraph (in characters) read as a lead.
    static let longestLead = 1_200

    /// Elements a lead is never inside: a link or list item (a teaser of the article on its own
    /// page), the page's navigation, asides, footers, forms, figures and the head.
    private static let leadExcludingAncestors: Set<String> = [
        "a", "li", "nav", "aside", "footer", "form", "button", "figure", "figcaption", "head",
        "noscript", "template", "select", "option", "label", "dialog",
    ]

    /// Elements that may hold a lead's text: a paragraph, or a box with no block of its own
    /// inside (`div.intro`, `span.blurb`). Not a heading: a description printed as a heading
    /// under the headline is its subheadline (a dek), which the title already stands for.
    private static let leadElements = NameSet(["p", "div", "span", "section", "header"])

    /// Elements inside a lead that make it more than one paragraph.
    private static let leadBreakingChildren = NameSet([
        "p", "div", "section", "article", "header", "ul", "ol", "table", "h1", "h2", "h3", "h4",
        "h5", "h6", "figure", "blockquote", "form", "nav", "aside", "footer",
    ])

    /// The body with the article's lead put first when the extraction left it out: the first
    /// visible paragraph of the page, outside links, lists and the page's furniture, whose text
    /// opens as the page's description (`og:description`, `description`, the structured data's)
    /// does. Sites print that description as the standfirst between the headline and the
    /// article's container, where the content scores do not reach. Nothing changes when a block
    /// of the body holds the description's or that paragraph's opening as the page prints it,
    /// or one of its first blocks holds it folded.
    static func withLead(_ body: [Block], summary: String?, document: DOMNode, converter: DOMBlockConverter) -> [Block] {
        guard let summary, let opening = leadOpening(of: summary), let initial = opening.unicodeScalars.first else { return body }
        // Most bodies hold their lead already, as the page prints it (bytes compared: no folding).
        let texts = body.map(\.plainText)
        if holds(texts, DOMNode.collapseWhitespace(summary)) { return body }
        var lead: DOMNode?
        document.forEachElement { element in
            guard leadElements.contains(element),
                  !element.children.contains(where: { !$0.isText && leadBreakingChildren.contains($0) }),
                  opensAlike(element, opening, initial: initial) else { return true }
            let text = element.normalizedText
            guard text.characterCount(atMost: longestLead + 1) <= longestLead,
                  leadOpening(of: text) == opening, isShownOutsideFurniture(element) else { return true }
            lead = element
            return false
        }
        // The body holds the lead as the page prints it, or otherwise (quotes, entities,
        // spaces): then compared folded, in the blocks a lead opens.
        guard let lead, !holds(texts, lead.normalizedText),
              !texts.prefix(headlineReach).contains(where: { TextFolding.fold($0.unicodeScalars, limit: bodyReach).text.containsBytes(of: opening) }) else { return body }
        let blocks = converter.blocks(of: lead)
        guard !blocks.isEmpty else { return body }
        return blocks + body
    }

    /// Whether the element's first text that is not blank opens as `opening` does, as far as
    /// that text goes (up to `firstTextPrefix` characters): a test on one text node that spares
    /// folding the whole text of every paragraph of the page.
    private static func opensAlike(_ element: DOMNode, _ opening: String, initial: Unicode.Scalar) -> Bool {
        var first: String?
        element.forEachText { text in
            // Most paragraphs part at their first letter, which needs no folding (ASCII letters
            // compared byte-wise, other scalars by their lower case).
            var letter: Unicode.Scalar?
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    let lower = value | 0x20
                    if lower >= 0x61, lower <= 0x7A { letter = Unicode.Scalar(lower); break }
                } else if scalar.properties.isAlphabetic {
                    letter = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
                    break
                }
            }
            guard let letter else { return true }
            if letter == initial { first = FurnitureLexicon.normalize(text.drop { !$0.isLetter }.prefix(firstTextPrefix)) }
            return false
        }
        guard let first else { return false }
        let start = first.prefix(firstTextPrefix / 2)
        return !start.isEmpty && opening.hasPrefix(start)
    }

    /// Whether one of the blocks' texts holds `text`'s opening (its first `leadPrefix`
    /// characters, as printed).
    private static func holds(_ texts: [String], _ text: String) -> Bool {
        let opening = String(text.prefix(leadPrefix))
        return !opening.isEmpty && texts.contains { $0.containsBytes(of: opening) }
    }

    /// How many characters of an element's first text `opensAlike` folds.
    private static let firstTextPrefix = 24

    /// How many scalars of a body block are looked through for the lead's opening (a dateline
    /// may come first).
    static let bodyReach = 400

    /// How many scalars of a text are folded for its opening: enough for `leadPrefix`
    /// characters after the punctuation, digits and spaces folding drops.
    static let openingReach = 4 * leadPrefix

    /// The text's first `leadPrefix` characters, folded (`TextFolding`, as the furniture
    /// lexicon folds); `nil` when it is shorter.
    static func leadOpening(of text: String) -> String? {
        let normalized = TextFolding.fold(text.unicodeScalars, limit: openingReach).text
        guard normalized.characterCount(atMost: leadPrefix) >= leadPrefix else { return nil }
        return String(normalized.prefix(leadPrefix))
    }

    /// Whether no ancestor (nor the element) hides it or is one of the furniture elements.
    private static func isShownOutsideFurniture(_ element: DOMNode) -> Bool {
        var node: DOMNode? = element
        while let current = node {
            if current !== element, leadExcludingAncestors.contains(current.name) { return false }
            if !current.attributes.isEmpty {
                if current.attributes["hidden"] != nil || current.attributes["aria-hidden"] == "true" { return false }
                if let style = current.attributes["style"]?.lowercased() {
                    let compact = String(decoding: style.utf8.filter { $0 != 0x20 }, as: UTF8.self)
                    if compact.containsBytes(of: "display:none") || compact.containsBytes(of: "visibility:hidden") { return false }
                }
            }
            node = current.parentElement
        }
        return true
    }
}
