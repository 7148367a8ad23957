import Foundation

/// The `index.html` a batch with HTML output writes at the output root: every article with its
/// title (in its own language and direction), date, language and word count, and links to every
/// file made for it, grouped by folder. Offline and without JavaScript.
///
/// Written in pieces, so that a batch of any size holds one entry at a time: the theme's
/// `html/index` template is the page, with `{{{groups}}}` where the folders go;
/// `html/index-group` is one folder, with `{{{entries}}}` where its articles go; and
/// `html/index-entry` is one article.
struct BatchIndex {
    let rows: BatchIndexRows

    /// The name of the page at the output root.
    static let fileName = "index.html"

    /// Stands for the rendered groups (or entries) while the template around them is rendered;
    /// private-use characters, which escaping leaves alone and no title holds twice like this.
    static let groupsMarker = "\u{E000}offprint-groups\u{E000}"
    static let entriesMarker = "\u{E000}offprint-entries\u{E000}"

    func write(to file: AtomicFileWriter.PartialFile, with context: WritingContext) throws(ConversionError) {
        let templates = context.templates
        var page = TemplateContext()
        // Not named after the output folder: the same inputs give the same page wherever it goes.
        page["title"] = "Offprint index"
        page["language"] = "en"
        page["direction"] = "ltr"
        page["css"] = templates.pageCSS
        page["paperSize"] = context.paper.cssSize
        page["articleCount"] = PageLabels(language: "en").articleCount(rows.count)
        page["groups"] = BatchIndex.groupsMarker
        let (pageStart, pageEnd) = try BatchIndex.split(templates.render("html/index", page), at: BatchIndex.groupsMarker, template: "html/index")
        try file.append(pageStart)
        try rows.forEachGroup { folder, entries throws(ConversionError) in
            var group = TemplateContext()
            if !folder.isEmpty { group["folder"] = folder }
            group["entries"] = BatchIndex.entriesMarker
            let (groupStart, groupEnd) = try BatchIndex.split(templates.render("html/index-group", group), at: BatchIndex.entriesMarker, template: "html/index-group")
            try file.append(groupStart)
            for entry in entries {
                try file.append(templates.render("html/index-entry", BatchIndex.context(for: entry)))
            }
            try file.append(groupEnd)
        }
        try file.append(pageEnd)
    }

    /// The template values of one article.
    static func context(for entry: BatchIndexRows.Entry) -> TemplateContext {
        var values = TemplateContext()
        values["title"] = entry.title
        values["language"] = entry.language
        values["direction"] = entry.direction
        values["words"] = String(entry.words)
        values["files"] = entry.files.map { path in
            ["format": (path as NSString).pathExtension, "href": LinkTarget.sanitize(path) ?? path]
        }
        if let html = entry.files.first(where: { $0.hasSuffix(".html") }) { values["href"] = LinkTarget.sanitize(html) ?? html }
        if let published = entry.published {
            values["published"] = published
            values["publishedDisplay"] = ArticleDate(parsing: published)?.displayed(inLanguage: "en") ?? published
        }
        return values
    }

    /// The text before and after the one place `marker` was rendered.
    private static func split(_ rendered: String, at marker: String, template: String) throws(ConversionError) -> (String, String) {
        let parts = rendered.components(separatedBy: marker)
        guard parts.count == 2 else {
            let placeholder = marker == groupsMarker ? "{{{groups}}}" : "{{{entries}}}"
            throw ConversionError(.writerFailed("the \(template) template must use \(placeholder) exactly once"), stage: .writing(format: "html"))
        }
        return (parts[0], parts[1])
    }
}
