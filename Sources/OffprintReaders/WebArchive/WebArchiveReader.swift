import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OffprintCore

/// Reads web archives: WARC 1.0 and 1.1 (`.warc`, or `.warc.gz` with a gzip member per
/// record, as crawlers write them) and the older ARC (`.arc`, `.arc.gz`), streamed record by
/// record.
///
/// Each page is an article: a `response` with status 200 and an HTML content type, or a
/// `resource` record holding HTML, or a `revisit` of such a response in the same file. Its
/// `WARC-Target-URI` is the article's URL, which its links and images resolve against; its
/// `WARC-Date` is kept as `extra["captured"]` and is the article's date when the page states
/// none. Images the page shows that were captured in the same archive are embedded. Requests,
/// metadata, redirects, error statuses and everything that is not HTML are passed over.
public struct WebArchiveReader: ArticleArchiveReader {
    public let format = "warc"
    public let fileExtensions = ["warc", "warc.gz", "arc", "arc.gz"]
    public let summary = "web archives (WARC 1.0/1.1, ARC; gzip per record or none): every captured page with its captured images"

    public init() {}

    /// An uncompressed WARC or ARC file.
    public func recognizes(_ data: Data) -> Bool {
        data.starts(with: Array("WARC/1.".utf8)) || data.starts(with: Array("filedesc://".utf8))
    }

    public func forEachRecord(in source: RecordSource, limit: Int, _ body: (ArchiveRecord) -> Void) throws(ConversionError) {
        // The index pass skims: the conversion pass reads (and checks) every member again.
        let index = try WebArchiveReader.withStream(source, skimming: true) { stream in WebArchiveIndex.build(stream) }
        let captures = WebArchiveCaptures(index: index, source: source)
        var records = 0
        try WebArchiveReader.withStream(source, wholeMembersUpTo: limit) { stream throws(ConversionError) in
            let scanner = WebArchiveScanner(stream)
            while let scan = scanner.next() {
                records += 1
                switch scan {
                case .malformed(let offset, let reason):
                    body(ArchiveRecord(location: .byteOffset(offset), data: Data(), problem: ConversionError(reason)))
                case .record(let head):
                    do throws(ArchiveStream.Failure) {
                        if let record = try WebArchiveReader.page(head, scanner: scanner, captures: captures, limit: limit) { body(record) }
                    } catch {
                        body(ArchiveRecord(location: .byteOffset(error.offset), data: Data(), url: head.targetURI, problem: ConversionError(error.reason)))
                        scanner.skipPast(error)
                    }
                }
            }
        }
        guard records > 0 else { throw ConversionError(.empty) }
    }

    /// The page a record holds, or `nil` when it holds none.
    static func page(_ head: WebArchiveScanner.Head, scanner: WebArchiveScanner, captures: WebArchiveCaptures, limit: Int) throws(ArchiveStream.Failure) -> ArchiveRecord? {
        guard let uri = head.targetURI else { return nil }
        let location = RecordLocation.byteOffset(head.offset)
        let capture: WebArchiveCapture
        switch head.type {
        case "response", "resource":
            guard let found = try WebArchiveCapture.read(head, from: scanner, limit: limit, wantsBody: WebArchiveCapture.isPage), found.isPage else { return nil }
            capture = found
        case "revisit":
            // The revisit's own HTTP header (304 for "server not modified") says what it repeats.
            let own = try WebArchiveCapture.read(head, from: scanner, limit: limit) { _, _ in false }
            if let type = own?.headers["content-type"], !["text/html", "application/xhtml+xml"].contains(HTTPPayload.mediaType(type)) { return nil }
            let referred = head.fields["warc-refers-to-target-uri"].map(WebArchiveScanner.unbracketed) ?? uri
            let offset = head.fields["warc-payload-digest"].flatMap(captures.index.offset(digest:)) ?? captures.index.offset(url: referred)
            guard let offset, let original = captures.capture(at: offset, uri: nil, limit: limit) else {
                return ArchiveRecord(location: location, data: Data(), url: uri, problem: ConversionError(.notAnArticle("a revisit of \(referred), whose capture is not in this archive")))
            }
            guard original.isPage else { return nil }
            capture = original
        default:
            return nil
        }
        guard let raw = capture.body else {
            return ArchiveRecord(location: location, data: Data(), url: uri, problem: ConversionError(.tooLarge(bytes: capture.bodyLength, limit: limit)))
        }
        var fields: [String: String] = [:]
        fields["content-type"] = capture.headers["content-type"]
        fields["warc-date"] = head.fields["warc-date"]
        do throws(ConversionError) {
            let data = try HTTPPayload.decode(raw, headers: capture.headers, limit: limit)
            return ArchiveRecord(location: location, data: data, url: uri, fields: fields, resources: captures)
        } catch {
            return ArchiveRecord(location: location, data: Data(), url: uri, problem: error)
        }
    }

    public func readRecord(_ record: ArchiveRecord, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        if let problem = record.problem { throw problem }
        var input = ReaderInput(data: record.data, name: name, url: record.url,
                                transportCharset: HTTPPayload.charset(of: record.fields["content-type"]), resources: record.resources)
        input.fallbackEncoding = record.encoding
        var article = try HTMLReader().read(input, warnings: &warnings)
        if let captured = record.fields["warc-date"] {
            article.extra["captured"] = captured
            if article.published == nil { article.published = ArticleDate(parsing: captured) }
        }
        return article
    }

    /// The first page that holds an article, for `offprint inspect`; the count of the others is a warning.
    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        var article: Article?
        var firstError: ConversionError?
        var others = 0
        try forEachRecord(in: .data(input.data), limit: FileInput.defaultMaximumBytes) { record in
            guard article == nil else {
                if record.problem == nil { others += 1 }
                return
            }
            var recordWarnings: [ConversionWarning] = []
            do throws(ConversionError) {
                var record = record
                record.encoding = input.encoding
                article = try readRecord(record, name: input.name, warnings: &recordWarnings)
                warnings += recordWarnings
                if let url = record.url { warnings.append(ConversionWarning("showing the page captured from \(url) (at byte \(record.location.number))")) }
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        guard let article else { throw firstError ?? ConversionError(.notAnArticle("no page in this archive holds an article")) }
        if others > 0 { warnings.append(ConversionWarning("the archive holds \(others) more pages")) }
        return article
    }

    /// Runs `body` with a stream over the archive, closing the file after it.
    static func withStream<Result>(_ source: RecordSource, skimming: Bool = false, wholeMembersUpTo limit: Int = ArchiveStream.largestWholeMember,
                                   _ body: (ArchiveStream) throws(ConversionError) -> Result) throws(ConversionError) -> Result {
        switch source {
        case .file(let path):
            let descriptor = try FileInput.openRegularFile(path).descriptor
            defer { close(descriptor) }
            return try body(try ArchiveStream(origin: .file(descriptor: descriptor), skimming: skimming, wholeMembersUpTo: limit))
        case .data(let data):
            return try body(try ArchiveStream(origin: .data(data), skimming: skimming, wholeMembersUpTo: limit))
        }
    }
}
