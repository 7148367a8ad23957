import Foundation
import OffprintCore
import OffprintPlatform
extension ContentExtractor {
    /// Removes what inside the chosen content is still furniture: share bars, link lists,
    /// image galleries without text, and empty paragraphs.
    func clean(_ content: DOMNode) {
        removeFollowingStories(content)
        for node in content.descendants() where node.parentIsAttached(to: content) {
            if node.hintText?.containsBytes(of: "share") == true && node.textContent.characterCount(atMost: 500) < 500 {
                node.remove()
            } else if flags.contains(.stripHidden), isHiddenByClass(node) {
                node.remove()
            } else if ["h1", "h2"].contains(node.name), flags.contains(.weightClasses), ContentHints.classWeight(node) < 0 {
                node.remove()
            }
        }
        if flags.contains(.cleanConditionally) {
            let measure = TextMeasure(content)
            let contentProse = ContentExtractor.prose(under: content, measure: measure)
            let trailing = ContentExtractor.elementsAfterLastProse(in: content, measure: measure)
            for node in content.descendants(named: ["table", "ul", "div"]).reversed() where node.parentIsAttached(to: content) {
                if shouldRemove(node, measure: measure, contentProse: contentProse, trailing: trailing) { node.remove() }
            }
        }
        removeTeaserCards(content)
        // After the link-density rules: text for screen readers counts as the link text it often is.
        if flags.contains(.weightClasses) {
            for node in content.descendants() where node.parentIsAttached(to: content) && isFurnitureByName(node) {
                node.remove()
            }
        }
        for paragraph in content.descendants(named: ["p"]) where paragraph.parentIsAttached(to: content) {
            if !paragraph.holdsNonBlankText, paragraph.first(named: ["img", "picture", "figure", "video", "svg"]) == nil {
                paragraph.remove()
            }
        }
    }

    /// An element that a CSS framework's class hides (`hidden`, `d-none`): a paywall's pitch or
    /// a sign-in box the page shows only to some readers. It goes only once the article is
    /// found, so that the containers around it score as the page wrote them, and stays when it
    /// holds paragraphs of prose (a paywalled article's text that a script reveals): paragraphs
    /// of `hiddenProseParagraph` characters or more, since a sign-in box's pitches and headings
    /// (`Subscribe now to read the latest news`) are many but each short.
    /// An element shown only in print (`d-none d-print-block`: a citation line, the page's
    /// address) goes whatever it holds: a script never reveals it on screen.
    private func isHiddenByClass(_ node: DOMNode) -> Bool {
        guard let classes = node.attributes["class"], ContentHints.hidesByClass(classes) else { return false }
        if ContentHints.showsOnlyInPrint(classes) { return true }
        return !ContentExtractor.proseLength(in: node, atLeast: ContentExtractor.proseInForm, paragraphsOf: ContentExtractor.hiddenProseParagraph)
    }

    /// The shortest paragraph (in characters) that counts as an article's prose in hidden text.
    static let hiddenProseParagraph = 80

    /// A link to another page of the site that holds a heading (or a story's `article` or
    /// `header`): a teaser card, its picture, headline and summary all one link. A heading of
    /// the article itself may hold a link; it is not held by one. Removed after the
    /// link-density rules, which judge the boxes of such cards by their links.
    private func removeTeaserCards(_ content: DOMNode) {
        guard let pageHost else { return }
        // Nearly no link holds a heading: that is asked first, and the address (parsed) only then.
        for link in content.descendants(named: ["a"]) where link.parentIsAttached(to: content) {
            guard link.holdsElement(in: ContentExtractor.teaserParts), let target = link.attributes["href"]?.trimmingWhitespace(),
                  ContentExtractor.isOtherPage(target, ofSite: pageHost) else { continue }
            link.remove()
        }
    }

    /// What a link holds only when it is a teaser card.
    static let teaserParts = NameSet(["h1", "h2", "h3", "h4", "h5", "h6", "article", "header"])

    /// Pages that load the next story under the article write each story as an `<article>`
    /// with its own `<h1>`: only the first of those is this page's article. (Forum posts and
    /// teasers are `<article>`s too, but without a headline of the page's rank.)
    private func removeFollowingStories(_ content: DOMNode) {
        let stories = content.descendants(named: ["article"]).filter { story in
            story.first(named: ["h1"]) != nil && !story.hasAncestor(named: ["article"])
        }
        for story in stories.dropFirst() where story.parentIsAttached(to: content) {
            story.remove()
        }
    }

