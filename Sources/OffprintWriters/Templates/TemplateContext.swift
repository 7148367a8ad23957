import OffprintCore
/// The flat set of values a template sees. Writers build it; templates never see the model.
///
/// Keys for article pages (`html/article`, `epub/chapter`, `epub/title-page`):
///
/// | key | value |
/// |---|---|
/// | `title` | the headline |
/// | `kicker` | the section line above the headline (absent when none) |
/// | `language`, `direction` | the BCP 47 tag and `ltr`/`rtl`, for `lang` and `dir` |
/// | `isRightToLeft` | true for right-to-left articles |
/// | `authorList` | the authors joined with commas (absent when none) |
/// | `authors` | a list of `{name}` |
/// | `published`, `modified` | ISO 8601 dates (absent when unknown) |
/// | `publishedDisplay` | the publication date written out in the article's language ("30 June 2024") |
/// | `hasByline` | true when there are authors or a date |
/// | `summary` | the standfirst (absent when none) |
/// | `body` | the article body, already rendered as markup: use `{{{body}}}` |
/// | `related`, `hasRelated` | a list of `{title, url}` (url absent when unknown) |
/// | `relatedHeading` | "Related articles" in the article's language |
/// | `sourceURL`, `siteName`, `hasSource` | where the article came from |
/// | `categories`, `tags` | lists of `{name}` |
/// | `css` | the theme's style sheet, for pages that embed it: use `{{{css}}}` |
/// | `paperSize` | the `@page` size for printing, `A4` or `letter` (HTML pages) |
/// | `printLinks`, `linksHeading` | the body's web links in order, as `{url}`, for a printed list |
///
/// The EPUB navigation page (`epub/nav`) sees `title`, `language`, `direction`,
/// `contentsHeading`, `landmarksHeading`, `titlePageLabel` (only when the book has a title
/// page: anthologies), `startLabel`, `firstChapter`, and
/// `entries`, a list of `{href, title, language, direction}`.
public struct TemplateContext {
    /// The values by key.
    public var values: [String: Any]

    /// Creates a context from values.
    public init(_ values: [String: Any] = [:]) {
        self.values = values
    }

    /// Reads or sets one value; setting `nil` removes the key, so `{{#key}}` sections skip it.
    public subscript(key: String) -> Any? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// The context for an article page: every key in the table above except `css`.
    public init(article: Article, body: String, labels: PageLabels) {
        self.init()
        self["title"] = article.title
        self["kicker"] = article.kicker
        self["language"] = article.languageTag
        self["direction"] = article.textDirection.rawValue
        self["isRightToLeft"] = article.textDirection.isRightToLeft
        if !article.authors.isEmpty {
            self["authorList"] = article.authors.joined(separator: labels.listSeparator)
            self["authors"] = article.authors.map { ["name": $0] }
        }
        self["published"] = article.published?.description
        self["publishedDisplay"] = article.published?.displayed(inLanguage: article.languageTag)
        self["modified"] = article.modified?.description
        self["hasByline"] = !article.authors.isEmpty || article.published != nil
        self["summary"] = article.summary
        self["body"] = body
        if !article.related.isEmpty {
            self["hasRelated"] = true
            self["related"] = article.related.map { link -> [String: String] in
                var entry = ["title": link.title]
                entry["url"] = link.url.flatMap(LinkTarget.external)
                return entry
            }
        }
        self["relatedHeading"] = labels.related
        let sourceURL = article.source.url.flatMap(LinkTarget.external)
        self["sourceURL"] = sourceURL
        self["siteName"] = article.source.siteName
        self["hasSource"] = sourceURL != nil || article.source.siteName != nil
        self["categories"] = article.categories.map { ["name": $0] }
        self["tags"] = article.tags.map { ["name": $0] }
        let printable = article.bodyLinks.compactMap { link in
            link.url.flatMap(LinkTarget.external).flatMap { $0.hasPrefix("http") ? ["url": $0] : nil }
        }
        if !printable.isEmpty {
            self["printLinks"] = printable
            self["linksHeading"] = labels.links
        }
    }
}
