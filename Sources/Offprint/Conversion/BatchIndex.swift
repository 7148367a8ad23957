import Foundation

/// The `index.html` a batch with HTML output writes at the output root: every article with its
/// title (in its own language and direction), date, language and word count, and links to every
/// file made for it, grouped by folder. Rendered through the theme's `html/index` template;
/// offline and without JavaScript.
struct BatchIndex {
    let outcomes: [InputOutcome]
    let outputDirectory: String

    /// The name of the page at the output root.
    static let fileName = "index.html"

    func render(with context: WritingContext) -> String {
        var page = TemplateContext()
        let labels = PageLabels(language: "en")
        // Not named after the output folder: the same inputs give the same page wherever it goes.
        page["title"] = "Offprint index"
        page["language"] = "en"
        page["direction"] = "ltr"
        page["css"] = context.templates.pageCSS
        page["paperSize"] = context.paper.cssSize
        let converted = outcomes.filter { $0.succeeded && !$0.outputs.isEmpty }
        page["articleCount"] = labels.articleCount(converted.count)
        var groups: [String: [[String: Any]]] = [:]
        for outcome in converted {
            let relative = outcome.outputs.map(relativePath)
            let folder = (relative.first.map { ($0 as NSString).deletingLastPathComponent }) ?? ""
            var entry: [String: Any] = [
                "title": outcome.title ?? (relative.first ?? ""),
                "language": outcome.language ?? "und",
                "direction": outcome.direction?.rawValue ?? "ltr",
                "words": String(outcome.words ?? 0),
                "files": relative.map { path in
                    ["format": (path as NSString).pathExtension, "href": LinkTarget.sanitize(path) ?? path]
                },
            ]
            if let html = relative.first(where: { $0.hasSuffix(".html") }) { entry["href"] = LinkTarget.sanitize(html) ?? html }
            if let published = outcome.published {
                entry["published"] = published
                entry["publishedDisplay"] = ArticleDate(parsing: published)?.displayed(inLanguage: "en") ?? published
            }
            groups[folder, default: []].append(entry)
        }
        // The output root's own files first, then each folder in name order.
        page["groups"] = groups.keys.sorted { ($0.isEmpty ? 0 : 1, $0) < ($1.isEmpty ? 0 : 1, $1) }.map { folder -> [String: Any] in
            var values: [String: Any] = ["entries": groups[folder] ?? []]
            if !folder.isEmpty { values["folder"] = folder }
            return values
        }
        return context.templates.render("html/index", page)
    }

    /// An output's path relative to the output root.
    private func relativePath(_ path: String) -> String {
        let root = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
