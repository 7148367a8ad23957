/// Step 3 of the EPUB writer: the book's own pages — cover, title page and navigation —
/// rendered through the theme's `epub/cover`, `epub/title-page` and `epub/nav` templates.
enum EPUBPages {
    static func cover(_ book: EPUBBook, templates: TemplateSet) -> String {
        var page = bookContext(book)
        if case .image(let image) = book.cover { page["coverImage"] = image.path }
        return templates.render("epub/cover", page)
    }

    static func titlePage(_ book: EPUBBook, templates: TemplateSet) -> String {
        var page = bookContext(book)
        page["kicker"] = book.subtitle
        page["published"] = book.published?.description
        page["publishedDisplay"] = book.published?.displayed(inLanguage: book.language)
        page["siteName"] = book.publisher
        if book.isAnthology { page["articleCount"] = book.labels.articleCount(book.chapters.count) }
        return templates.render("epub/title-page", page)
    }

    static func navigation(_ book: EPUBBook, templates: TemplateSet) -> String {
        var page = bookContext(book)
        let labels = book.labels
        page["contentsHeading"] = labels.contents
        page["landmarksHeading"] = labels.landmarks
        page["coverLabel"] = labels.cover
        if book.hasTitlePage { page["titlePageLabel"] = labels.titlePage }
        page["startLabel"] = labels.start
        page["firstChapter"] = book.chapters.first?.fileName ?? "cover.xhtml"
        page["entries"] = book.chapters.map { chapter in
            ["href": chapter.fileName, "title": chapter.title, "language": chapter.language, "direction": chapter.direction.rawValue]
        }
        return templates.render("epub/nav", page)
    }

    /// What every book page sees: the title, language, direction and authors.
    private static func bookContext(_ book: EPUBBook) -> TemplateContext {
        var page = TemplateContext()
        page["title"] = book.title
        page["language"] = book.language
        page["direction"] = book.direction.rawValue
        if !book.authors.isEmpty { page["authorList"] = book.authors.map(\.name).joined(separator: book.labels.listSeparator) }
        return page
    }
}