    /// A short element whose class names call it an author box, a date, a call to subscribe or
    /// a credit, or text for screen readers only; or a photo's caption written beside it
    /// rather than in the figure's own `<figcaption>`.
    private func isFurnitureByName(_ node: DOMNode) -> Bool {
        guard !node.isText, node.attributes["itemprop"]?.lowercased().contains("articlebody") != true else { return false }
        let words = ClassNameWords.words(of: node)
        guard !words.isEmpty else { return false }
        guard words.contains(where: ContentHints.furnitureWords.contains) || ContentHints.isScreenReaderOnly(words)
                || (node.hintText?.containsBytes(of: "caption") == true && words.contains("caption") && isLooseCaption(node)) else { return false }
        return WhitespaceCollapsing.collapsedLength(node.textContent) < 500
    }

    /// A caption outside any `<figure>` and away from the picture it describes: a gallery's
    /// slide text, or a photo's caption in a box of its own whose picture a script loads. Without
    /// its picture it would read as a paragraph of the article. A `<figcaption>`, a caption box
    /// that holds the picture, and a caption beside its picture (WordPress's `wp-caption`) stay.
    private func isLooseCaption(_ node: DOMNode) -> Bool {
        let pictures: Set<String> = ["img", "picture", "figure", "video", "svg"]
        guard node.name != "figcaption", !node.hasAncestor(named: ["figure", "figcaption"]) else { return false }
        return (node.parentElement ?? node).first(named: pictures) == nil
    }

    /// Whether `list` is a `ul` or `ol` of two or more items, each nothing but one link to
    /// another page of the same site (the site's other stories; links to other sites are the
    /// article's references).
    private func isListOfStories(_ list: DOMNode, measure: TextMeasure) -> Bool {
        guard let pageHost, list.name == "ul" || list.name == "ol" else { return false }
        let items = list.elements.filter { $0.name == "li" }
        guard items.count >= 2, items.count == list.elements.count else { return false }
        return items.allSatisfy { item in
            let links = item.descendants(named: ["a"])
            guard links.count == 1, let target = links[0].attributes["href"]?.trimmingWhitespace(),
                  ContentExtractor.isOtherPage(target, ofSite: pageHost) else { return false }
            return measure.length(item) > 0 && measure.linkDensity(item) >= 0.9
        }
    }

