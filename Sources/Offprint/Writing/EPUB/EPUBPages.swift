/// Step 3 of the EPUB writer: the book's own pages, the title page and the navigation
/// document, rendered through the theme's `epub/title-page` and `epub/nav` templates.
enum EPUBPages {
    static func titlePage(_ book: EPUBBook, templates: TemplateSet) -> String {
        var page = TemplateContext()
        page["title"] = book.title
        page["kicker"] = book.kicker
        page["language"] = book.language
        page["direction"] = book.direction.rawValue
        if !book.authors.isEmpty { page["authorList"] = book.authors.joined(separator: book.labels.listSeparator) }
        page["published"] = book.published?.description
        page["siteName"] = book.publisher
        return templates.render("epub/title-page", page)
    }

    static func navigation(_ book: EPUBBook, templates: TemplateSet) -> String {
        var page = TemplateContext()
        let labels = book.labels
        page["title"] = book.title
        page["language"] = book.language
        page["direction"] = book.direction.rawValue
        page["contentsHeading"] = labels.contents
        page["landmarksHeading"] = labels.landmarks
        page["titlePageLabel"] = labels.titlePage
        page["startLabel"] = labels.start
        page["firstChapter"] = book.chapters.first?.fileName ?? "title.xhtml"
        page["entries"] = book.chapters.map { chapter in
            ["href": chapter.fileName, "title": chapter.title, "language": chapter.language, "direction": chapter.direction.rawValue]
        }
        return templates.render("epub/nav", page)
    }
}
