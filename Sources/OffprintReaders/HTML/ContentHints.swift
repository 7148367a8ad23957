import OffprintCore
import OffprintPlatform
/// The words in `class` and `id` attributes, roles and tag names that say whether an element
/// holds the article or the page around it. Patterns follow those of Mozilla's Readability,
/// the reference the shared corpus was annotated with.
enum ContentHints {
    /// Parts of a page that are almost never the article.
    static let unlikely = HintWords([
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "newsletter", "share", "modal", "consent",
    ])
    /// Words that rescue an element matching `unlikely`.
    static let maybe = HintWords(["and", "article", "body", "column", "content", "main", "mathjax", "shadow"])
    /// Class and id words that speak for the article.
    static let positive = HintWords([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story",
    ])
    /// Class and id words that speak against it.
    static let negative = HintWords([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "cookie", "newsletter", "subscribe",
    ])
    /// Class and id words (`ClassNameWords`) of furniture found inside the article's own
    /// container: author boxes and bylines, dates, calls to subscribe or donate, credits.
    static let furnitureWords: Set<String> = [
        "author", "authors", "autor", "byline", "bio", "cta", "donate", "donation", "signup", "newsletter", "paywall",
        "subscribe", "subscription", "date", "dates", "dateline", "timestamp", "pubdate", "published", "credit", "credits",
    ]

    /// Whether the class names say the element is only for screen readers
    /// (`visually-hidden`, `sr-only`, `screen-reader-text`, `element-invisible`).
    static func isScreenReaderOnly(_ words: [String]) -> Bool {
        let pairs: [(String, String)] = [("visually", "hidden"), ("sr", "only"), ("screen", "reader"), ("element", "invisible")]
        return pairs.contains { pair in words.contains(pair.0) && words.contains(pair.1) }
    }

    /// Class names of the CSS frameworks' utility that hides an element everywhere
    /// (Bootstrap's and Tailwind's `hidden`, Bootstrap's `d-none`, Bulma's `is-hidden`).
    static let hidingClasses: Set<Substring> = ["hidden", "d-none", "is-hidden"]

    /// Whether `classes` (a `class` value) hide the element on every screen: a hiding class
    /// and no class that shows it again from some screen width (`d-md-block`, `md:block`).
    /// A print-only element (`d-none d-print-block`) is hidden on screen. The pages' own CSS
    /// is not applied, but these names mean the same on every site.
    static func hidesByClass(_ classes: String) -> Bool {
        guard classes.containsBytes(of: "hidden") || classes.containsBytes(of: "d-none") else { return false }
        let names = classes.split(whereSeparator: \.isWhitespace)
        guard names.contains(where: hidingClasses.contains) else { return false }
        return !names.contains { name in
            name.contains(":") || (name.hasPrefix("d-") && name != "d-none" && !name.hasPrefix("d-print-"))
        }
    }

    /// Whether `classes` (a `class` value) show the element in print only (Bootstrap's
    /// `d-print-block` beside the `d-none` that hides it on screen).
    static func showsOnlyInPrint(_ classes: String) -> Bool {
        classes.containsBytes(of: "d-print-") && classes.split(whereSeparator: \.isWhitespace).contains { $0.hasPrefix("d-print-") && $0 != "d-print-none" }
    }

    /// Elements removed before scoring when nothing but white space, `<br>` and `<hr>` is in them.
    static let removedWhenEmpty = NameSet(["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"])

    /// ARIA roles of page furniture.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    /// Elements removed before anything else: they never hold article text.
    static let neverContent = NameSet([
        "script", "style", "noscript", "template", "iframe", "object", "embed", "button", "input", "select",
        "textarea", "nav", "aside", "footer", "link", "meta", "canvas", "dialog", "menu",
    ])
    /// Page regions among `neverContent` that broken markup can leave wrapped around the
    /// article; they are kept when they hold most of the page's paragraph text.
    static let sectioning = NameSet(["aside", "footer", "nav"])
    /// Elements whose text is scored as article paragraphs.
    static let scored = NameSet(["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"])
    /// Block-level elements: a `div` without any of these is really a paragraph.
    static let blockLevel = NameSet([
        "a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "main",
    ])

    /// Whether any of `words` occurs in `text` (lower-cased class and id values).
    static func matches(_ text: String, _ words: HintWords) -> Bool {
        guard text.containsUTF8Byte(where: { $0 != 0x20 }) else { return false }
        return words.occurs(in: text)
    }

    /// +25 for a positive hint in class or id, −25 for a negative one, as Readability weighs
    /// them; +25 more for schema.org's `itemprop="articleBody"`, the page's own word for it.
    static func classWeight(_ node: DOMNode) -> Double {
        var weight = node.attributes["itemprop"]?.lowercased().contains("articlebody") == true ? 25.0 : 0
        for value in [node.attributes["class"], node.attributes["id"]] {
            guard var value, !value.isEmpty else { continue }
            // An ASCII value (nearly all) is lower-cased byte by byte as it is read; any other
            // is lower-cased first (`K`, the Kelvin sign, lower-cases to ASCII `k`).
            let ascii = value.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? valueWeight(bytes, lowercasingASCII: true) : nil }
            if let ascii {
                weight += ascii
                continue
            }
            var lowered = value.lowercased()
            weight += lowered.withUTF8 { valueWeight($0, lowercasingASCII: false) }
        }
        return weight
    }

    /// The weight of one lower-cased (or, with `lowercasingASCII`, ASCII) class or id value.
    private static func valueWeight(_ value: UnsafeBufferPointer<UInt8>, lowercasingASCII: Bool) -> Double {
        guard value.contains(where: { $0 != 0x20 }) else { return 0 }
        var weight = 0.0
        // `hid` only as a word of its own, as Readability has it: not in `hideOnInit`.
        if negative.occurs(in: value, lowercasingASCII: lowercasingASCII) || holdsWordHid(value, lowercasingASCII: lowercasingASCII) { weight -= 25 }
        if positive.occurs(in: value, lowercasingASCII: lowercasingASCII) { weight += 25 }
        return weight
    }

    /// Whether `hid` is one of the value's words between spaces (`split(separator: " ")`).
    /// For an ASCII value the bytes answer it exactly: each byte is a character. For another,
    /// a match of the bytes is confirmed with `split`, since there a space that a combining
    /// mark follows is part of a character, not a separator.
    private static func holdsWordHid(_ value: UnsafeBufferPointer<UInt8>, lowercasingASCII: Bool) -> Bool {
        let count = value.count
        var start = 0
        while start < count {
            var end = start
            while end < count, value[end] != 0x20 { end += 1 }
            if end - start == 3, HintWords.byte(value[start], lowercasing: lowercasingASCII) == 0x68,
               HintWords.byte(value[start + 1], lowercasing: lowercasingASCII) == 0x69,
               HintWords.byte(value[start + 2], lowercasing: lowercasingASCII) == 0x64 {
                if lowercasingASCII { return true }
                return String(decoding: value, as: UTF8.self).split(separator: " ").contains("hid")
            }
            start = end + 1
        }
        return false
    }

    /// Whether the page marks this element as its main content: `<main>`, `role="main"`, or
    /// schema.org's `itemprop="articleBody"`.
    static func marksMainContent(_ node: DOMNode) -> Bool {
        node.name == "main" || node.attributes["role"] == "main"
            || node.attributes["itemprop"]?.lowercased().contains("articlebody") == true
    }

    /// The starting score of a candidate container, by its tag.
    static func tagWeight(_ name: String) -> Double {
        switch name {
        case "div", "article", "main": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}
