import OffprintPlatform

/// The elements a page's metadata is read from (`<meta>`, `<link>`, `<script>`, and the first
/// `<html>`, `<head>`, `<body>`, `<base>` and `<h1>`), found in one walk of the page instead of
/// a walk for each.
struct PageElements {
    var metas: [DOMNode] = []
    var links: [DOMNode] = []
    var scripts: [DOMNode] = []
    var html: DOMNode?
    var head: DOMNode?
    var body: DOMNode?
    var base: DOMNode?
    var firstHeading: DOMNode?

    init(document: DOMNode) {
        document.forEachElement { element in
            switch TagSet.key(element.name) {
            case PageElements.meta: metas.append(element)
            case PageElements.link: links.append(element)
            case PageElements.script: scripts.append(element)
            case PageElements.html where html == nil: html = element
            case PageElements.head where head == nil: head = element
            case PageElements.body where body == nil: body = element
            case PageElements.base where base == nil: base = element
            case PageElements.h1 where firstHeading == nil: firstHeading = element
            default: break
            }
            return true
        }
    }

    private static let meta = TagSet.key("meta"), link = TagSet.key("link"), script = TagSet.key("script"), html = TagSet.key("html"),
                       head = TagSet.key("head"), body = TagSet.key("body"), base = TagSet.key("base"), h1 = TagSet.key("h1")
}
