import Foundation
import OffprintCore
import OffprintPlatform

/// Reads Omnivore's export: `metadata_*.json` files (arrays of entries: title, author,
/// description, address, labels, dates, reading progress) with each entry's article in
/// `content/SLUG.md` (Markdown) or `content/SLUG.html`. The content is already the article:
/// no boilerplate is looked for.
///
/// Convert the export's zip as Omnivore sent it, or, unpacked, its metadata files
/// (`offprint convert export/metadata_*.json`); each entry becomes an article of its own,
/// numbered by its place in the export. Unpacked content is found only inside the metadata
/// file's folder, never through `..` or a link out of it.
public struct OmnivoreReader: ArticleArchiveReader {
    public let format = "omnivore"
    /// `.json` only: a zip named on the command line is taken by its content (a first entry
    /// named `metadata...json`), and zips met while walking a folder are not read.
    public let fileExtensions = ["json"]
    public let summary = "Omnivore's export (its zip, or metadata JSON with content/ beside it): one article per entry"

    public init() {}

    static let signatureKeys: Set<String> = ["slug", "savedAt", "labels", "readingProgress", "thumbnail", "state", "publishedAt", "updatedAt"]

    /// A JSON array whose first entry has a `slug`, a `savedAt` and two more of Omnivore's keys,
    /// or a zip whose first entry is a metadata file (as Omnivore writes them).
    public func recognizes(_ data: Data) -> Bool {
        if OmnivoreReader.isZip(data) {
            // The local header's name: 30 bytes in, its length at bytes 26 and 27.
            guard data.count >= 30 else { return false }
            let start = data.startIndex
            let length = Int(data[start + 26]) | Int(data[start + 27]) << 8
            let name = String(decoding: data.dropFirst(30).prefix(length), as: UTF8.self)
            return name.hasPrefix("metadata") && name.hasSuffix(".json")
        }
        return ExportSniffing.isArrayOfEntries(data, keys: OmnivoreReader.signatureKeys, required: ["slug", "savedAt"], minimum: 4)
    }

    /// Each entry with its content file's text: the record is
    /// `{"entry": {...}, "content": "...", "contentKind": "markdown"|"html", "contentPath": "..."}`,
    /// or `{"entry": {...}, "missing": "why"}` when the content cannot be read. A zip is the
    /// export as Omnivore sent it: its `metadata_*.json` files are read in order, their entries
    /// numbered on from one file to the next.
    public func forEachRecord(in source: RecordSource, limit recordLimit: Int, _ body: (ArchiveRecord) -> Void) throws(ConversionError) {
        var entries = 0
        func handle(_ element: JSONArrayStream.Element, _ content: OmnivoreContent) {
            entries += 1
            switch element {
            case .bytes(let data): body(ArchiveRecord(location: .line(entries), data: OmnivoreReader.record(for: data, content: content, limit: recordLimit)))
            case .tooLarge(let bytes):
                body(ArchiveRecord(location: .line(entries), data: Data(), problem: ConversionError(.tooLarge(bytes: bytes, limit: recordLimit))))
            }
        }
        switch source {
        case .file(let path) where OmnivoreReader.isZip(try FileInput.contents(of: path, prefix: 4)):
            let archive: ZipArchiveReader
            do {
                archive = try ZipArchiveReader(path: path, inflationBudget: max(recordLimit, 1) * 16)
            } catch {
                throw ConversionError(.zip("\(error)"))
            }
            let names = OmnivoreContent.metadataNames(in: archive)
            guard !names.isEmpty else { throw ConversionError(.malformed("not an Omnivore export: the zip holds no metadata_*.json")) }
            for name in names {
                guard let bytes = archive.contents(of: name, limit: recordLimit + 1), bytes.count <= recordLimit else {
                    throw ConversionError(.malformed("\(name) in the zip cannot be read, or is over the \(recordLimit)-byte limit"))
                }
                try JSONArrayStream.forEachElement(of: Data(bytes), limit: recordLimit) { handle($1, .zip(archive)) }
            }
        case .file(let path):
            let folder = OmnivoreContent.folder((path as NSString).deletingLastPathComponent)
            try JSONArrayStream.forEachElement(ofFile: path, limit: recordLimit) { handle($1, folder) }
        case .data(let data):
            if OmnivoreReader.isZip(data) { throw ConversionError(.malformed("an Omnivore export's zip must be a file, not standard input")) }
            let nowhere = OmnivoreContent.none("the metadata came from standard input, which has no folder")
            try JSONArrayStream.forEachElement(of: data, limit: recordLimit) { handle($1, nowhere) }
        }
        guard entries > 0 else { throw ConversionError(.empty) }
    }

    static func isZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The record for one entry: its metadata with its content, found by its slug.
    static func record(for element: Data, content: OmnivoreContent, limit: Int) -> Data {
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
        switch content.article(slug: slug, limit: limit) {
        case .success(let found):
            record["content"] = found.text
            record["contentKind"] = found.kind
            if let path = found.path { record["contentPath"] = path }
        case .failure(let error):
            record["missing"] = error.reason.description
        }
        return ExportEntry.encoded(record)
    }

    public func readRecord(_ record: ArchiveRecord, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        if let problem = record.problem { throw problem }
        let wrapper = try ExportEntry(record.data)
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
