import Foundation
import OffprintCore

/// Writes one standalone, printable HTML page per article: all CSS inline, nothing fetched,
/// `<html lang dir>` from the article, rendered through the theme's `html/article` template.
public struct HTMLWriter: ArticleWriter {
    public let format = "html"
    public let fileExtension = "html"
    public let summary = "a standalone, printable HTML page (CSS inline, works offline)"

    public var options: Options

    /// A writer with the given options (by default, the built-in theme on A4, images embedded).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// What the HTML writer can be told.
    public struct Options: WriterOptions {
        /// The templates and style sheets pages are rendered with.
        public var theme: TemplateSet
        /// The paper pages print on.
        public var paper: PaperSize
        /// Whether pages embed the article's images or show only their alternative text.
        public var images: ImagePolicy

        /// Options; every part has a default.
        public init(theme: TemplateSet = .builtIn, paper: PaperSize = .a4, images: ImagePolicy = .embed) {
            self.theme = theme
            self.paper = paper
            self.images = images
        }

        public static let settings = [
            WriterSetting.templates,
            WriterSetting(name: "paper", valueName: "a4|letter", help: "The paper HTML pages print on."),
            WriterSetting.images,
        ]

        public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
            switch name {
            case "templates": theme = try Self.theme(values)
            case "paper": paper = try Self.choice(values, for: name)
            case "images": images = try Self.choice(values, for: name)
            default: throw WriterOptionError(setting: name, "the HTML writer has no such setting")
            }
        }
    }

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        let renderer = MarkupBodyRenderer(syntax: .html, imageSource: HTMLWriter.embeddedImage(in: article, policy: options.images))
        var page = TemplateContext(article: article, body: renderer.render(article.body), labels: PageLabels(language: article.languageTag))
        page["css"] = options.theme.pageCSS
        page["paperSize"] = options.paper.cssSize
        return Data(options.theme.render("html/article", page).utf8)
    }

    /// The index page: every article of a batch, with links to all the files made for it.
    public func batchCompanion(outputDirectory: String, workingDirectory: String) throws(ConversionError) -> (any BatchCompanion)? {
        try HTMLIndex(outputDirectory: outputDirectory, workingDirectory: workingDirectory, options: options)
    }

    /// Images the reader loaded become `data:` URLs, so the page needs no files beside it
    /// (unless they are to be dropped, when only their alternative text is shown).
    static func embeddedImage(in article: Article, policy: ImagePolicy) -> @Sendable (String) -> String? {
        let resources = policy == .embed ? article.resources : []
        let loaded = Dictionary(resources.compactMap { resource in
            // An SVG image is sanitised first: opened from its data: URL it would run scripts.
            resource.writableData.map { (resource.id, "data:\(resource.isSVG ? ImageType.svg.mediaType : resource.mediaType);base64,\($0.base64EncodedString())") }
        }, uniquingKeysWith: { first, _ in first })
        return { loaded[$0] }
    }
}
