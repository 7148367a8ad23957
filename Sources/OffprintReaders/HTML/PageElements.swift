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
        // The names' keys as local constants (a static's first-use check per element and case cost more than the test).
        let meta = NameSet.key("meta"), link = NameSet.key("link"), script = NameSet.key("script"), html = NameSet.key("html"),
            head = NameSet.key("head"), body = NameSet.key("body"), base = NameSet.key("base"), h1 = NameSet.key("h1")
        document.forEachElement { element in
            switch element.nameKey {
            case meta: metas.append(element)
            case link: links.append(element)
            case script: scripts.append(element)
            case html where self.html == nil: self.html = element
            case head where self.head == nil: self.head = element
            case body where self.body == nil: self.body = element
            case base where self.base == nil: self.base = element
            case h1 where firstHeading == nil: firstHeading = element
            default: break
            }
            return true
        }
    }
}
