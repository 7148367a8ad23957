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
    /// The page's `<base href>` as written.
    var baseReference: String?
    /// The article's text as the structured data states it, for pages that show it only
    /// through a script.
    var articleBody: String?

    init(document: DOMNode) {
        let elements = PageElements(document: document)
        let head = elements.head ?? document
        let html = elements.html
        var meta: [String: [String]] = [:]
        for element in elements.metas {
            guard let keys = (element.attributes["property"] ?? element.attributes["name"] ?? element.attributes["itemprop"]
                              ?? element.attributes["http-equiv"])?.lowercased(),
                  let content = element.attributes["content"]?.trimmingWhitespace(), !content.isEmpty else { continue }
            // RDFa lets one `property` name several vocabularies' terms (`og:title twitter:title`).
            guard keys.utf8.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }) else { meta[keys, default: []].append(content); continue }
            for key in keys.split(whereSeparator: \.isWhitespace) { meta[String(key), default: []].append(content) }
        }
        let linked = JSONLinkedData(scripts: elements.scripts)

        let canonical = elements.links.first { ($0.attributes["rel"] ?? "").lowercased().split(separator: " ").contains("canonical") }?
            .attributes["href"]
        url = [canonical, meta["og:url"]?.first, linked?.url].compactMap { $0 }.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }

        let heading = elements.firstHeading?.normalizedText
        siteName = linked?.publisher ?? meta["og:site_name"]?.first ?? meta["application-name"]?.first
        let site = SiteName(names: [linked?.publisher, meta["og:site_name"]?.first, meta["application-name"]?.first], url: url)
        // Titles escaped twice (`&amp;#039;`) are common; their entities are decoded as stated ones are.
        let pageTitle = head.first(named: ["title"]).map { HTMLText.decodingEntities($0.normalizedText) }
        let openGraph = meta["og:title"]?.first ?? meta["twitter:title"]?.first
        // A Dublin Core title is a cataloguer's statement of the work's title, more deliberate
        // than a sharing card's.
        let dublinCore = meta["dc:title"]?.first ?? meta["dcterms:title"]?.first ?? meta["dc.title"]?.first
        let structured = HTMLMetadata.shownHeadline(of: linked, shown: [heading, pageTitle, openGraph, meta["twitter:title"]?.first], site: site)
            .map { HTMLMetadata.headingWithoutSiteName(HTMLText.decodingEntities($0), heading: heading, site: site) }
        title = structured ?? (dublinCore ?? openGraph).map { HTMLText.decodingEntities($0) }
            ?? HTMLMetadata.cleanTitle(pageTitle, heading: heading, site: site)
        title = title.map(DOMNode.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        authors = linked?.authors ?? []
        if authors.isEmpty {
            authors = (meta["author"] ?? meta["article:author"] ?? meta["dc.creator"] ?? meta["dc:creator"] ?? meta["dcterms:creator"] ?? meta["parsely-author"] ?? [])
                .filter { !$0.hasPrefix("http") }
                .flatMap { MetadataField.list($0) }
        }
        authors.removeAll(where: PlaceholderValue.isPlaceholder)
        published = (linked?.published ?? meta["article:published_time"]?.first ?? meta["date"]?.first
                     ?? meta["dc.date"]?.first ?? meta["parsely-pub-date"]?.first).flatMap(ArticleDate.init(parsing:))
        modified = (linked?.modified ?? meta["article:modified_time"]?.first ?? meta["og:updated_time"]?.first)
            .flatMap(ArticleDate.init(parsing:))
        section = SectionLabel.label(linked?.section ?? meta["article:section"]?.first, site: site)
        keywords = linked?.keywords ?? meta["article:tag"] ?? meta["keywords"].map { $0.flatMap { MetadataField.list($0) } } ?? []
        keywords.removeAll(where: PlaceholderValue.isPlaceholder)
        articleBody = linked?.articleBody
        summary = linked?.description ?? meta["og:description"]?.first ?? meta["description"]?.first ?? meta["twitter:description"]?.first
        // The first of the stated languages that is a language tag (`lang="utf-8"` is not), else
        // the first stated, which the reader reports.
        let languages = [html?.attributes["lang"], html?.attributes["xml:lang"], meta["content-language"]?.first, linked?.language]
            .compactMap { $0?.trimmingWhitespace() }.filter { !$0.isEmpty }
        language = languages.first { LanguageTag($0) != nil } ?? languages.first
        direction = html?.attributes["dir"] ?? elements.body?.attributes["dir"]
        let base = elements.base?.attributes["href"]
        baseReference = base
        baseURL = base.flatMap { URL(string: $0, relativeTo: url.flatMap(URL.init(string:))) }?.absoluteURL ?? url.flatMap(URL.init(string:))
    }

    /// What separates a headline from the site's name in a `<title>`: the same spaced
    /// separators `SiteName` takes a known name off after.
    static let separators = SiteName.spacedSeparators

    /// The page's `h1` when `title` is it followed by a separator (and more).
    private static func headingPrefix(of title: String, heading: String?) -> String? {
        guard let heading, !heading.isBlank, title.count > heading.count, title.hasPrefix(heading),
              separators.contains(where: { title.dropFirst(heading.count).hasPrefix($0) }) else { return nil }
        return heading
    }

    /// The structured data's headline; or its `name` when the headline is shown nowhere else on
    /// the page (not as the `h1`, the `<title>` or the Open Graph title) and the name is.
    static func shownHeadline(of linked: JSONLinkedData?, shown: [String?], site: SiteName) -> String? {
        guard let linked, let headline = linked.headline else { return nil }
        guard let name = linked.name, name != headline else { return headline }
        let keys = Set(shown.compactMap { $0 }.flatMap { [TextFolding.fold($0), TextFolding.fold(site.removed(from: $0))] })
        func isShown(_ text: String) -> Bool { keys.contains(TextFolding.fold(site.removed(from: HTMLText.decodingEntities(text)))) }
        return !isShown(headline) && isShown(name) ? name : headline
    }

    /// The page's `h1` when `headline` is it with the site's name added (`Story - Site`), else
    /// `headline` as stated. (Open Graph titles keep a site's name: the pages' own readers show
    /// it, and taking it off was measured to lose as many titles as it gained, also when only
    /// taken off where the `h1` confirms the shorter form.)
    static func headingWithoutSiteName(_ headline: String, heading: String?, site: SiteName) -> String {
        guard let heading, !heading.isBlank else { return headline }
        let trimmed = site.removed(from: headline)
        return trimmed != headline && TextFolding.fold(trimmed) == TextFolding.fold(heading) ? heading : headline
    }

    /// A `<title>` without the site name: without the part that names the site (`SiteName`);
    /// else the page's first `h1` when the title is it followed by a separator (and more);
    /// else the part before the last separator when what remains still has three words or more.
    ///
    /// (Cutting titles at unspaced separators such as `_` whatever follows them was measured on
    /// the tune and check halves of the development corpus: it helped neither half. They are
    /// cut only where what follows is the site's name.)
    static func cleanTitle(_ raw: String?, heading: String?, site: SiteName = SiteName(names: [], url: nil)) -> String? {
        guard let raw, !raw.isBlank else { return heading }
        let named = site.removed(from: raw)
        if named != raw { return named }
        if let heading = headingPrefix(of: raw, heading: heading) { return heading }
        var best = raw
        if let cut = separators.compactMap({ raw.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
            let before = String(raw[..<cut.lowerBound])
            if before.split(separator: " ").count >= 3 { best = before }
        }
        return best.trimmingWhitespace()
    }
}
