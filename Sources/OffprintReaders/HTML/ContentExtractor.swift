import OffprintCore
import OffprintPlatform
/// Finds the article in a parsed page: scores paragraphs by their text (length, commas) and
/// passes the score to the containers above them, discounts link-heavy containers, takes the
/// best one with the siblings that belong to it, then removes what inside it is furniture.
///
/// A page where the first pass finds too little is tried again with fewer rules (keeping
/// "unlikely" parts, then ignoring class names, then not cleaning), as Readability does.
struct ContentExtractor {
    /// The rules a pass applies.
    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weightClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let stripHidden = Flags(rawValue: 8)
        static let all: Flags = [.stripUnlikely, .weightClasses, .cleanConditionally, .stripHidden]
    }

    /// Text shorter than this (in characters) after a pass makes the next pass run.
    static let enoughText = 500

    /// What a pass found: the content, and the `lang` and `dir` in force where it was.
    struct Result {
        let content: DOMNode
        let language: String?
        let direction: String?
    }

    /// The article's content, or `nil` when the page holds no article text.
    /// `freshDocument` parses the page anew for each pass (passes change the tree);
    /// `pageHost` is the host the page was published at, when it says (its canonical URL).
    static func content(pageHost: String? = nil, of freshDocument: () -> DOMNode) -> Result? {
        var best: (result: Result, length: Int, linkText: Int)?
        // The last pass keeps hidden elements too: some pages stream the article into a hidden
        // element that a script reveals.
        for flags in [Flags.all, [.weightClasses, .cleanConditionally, .stripHidden], [.cleanConditionally, .stripHidden], [.stripHidden], []] {
            let document = freshDocument()
            guard let result = ContentExtractor(flags: flags, pageHost: pageHost).extract(from: document) else { continue }
            let measure = TextMeasure(result.content)
            let length = measure.length(result.content)
            let linkText = Int((measure.linkDensity(result.content) * Double(length)).rounded())
            if let shorter = best {
                // A short article is not made longer by a laxer pass's furniture: a later pass
                // whose addition is two thirds links or more (teasers, link lists) loses.
                let added = length - shorter.length
                guard added > 0, (linkText - shorter.linkText) * 3 < added * 2 else { continue }
            }
            if length >= enoughText { return result }
            best = (result, length, linkText)
        }
        return best?.result
    }

    let flags: Flags
    /// The host the page was published at (lower-cased, without `www.`), if known.
    var pageHost: String? = nil

    func extract(from document: DOMNode) -> Result? {
        let body = document.first(named: ["body"]) ?? document
        removeNeverContent(body)
        let paragraphs = prepareCandidates(body)
        let measure = TextMeasure(body)
        guard let top = topCandidate(scoring: paragraphs, in: body, measure: measure) else { return nil }
        let language = top.inherited("lang"), direction = top.inherited("dir")
        let content = DOMNode(element: "div", attributes: [:])
        for node in siblings(of: top, measure: measure) { content.append(node) }
        clean(content)
        return Result(content: content, language: language, direction: direction)
    }

    /// Scripts, styles, navigation, forms that hold no prose and hidden elements go first.
    private func removeNeverContent(_ root: DOMNode) {
        var pageProse: Int?
        for node in root.descendants() where ContentHints.neverContent.contains(node) || (flags.contains(.stripHidden) && isHidden(node)) {
            // Tag soup can close a sidebar only at the end of the page, with the article in it.
            if ContentHints.sectioning.contains(node), ContentExtractor.proseLength(in: node, atLeast: ContentExtractor.proseInForm) {
                let total = pageProse ?? ContentExtractor.proseLength(of: root)
                pageProse = total
                if ContentExtractor.proseLength(of: node) * 2 > total { continue }
            }
            node.remove()
        }
        for form in root.descendants(named: ["form"]) where !ContentExtractor.holdsProse(form) {
            form.remove()
        }
    }

    /// Paragraph text a search box, a login or a newsletter form never has: some pages
    /// (ASP.NET's) wrap the whole page, article included, in one `<form>`.
    static let proseInForm = 400

    private static func holdsProse(_ form: DOMNode) -> Bool {
        proseLength(in: form, atLeast: proseInForm)
    }

    /// Whether the paragraphs (and quotes) under `node` hold at least `minimum` characters,
    /// counting only those of `shortest` characters or more.
    static func proseLength(in node: DOMNode, atLeast minimum: Int, paragraphsOf shortest: Int = 0) -> Bool {
        var length = 0
        // Forum software writes posts straight into quotes, without paragraphs.
        for paragraph in node.descendants(named: ["p", "blockquote"]) {
            let count = WhitespaceCollapsing.collapsedLength(paragraph.textContent)
            guard count >= shortest else { continue }
            length += count
            if length >= minimum { return true }
        }
        return false
    }

    /// The characters of the paragraphs under `node`.
    static func proseLength(of node: DOMNode) -> Int {
        node.descendants(named: ["p", "blockquote"]).reduce(0) { $0 + WhitespaceCollapsing.collapsedLength($1.textContent) }
    }

    private func isHidden(_ node: DOMNode) -> Bool {
        // Most elements have no attributes: no name need be looked for.
        if node.attributes.isEmpty { return false }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
        guard let style = node.attributes["style"]?.lowercased() else { return false }
        // Spaces dropped byte by byte (Foundation's replacingOccurrences was 1.6% of reading a page).
        let compact = String(decoding: style.utf8.filter { $0 != 0x20 }, as: UTF8.self)
        return compact.containsBytes(of: "display:none") || compact.containsBytes(of: "visibility:hidden")
    }
}
