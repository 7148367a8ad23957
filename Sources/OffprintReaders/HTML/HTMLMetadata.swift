import Foundation
import OffprintCore
import OffprintPlatform

/// What a page says about its article, most specific source first: JSON-LD
/// (`NewsArticle`, `Article`, `BlogPosting`...), then Open Graph and `<meta>`, then `<title>`
/// without the site's name.
struct HTMLMetadata {
    var title: String?
    var authors: [String] = []
    var published: ArticleDate?
    var modified: ArticleDate?
    var section: String?
    var keywords: [String] = []
    var language: String?
    var direction: String?
    var siteName: String?
    var summary: String?
    /// The page's own address (canonical link or `og:url`), for the article id and source.
    var url: String?
    /// What relative links are resolved against: `<base href>`, else the page's address.
    var baseURL: URL?

    init(document: DOMNode) {
        let head = document.first(named: ["head"]) ?? document
        let html = document.first(named: ["html"])
        var meta: [String: [String]] = [:]
        for element in document.descendants(named: ["meta"]) {
            guard let key = (element.attributes["property"] ?? element.attributes["name"] ?? element.attributes["itemprop"]
                             ?? element.attributes["http-equiv"])?.lowercased(),
                  let content = element.attributes["content"]?.trimmingWhitespace(), !content.isEmpty else { continue }
            meta[key, default: []].append(content)
        }
        let linked = JSONLinkedData(document: document)

        title = linked?.headline ?? meta["og:title"]?.first ?? meta["twitter:title"]?.first ?? meta["dc.title"]?.first
            ?? HTMLMetadata.cleanTitle(head.first(named: ["title"])?.normalizedText, heading: document.first(named: ["h1"])?.normalizedText)
        title = title.map(DOMNode.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        authors = linked?.authors ?? []
        if authors.isEmpty {
            authors = (meta["author"] ?? meta["article:author"] ?? meta["dc.creator"] ?? meta["parsely-author"] ?? [])
                .filter { !$0.hasPrefix("http") }
                .flatMap { MetadataField.list($0) }
        }
        published = (linked?.published ?? meta["article:published_time"]?.first ?? meta["date"]?.first
                     ?? meta["dc.date"]?.first ?? meta["parsely-pub-date"]?.first).flatMap(ArticleDate.init(parsing:))
        modified = (linked?.modified ?? meta["article:modified_time"]?.first ?? meta["og:updated_time"]?.first)
            .flatMap(ArticleDate.init(parsing:))
        section = linked?.section ?? meta["article:section"]?.first
        keywords = linked?.keywords ?? meta["article:tag"] ?? meta["keywords"].map { $0.flatMap { MetadataField.list($0) } } ?? []
        siteName = linked?.publisher ?? meta["og:site_name"]?.first ?? meta["application-name"]?.first
        summary = linked?.description ?? meta["og:description"]?.first ?? meta["description"]?.first ?? meta["twitter:description"]?.first
        language = html?.attributes["lang"] ?? html?.attributes["xml:lang"] ?? meta["content-language"]?.first ?? linked?.language
        direction = html?.attributes["dir"] ?? document.first(named: ["body"])?.attributes["dir"]
        let canonical = document.descendants(named: ["link"]).first { ($0.attributes["rel"] ?? "").lowercased().split(separator: " ").contains("canonical") }?
            .attributes["href"]
        url = [canonical, meta["og:url"]?.first, linked?.url].compactMap { $0 }.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        let base = document.first(named: ["base"])?.attributes["href"]
        baseURL = base.flatMap { URL(string: $0, relativeTo: url.flatMap(URL.init(string:))) }?.absoluteURL ?? url.flatMap(URL.init(string:))
    }

    /// A `<title>` without the site name: the page's first `h1` when the title is it followed
    /// by a separator, else the part before the last " | ", " - ", " – ", " — ", " / " or " » " when what
    /// remains still has three words or more.
    static func cleanTitle(_ raw: String?, heading: String?) -> String? {
        guard let raw, !raw.isBlank else { return heading }
        let separators = [" | ", " - ", " – ", " — ", " / ", " » ", " \\ "]
        if let heading, !heading.isBlank, raw.hasPrefix(heading),
           separators.contains(where: { raw.dropFirst(heading.count).hasPrefix($0) }) {
            return heading
        }
        var best = raw
        if let cut = separators.compactMap({ raw.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
            let before = String(raw[..<cut.lowerBound])
            if before.split(separator: " ").count >= 3 { best = before }
        }
        return best.trimmingWhitespace()
    }
}
