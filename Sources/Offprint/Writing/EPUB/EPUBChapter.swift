/// Step 2 of the EPUB writer: one article rendered as an XHTML chapter through the theme's
/// `epub/chapter` template, with its own `lang`, `xml:lang` and `dir`.
struct EPUBChapter {
    /// The file name inside the content folder.
    let fileName: String
    let title: String
    let language: String
    let direction: TextDirection
    /// The XHTML page.
    let xhtml: String

    init(article: Article, fileName: String, context: WritingContext) {
        self.fileName = fileName
        self.title = article.title
        self.language = LanguageTag(article.languageTag)?.description ?? "und"
        self.direction = article.textDirection
        let renderer = MarkupBodyRenderer(syntax: .xhtml)
        var page = TemplateContext(article: article, body: renderer.render(article.body), labels: PageLabels(language: language))
        page["language"] = language
        xhtml = context.templates.render("epub/chapter", page)
    }
}