    /// Whether a link's target is another page of the site at `host`: a path on this site
    /// (`/news/1`, `story.html`), or an address at the same host; not a place on this page.
    static func isOtherPage(_ target: String, ofSite host: String) -> Bool {
        guard !target.isEmpty, !target.hasPrefix("#") else { return false }
        let lowered = target.lowercased()
        guard lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//") else {
            // A relative path, unless it names a scheme of its own (`mailto:`, `javascript:`).
            return !lowered.prefix { $0 != "/" && $0 != "?" }.contains(":")
        }
        return URL(string: lowered.hasPrefix("//") ? "https:" + target : target)?.host.map(siteHost) == host
    }

    /// The second levels that countries' registries keep for kinds of site (`co.uk`, `com.au`).
    static let countrySecondLevels: Set<String> = ["co", "com", "org", "net", "gov", "edu", "ac", "or", "ne", "go", "gob", "nic"]

    /// A host without `www.` and without its top-level domain (with a country's second level
    /// for kinds of site: `co.uk`, `com.au`), lower-cased: `bbc` for `www.bbc.co.uk` and
    /// `bbc.com`, so that one publisher's addresses in several countries compare equal, while
    /// `bugzilla.mozilla.org` and `blog.mozilla.org` stay two sites.
    static func siteHost(_ host: String) -> String {
        var labels = host.lowercased().split(separator: ".")
        if labels.first == "www" { labels.removeFirst() }
        if labels.count >= 2 { labels.removeLast() }
        if labels.count >= 2, let last = labels.last, countrySecondLevels.contains(String(last)) { labels.removeLast() }
        return labels.joined(separator: ".")
    }

    /// The shortest paragraph (in characters) that its wrappers' link density does not remove.
    static let wrappedParagraph = 100

    /// The elements under `root` that come after its last paragraph or list item of prose (80
    /// characters or more, mostly not links), in document order.
    static func elementsAfterLastProse(in root: DOMNode, measure: TextMeasure) -> Set<ObjectIdentifier> {
        var trailing: Set<ObjectIdentifier> = []
        for element in root.descendants().reversed() {
            if element.name == "p" || element.name == "li", measure.length(element) >= 80, measure.linkDensity(element) < 0.25 { break }
            trailing.insert(ObjectIdentifier(element))
        }
        return trailing
    }

    /// The characters of the paragraphs under `root` that are not mostly links.
    static func prose(under root: DOMNode, measure: TextMeasure) -> Int {
        root.descendants(named: ["p"]).reduce(0) { total, paragraph in
            measure.linkDensity(paragraph) < 0.25 ? total + measure.length(paragraph) : total
        }
    }

    private func shouldRemove(_ node: DOMNode, measure: TextMeasure, contentProse: Int, trailing: Set<ObjectIdentifier>) -> Bool {
        if node.hasAncestor(named: ["code", "pre"]) { return false }
        let weight = flags.contains(.weightClasses) ? ContentHints.classWeight(node) : 0
        if weight < 0 { return true }
        if node.holdsCommas(atLeast: 10) { return false }
        // One walk counts what the rules below weigh, instead of a walk per count.
        var listText = 0, paragraphs = 0, images = 0, listItems = 0, inputs = 0, prose = 0
        for element in node.descendants() {
            switch element.name {
            case "p":
                paragraphs += 1
                if measure.linkDensity(element) < 0.25 { prose += measure.length(element) }
            case "blockquote":
                // Text straight in a quote: a forum post, a paragraph of its own (however many
                // smileys and signature pictures are around it).
                if element.children.contains(where: { $0.isText && !$0.text.isBlank }), measure.linkDensity(element) < 0.25 {
                    paragraphs += 1
                }
            case "img": images += 1
            case "li": listItems += 1
            case "input": inputs += 1
            case "ul", "ol":
                // The text of the outermost lists (and of lists right inside the node).
                if !element.hasAncestor(named: ["ul", "ol"]) || element.parentElement === node { listText += measure.length(element) }
            default: break
            }
        }
        // The container of most of the article's prose stays, whatever else is in it.
        if contentProse > 0, prose * 2 > contentProse { return false }
        // A container that is mostly lists counts as a list.
        let isList = node.name == "ul" || node.name == "ol"
            || (measure.length(node) > 0 && Double(listText) / Double(measure.length(node)) > 0.9)
        let items = listItems - 100
        let density = measure.linkDensity(node)
        let inFigure = node.hasAncestor(named: ["figure"])
        if node.name == "table", node.first(named: ["th"]) != nil || node.attributes["role"] == "table" { return false }
        if images > 1, Double(paragraphs) / Double(images) < 0.5, !inFigure { return true }
        if !isList, items > paragraphs { return true }
        if Double(inputs) > Double(paragraphs) / 3 { return true }
        // The text is gathered only when the rest of the rule holds (a container's can be long).
        if !isList, images == 0 || images > 2, !inFigure, node.normalizedTextCounts(characterLimit: 25).characters < 25 { return true }
        // One paragraph of prose in wrappers of its own, with a few links in its sentences:
        // judged as the paragraph it is, not as a box of links.
        if !isList, paragraphs == 1, images == 0, density < 0.5, measure.length(node) >= ContentExtractor.wrappedParagraph,
           let paragraph = node.first(named: ["p"]), measure.length(paragraph) == measure.length(node) {
            return false
        }
        if !isList, weight < 25, density > 0.2 { return true }
        // A list of links after the last of the article's prose ("more from this section") is
        // not the article's own list; one between its paragraphs may be.
        if isList, weight < 25, density > 0.5, trailing.contains(ObjectIdentifier(node)) { return true }
        // A list whose every item is one link elsewhere is a box of other stories wherever it
        // stands (a table of contents links to places on the page, and stays).
        if isList, weight < 25, density > 0.9, isListOfStories(node, measure: measure) { return true }
        if weight >= 25, density > 0.5 { return true }
        return false
    }
}
