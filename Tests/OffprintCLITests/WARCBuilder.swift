import Foundation
import OffprintPlatform

/// Writes small web archives for the tests, record by record, as crawlers do: WARC/1.1
/// headers, HTTP responses, and, compressed, one gzip member per record.
struct WARCBuilder {
    private(set) var records: [Data] = []

    /// One record with its WARC header fields and block.
    mutating func record(_ type: String, url: String?, date: String = "2024-05-01T10:00:00Z", fields: [(String, String)] = [], block: Data) {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\n"
        if let url { header += "WARC-Target-URI: \(url)\r\n" }
        header += "WARC-Date: \(date)\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(format: "%012d", records.count))>\r\n"
        for (name, value) in fields { header += "\(name): \(value)\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        records.append(Data(header.utf8) + block + Data("\r\n\r\n".utf8))
    }

    /// An HTTP response: status, headers, and the body as sent.
    mutating func response(_ url: String, status: Int = 200, headers: [(String, String)], body: Data, date: String = "2024-05-01T10:00:00Z", digest: String? = nil) {
        var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Other")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        var fields = [("Content-Type", "application/http; msgtype=response")]
        if let digest { fields.append(("WARC-Payload-Digest", digest)) }
        record("response", url: url, date: date, fields: fields, block: Data(head.utf8) + body)
    }

    /// A page sent as HTML in UTF-8.
    mutating func page(_ url: String, html: String, date: String = "2024-05-01T10:00:00Z", digest: String? = nil) {
        response(url, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(html.utf8), date: date, digest: digest)
    }

    /// The request a crawler sent (never an article).
    mutating func request(_ url: String) {
        record("request", url: url, fields: [("Content-Type", "application/http; msgtype=request")], block: Data("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n".utf8))
    }

    /// A revisit of an earlier capture with the same payload.
    mutating func revisit(_ url: String, of original: String, digest: String, date: String) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        record("revisit", url: url, date: date, fields: [
            ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
            ("WARC-Refers-To-Target-URI", original), ("WARC-Payload-Digest", digest),
            ("Content-Type", "application/http; msgtype=response"),
        ], block: Data(head.utf8))
    }

    /// The archive: records one after another, or each in a gzip member of its own.
    func archive(compressed: Bool) -> Data {
        records.reduce(into: Data()) { result, record in result += compressed ? Deflater.gzip(record)! : record }
    }

    /// `text` as a chunked body, in chunks of `size` bytes.
    static func chunked(_ data: Data, size: Int) -> Data {
        var result = Data()
        var index = data.startIndex
        while index < data.endIndex {
            let end = min(index + size, data.endIndex)
            result += Data((String(end - index, radix: 16) + "\r\n").utf8) + data[index..<end] + Data("\r\n".utf8)
            index = end
        }
        return result + Data("0\r\n\r\n".utf8)
    }

    /// An article page: a headline, paragraphs long enough to be an article, and `extra` markup.
    static func article(_ title: String, extra: String = "", lang: String = "en") -> String {
        "<!DOCTYPE html><html lang=\"\(lang)\"><head><title>\(title)</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>\(title)</h1>"
            + String(repeating: "<p>The river rose overnight, and volunteers filled sandbags along the old quay until morning came.</p>", count: 3)
            + extra + "<p>Read <a href=\"/news/more\">more news</a>.</p></article></body></html>"
    }
}
