import Foundation
import OffprintCore

/// What a `response`, `resource` or ARC record captured: the HTTP status and headers (a
/// resource record's own `Content-Type`, status 200) and the body as it was sent.
struct WebArchiveCapture {
    var status: Int
    var headers: [String: String]
    /// The body as sent (still chunked or compressed), or `nil` when it was not wanted or is
    /// larger than the limit.
    var body: Data?
    /// The body's length in bytes.
    var bodyLength: Int

    /// Whether the capture is a page: status 200 and an HTML content type.
    var isPage: Bool { WebArchiveCapture.isPage(status, headers) }

    static func isPage(_ status: Int, _ headers: [String: String]) -> Bool {
        status == 200 && ["text/html", "application/xhtml+xml"].contains(HTTPPayload.mediaType(headers["content-type"] ?? ""))
    }

    /// Reads the capture a record holds, after its header; `nil` for records that capture no
    /// HTTP response or resource (requests, metadata, DNS lookups). `wantsBody` decides from
    /// the status and headers whether the body is read (at most `limit` bytes) or skipped.
    static func read(_ head: WebArchiveScanner.Head, from scanner: WebArchiveScanner, limit: Int,
                     wantsBody: (Int, [String: String]) -> Bool) throws(ArchiveStream.Failure) -> WebArchiveCapture? {
        var capture: WebArchiveCapture
        switch head.type {
        case "response", "revisit":
            guard let http = try HTTPPayload.readHead(from: scanner) else { return nil }
            capture = WebArchiveCapture(status: http.status, headers: http.headers, body: nil, bodyLength: scanner.contentLeft)
        case "resource":
            var headers: [String: String] = [:]
            headers["content-type"] = head.fields["content-type"]
            capture = WebArchiveCapture(status: 200, headers: headers, body: nil, bodyLength: scanner.contentLeft)
        default:
            return nil
        }
        // An HTML page sent without a content type is told by its first bytes.
        var start = Data()
        if capture.headers["content-type"] == nil {
            start = Data(try scanner.readContent(min(1_024, capture.bodyLength)))
            if HTMLReader().recognizes(start) { capture.headers["content-type"] = "text/html" }
        }
        guard wantsBody(capture.status, capture.headers), capture.bodyLength <= limit else { return capture }
        let rest = try scanner.readContentData(capture.bodyLength - start.count)
        capture.body = start.isEmpty ? rest : start + rest
        return capture
    }
}
