import Foundation
import OffprintCore

/// Reads wallabag's JSON export: one array of entries, each an article wallabag has already
/// cleaned up (`content` is the article's HTML, so no boilerplate is looked for), with its
/// title, address, tags, language, dates, reading time and preview picture.
///
/// The export is streamed entry by entry, so its size is bounded only per entry (`--max-size`);
/// each entry becomes an article of its own, numbered by its place in the array.
public struct WallabagReader: ArticleArchiveReader {
    public let format = "wallabag"
    public let fileExtensions = ["json"]
    public let summary = "wallabag's JSON export: one article per entry, with its tags, dates and reading time"

    public init() {}

    /// Keys that wallabag's entries have and other JSON rarely does.
    static let signatureKeys: Set<String> = [
        "is_archived", "is_starred", "reading_time", "domain_name", "preview_picture", "given_url", "hashed_url",
        "http_status", "origin_url", "published_by", "mimetype", "archived_at", "starred_at",
    ]

    /// A JSON array whose first entry has at least three of wallabag's own keys.
    public func recognizes(_ data: Data) -> Bool {
        ExportSniffing.isArrayOfEntries(data, keys: WallabagReader.signatureKeys, minimum: 3)
    }

    public func forEachRecord(in source: RecordSource, limit: Int, _ body: (ArchiveRecord) -> Void) throws(ConversionError) {
        var entries = 0
        let pass = { (number: Int, element: JSONArrayStream.Element) in
            entries += 1
            switch element {
            case .bytes(let data): body(ArchiveRecord(location: .line(number), data: data))
            case .tooLarge(let bytes):
                body(ArchiveRecord(location: .line(number), data: Data(), problem: ConversionError(.tooLarge(bytes: bytes, limit: limit))))
            }
        }
        switch source {
        case .file(let path): try JSONArrayStream.forEachElement(ofFile: path, limit: limit, pass)
        case .data(let data): try JSONArrayStream.forEachElement(of: data, limit: limit, pass)
        }
        guard entries > 0 else { throw ConversionError(.empty) }
    }

    public func readRecord(_ record: ArchiveRecord, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        if let problem = record.problem { throw problem }
        let entry = try ExportEntry(record.data)
        guard let html = entry.string("content") else {
            throw ConversionError(.malformed("the entry has no content (its 'content' field is missing or empty)"))
        }
        let url = entry.webAddress("url") ?? entry.webAddress("given_url") ?? entry.webAddress("origin_url")
        let language = entry.string("language").flatMap { LanguageTag($0.replacingOccurrences(of: "_", with: "-"))?.description }
        var article = Article(
            id: url ?? name, title: entry.string("title") ?? "",
            authors: entry.names("published_by"),
            published: entry.date("published_at"), modified: entry.date("updated_at"),
            source: ArticleSource(url: url, siteName: entry.string("domain_name"), path: name),
            language: language, tags: entry.names("tags"),
            body: HTMLReader.articleBlocks(ofFragment: html, baseURL: url.flatMap { URL(string: $0) }, language: language, direction: nil))
        if let given = entry.string("language"), language == nil {
            warnings.append(ConversionWarning("the entry's language '\(given)' is not a BCP 47 tag; detecting it from the text"))
        }
        article.extra = WallabagReader.extra(of: entry)
        if article.title.isEmpty { article.title = PlainTextReader.fallbackTitle(from: article.body, name: name) }
        if case .heading(_, let inlines)? = article.body.first?.kind, HTMLReader.sameHeadline(inlines.plainText, article.title) {
            article.body.removeFirst()
        }
        guard !article.body.isEmpty else {
            throw ConversionError(.malformed("the entry's content holds no text"))
        }
        article.enforceModelLimits(warnings: &warnings)
        var images = ImageLoader(baseDirectory: nil)
        images.warnsAboutLocalReferences = false
        images.loadImages(of: &article, warnings: &warnings)
        return article
    }

    /// What the model has no field for: when it was saved, read and starred, its reading time.
    static func extra(of entry: ExportEntry) -> [String: String] {
        var extra: [String: String] = [:]
        extra["savedAt"] = entry.date("created_at")?.description
        extra["archivedAt"] = entry.date("archived_at")?.description
        extra["starredAt"] = entry.date("starred_at")?.description
        extra["readingTime"] = entry.integer("reading_time", in: 0...1_000_000).map(String.init)
        extra["previewPicture"] = entry.webAddress("preview_picture")
        extra["archived"] = entry.flag("is_archived").map { $0 ? "true" : "false" }
        extra["starred"] = entry.flag("is_starred").map { $0 ? "true" : "false" }
        extra["wallabagID"] = entry.integer("id", in: 0...Int(Int32.max)).map(String.init)
        return extra
    }

    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        try readFirstRecord(of: input, warnings: &warnings)
    }
}
