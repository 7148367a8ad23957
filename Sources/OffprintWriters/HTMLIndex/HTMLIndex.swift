import Foundation
import OffprintCore

/// The `index.html` the HTML writer makes beside a batch's pages, at the output root: every article with its
/// title (in its own language and direction), date, language and word count, and links to every
/// file made for it, grouped by folder. Offline and without JavaScript.
///
/// Written in pieces, so that a batch of any size holds one entry at a time: the theme's
/// `html/index` template is the page, with `{{{groups}}}` where the folders go;
/// `html/index-group` is one folder, with `{{{entries}}}` where its articles go; and
/// `html/index-entry` is one article.
final class HTMLIndex: BatchCompanion {
    private let rows: HTMLIndexRows
    private let outputDirectory: String
    private let options: HTMLWriter.Options

    var fileName: String { HTMLIndex.pageName }
    var count: Int { rows.count }

    /// An index of pages written under `outputDirectory`; its rows wait in `workingDirectory`.
    init(outputDirectory: String, workingDirectory: String, options: HTMLWriter.Options) throws(ConversionError) {
        rows = try HTMLIndexRows(file: workingDirectory + "/rows")
        self.outputDirectory = outputDirectory
        self.options = options
    }

    /// The name of the page at the output root.
    static let pageName = "index.html"

    /// Stands for the rendered groups (or entries) while the template around them is rendered;
    /// private-use characters, which escaping leaves alone and no title holds twice like this.
    static let groupsMarker = "\u{E000}offprint-groups\u{E000}"
    static let entriesMarker = "\u{E000}offprint-entries\u{E000}"

    /// Writes the page around the rows already rendered, folder by folder.
    func finish(writingTo file: AtomicFileWriter.PartialFile) throws(ConversionError) {
        let templates = options.theme
        var page = TemplateContext()
        // Not named after the output folder: the same inputs give the same page wherever it goes.
        page["title"] = "Offprint index"
        page["language"] = "en"
        page["direction"] = "ltr"
        page["css"] = templates.pageCSS
        page["paperSize"] = options.paper.cssSize
        page["articleCount"] = PageLabels(language: "en").articleCount(rows.count)
        page["groups"] = HTMLIndex.groupsMarker
        let (pageStart, pageEnd) = try HTMLIndex.split(templates.render("html/index", page), at: HTMLIndex.groupsMarker, template: "html/index")
        try file.append(pageStart)
        try rows.forEachGroup { folder, entries throws(ConversionError) in
            var group = TemplateContext()
            if !folder.isEmpty { group["folder"] = folder }
            group["entries"] = HTMLIndex.entriesMarker
            let (groupStart, groupEnd) = try HTMLIndex.split(templates.render("html/index-group", group), at: HTMLIndex.entriesMarker, template: "html/index-group")
            try file.append(groupStart)
            try entries.forEach { row throws(ConversionError) in try file.append(row) }
            try file.append(groupEnd)
        }
        try file.append(pageEnd)
    }

    /// Renders the row of one converted article with the theme's `html/index-entry` template
    /// and adds it under its folder; the output folder is taken off its output paths.
    func add(_ outcome: InputOutcome, at position: CollectionPosition) {
        guard outcome.succeeded, !outcome.outputs.isEmpty else { return }
        let root = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        let files = outcome.outputs.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
        let folder = files.first?.folderAndName.folder ?? ""
        rows.add(options.theme.render("html/index-entry", HTMLIndex.context(for: outcome, files: files)), folder: folder, at: position)
    }

    /// The template values of one article, whose files are `files` (relative to the output root).
    static func context(for outcome: InputOutcome, files: [String]) -> TemplateContext {
        var values = TemplateContext()
        values["title"] = outcome.title ?? (files.first ?? "")
        values["language"] = outcome.language ?? "und"
        values["direction"] = (outcome.direction ?? .leftToRight).rawValue
        values["words"] = String(outcome.words ?? 0)
        values["files"] = files.map { path in
            ["format": HTMLIndex.format(of: path), "href": LinkTarget.relativeFile(path)]
        }
        if let html = files.first(where: { $0.hasSuffix(".html") }) { values["href"] = LinkTarget.relativeFile(html) }
        if let published = outcome.published {
            values["published"] = published
            values["publishedDisplay"] = ArticleDate(parsing: published)?.displayed(inLanguage: "en") ?? published
        }
        return values
    }

    /// What the index calls a file: its extension (`epub`, and `txt` for `notes.wc.txt`).
    static func format(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        return name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]) } ?? ""
    }

    /// The text before and after the one place `marker` was rendered.
    private static func split(_ rendered: String, at marker: String, template: String) throws(ConversionError) -> (String, String) {
        let parts = rendered.components(separatedBy: marker)
        guard parts.count == 2 else {
            let placeholder = marker == groupsMarker ? "{{{groups}}}" : "{{{entries}}}"
            throw ConversionError(.template("the \(template) template must use \(placeholder) exactly once"), stage: .writing(format: "html"))
        }
        return (parts[0], parts[1])
    }
}
