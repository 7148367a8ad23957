import Foundation
import OffprintCore

/// Reads Omnivore's export, unpacked: `metadata_*.json` files (arrays of entries: title,
/// author, description, address, labels, dates, reading progress) with each entry's article
/// in `content/SLUG.md` (Markdown) or `content/SLUG.html` beside them. The content is already
/// the article: no boilerplate is looked for.
///
/// Convert the metadata files (`offprint convert export/metadata_*.json`); each entry becomes an
/// article of its own, numbered by its place in the file. Content is found only inside the
/// metadata file's folder, never through `..` or a link out of it.
public struct OmnivoreReader: ArticleArchiveReader {
    public let format = "omnivore"
    public let fileExtensions = ["json"]
    public let summary = "Omnivore's export: metadata JSON with one Markdown (or HTML) file per article in content/"

    public init() {}

    static let signatureKeys: Set<String> = ["slug", "savedAt", "labels", "readingProgress", "thumbnail", "state", "publishedAt", "updatedAt"]

    /// A JSON array whose first entry has a `slug`, a `savedAt` and two more of Omnivore's keys.
    public func recognizes(_ data: Data) -> Bool {
        ExportSniffing.isArrayOfEntries(data, keys: OmnivoreReader.signatureKeys, required: ["slug", "savedAt"], minimum: 4)
    }

    public func forEachRecord(in source: RecordSource, _ body: (Int, Data) -> Void) throws(ConversionError) {
        try forEachRecord(in: source, recordLimit: FileInput.defaultMaximumBytes, body)
    }

    /// Each entry with its content file's text: the record is
    /// `{"entry": {...}, "content": "...", "contentKind": "markdown"|"html", "contentPath": "..."}`,
    /// or `{"entry": {...}, "missing": "why"}` when the content cannot be read.
    public func forEachRecord(in source: RecordSource, recordLimit: Int, _ body: (Int, Data) -> Void) throws(ConversionError) {
        var entries = 0
        let folder: String? = if case .file(let path) = source { (path as NSString).deletingLastPathComponent } else { nil }
        let pass = { (number: Int, element: JSONArrayStream.Element) in
            entries += 1
            switch element {
            case .bytes(let data): body(number, OmnivoreReader.record(for: data, folder: folder, limit: recordLimit))
            case .tooLarge(let bytes): body(number, OversizedRecord.record(bytes: bytes, limit: recordLimit))
            }
        }
        switch source {
        case .file(let path): try JSONArrayStream.forEachElement(ofFile: path, limit: recordLimit, pass)
        case .data(let data): try JSONArrayStream.forEachElement(of: data, limit: recordLimit, pass)
        }
        guard entries > 0 else { throw ConversionError(.empty) }
    }

    /// The record for one entry: its metadata with its content, found by its slug.
    static func record(for element: Data, folder: String?, limit: Int) -> Data {
        guard let entry = try? JSONSerialization.jsonObject(with: element) as? [String: Any] else { return element }
        var record: [String: Any] = ["entry": entry]
        guard let slug = ExportEntry(fields: entry).string("slug") else {
            record["missing"] = "the entry has no slug, which names its content file"
            return ExportEntry.encoded(record)
        }
        guard slug.utf8.count <= 255, !slug.contains("/"), !slug.contains("\\"), !slug.hasPrefix("."), !slug.utf8.contains(0) else {
            record["missing"] = "the entry's slug '\(slug.prefix(80))' is not a file name"
            return ExportEntry.encoded(record)
        }
        guard let folder else {
            record["missing"] = "content/\(slug).md cannot be found: the metadata came from standard input, which has no folder"
            return ExportEntry.encoded(record)
        }
        for (name, kind) in [("content/\(slug).md", "markdown"), ("content/\(slug).html", "html")] {
            guard let path = ImageLoader.confinedPath(name, in: folder) else { continue }
            do {
                let text = try TextDecoding.decode(try FileInput.contents(of: path, limit: limit), encoding: nil)
                record["content"] = text
                record["contentKind"] = kind
                record["contentPath"] = path
            } catch {
                record["missing"] = "\(name): \(error.reason)"
            }
            return ExportEntry.encoded(record)
        }
        record["missing"] = "neither content/\(slug).md nor content/\(slug).html is beside the metadata file"
        return ExportEntry.encoded(record)
    }

    public func readRecord(_ record: Data, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        try OversizedRecord.check(record)
        let wrapper = try ExportEntry(record)
        // A record that is not the wrapper `forEachRecord` makes is an element that did not parse.
        guard let entry = wrapper.object("entry") else { throw ConversionError(.malformed("the entry is not a JSON object")) }
        if let missing = wrapper.string("missing") { throw ConversionError(.malformed(missing)) }
        let url = entry.webAddress("url")
        let content = wrapper.string("content") ?? ""
        let contentPath = wrapper.string("contentPath")
        var article: Article
        if wrapper.string("contentKind") == "html" {
            article = Article(id: name, title: "", body: HTMLReader.articleBlocks(ofFragment: content, baseURL: url.flatMap { URL(string: $0) }, language: nil, direction: nil))
            article.enforceModelLimits(warnings: &warnings)
            var images = ImageLoader(baseDirectory: nil)
            images.warnsAboutLocalReferences = false
            images.loadImages(of: &article, warnings: &warnings)
        } else {
            // Markdown with images beside it in content/, confined to that folder.
            let input = ReaderInput(data: Data(content.utf8), name: name, fileURL: contentPath.map { URL(fileURLWithPath: $0) })
            article = try MarkdownReader().read(input, warnings: &warnings)
        }
        if let title = entry.string("title") {
            if case .heading(_, let inlines)? = article.body.first?.kind, HTMLReader.sameHeadline(inlines.plainText, title) { article.body.removeFirst() }
            article.title = title
        }
        guard !article.body.isEmpty else { throw ConversionError(.malformed("the entry's content holds no text")) }
        article.id = url ?? name
        article.source = ArticleSource(url: url, siteName: article.source.siteName, path: name)
        if let author = entry.string("author") { article.authors = [author] }
        article.summary = entry.string("description") ?? article.summary
        article.published = entry.date("publishedAt") ?? article.published
        article.modified = entry.date("updatedAt") ?? article.modified
        article.tags = entry.names("labels")
        article.extra["savedAt"] = entry.date("savedAt")?.description
        article.extra["state"] = entry.string("state")
        article.extra["readingProgress"] = entry.integer("readingProgress", in: 0...100).map(String.init)
        article.extra["thumbnail"] = entry.webAddress("thumbnail")
        article.extra["omnivoreID"] = entry.string("id")
        return article
    }

    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        try readFirstRecord(of: input, warnings: &warnings)
    }
}
