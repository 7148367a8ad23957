import Foundation
import OffprintCore

/// Step 2 of the EPUB writer: one article rendered as an XHTML chapter through the theme's
/// `epub/chapter` template, with its own `lang`, `xml:lang` and `dir`, and the images it shows.
struct EPUBChapter: Sendable {
    /// The file name inside the content folder; anthologies name chapters once they are sorted.
    var fileName: String
    let id: String
    let title: String
    let language: String
    let direction: TextDirection
    let authors: [String]
    let published: ArticleDate?
    let modified: ArticleDate?
    /// For an anthology's metadata: the article's categories, URL and site.
    let categories: [String]
    let sourceURL: String?
    let siteName: String?
    /// The XHTML page (moved to a working file in anthologies).
    var content: EPUBContent
    var images: [EPUBImage]

    /// A chapter for an article; its images go under `images/<imageFolder>/` in the book.
    init(article: Article, fileName: String, imageFolder: String, options: EPUBWriter.Options) {
        self.fileName = fileName
        id = article.id
        title = article.title
        language = LanguageTag(article.languageTag)?.description ?? "und"
        direction = article.textDirection
        authors = article.authors
        published = article.published
        modified = article.modified
        categories = article.categories
        sourceURL = article.source.url
        siteName = article.source.siteName
        let packaged = options.images == .drop ? [] : EPUBChapter.images(of: article, folder: imageFolder)
        let paths = Dictionary(packaged.map { ($0.resourceID, $0.image.path) }, uniquingKeysWith: { first, _ in first })
        let renderer = MarkupBodyRenderer(syntax: .xhtml, imageSource: { paths[$0] })
        var page = TemplateContext(article: article, body: renderer.render(article.body), labels: PageLabels(language: language))
        page["language"] = language
        content = EPUBContent(options.theme.render("epub/chapter", page))
        images = packaged.map(\.image)
    }

    /// The article's loaded images that an EPUB can carry, with their paths in the book.
    private static func images(of article: Article, folder: String) -> [(resourceID: String, image: EPUBImage)] {
        var taken = Set<String>()
        return article.resources.compactMap { resource in
            // An SVG image is sanitised: a reading system may open it as a document of its own.
            let mediaType = resource.isSVG ? ImageType.svg.mediaType : resource.mediaType
            guard let data = resource.writableData, EPUBImage.coreMediaTypes.contains(mediaType) else { return nil }
            var name = String(resource.id.split(separator: "/").last ?? "image")
            name = String(name.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) ? Character($0) : "-" })
            if !name.contains(".") { name += "." + (ImageType(sniffing: data)?.fileExtension ?? "img") }
            while taken.contains(name) { name = "x-" + name }
            taken.insert(name)
            return (resource.id, EPUBImage(path: "images/\(folder)/\(name)", mediaType: mediaType, content: .bytes([UInt8](data))))
        }
    }
}
