import Foundation
import OffprintCore

/// Writes one standalone, printable HTML page per article: all CSS inline, nothing fetched,
/// `<html lang dir>` from the article, rendered through the theme's `html/article` template.
public struct HTMLWriter: ArticleWriter {
    public let format = "html"
    public let fileExtension = "html"
    public let summary = "a standalone, printable HTML page (CSS inline, works offline)"

    public init() {}

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        let renderer = MarkupBodyRenderer(syntax: .html, imageSource: HTMLWriter.embeddedImage(in: article, policy: context.images))
        var page = TemplateContext(article: article, body: renderer.render(article.body), labels: PageLabels(language: article.languageTag))
        page["css"] = context.templates.pageCSS
        page["paperSize"] = context.paper.cssSize
        return Data(context.templates.render("html/article", page).utf8)
    }

    /// Images the reader loaded become `data:` URLs, so the page needs no files beside it
    /// (unless they are to be dropped, when only their alternative text is shown).
    static func embeddedImage(in article: Article, policy: ImagePolicy) -> @Sendable (String) -> String? {
        let resources = policy == .embed ? article.resources : []
        let loaded = Dictionary(resources.compactMap { resource in
            resource.data.map { (resource.id, "data:\(resource.mediaType);base64,\($0.base64EncodedString())") }
        }, uniquingKeysWith: { first, _ in first })
        return { loaded[$0] }
    }
}
