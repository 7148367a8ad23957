import Foundation
import OffprintCore

/// A web page saved as one MIME file (MHTML, RFC 2557): a `multipart/related` document whose
/// first HTML part is the page and whose other parts are what it loaded, each named by its
/// `Content-Location` (a URL) or `Content-ID` (for `cid:` references).
///
/// Parsing never recurses into nested multiparts and never fails on a bad part: a part whose
/// body cannot be decoded is left out with a warning, and only a file without a boundary or
/// without an HTML part is an error.
struct MHTMLDocument {
    /// One part, its body decoded from its transfer encoding.
    struct Part {
        let headers: MIMEHeaders
        let body: Data
        var mediaType: String { headers.mediaType ?? "text/plain" }
        var location: String? { headers["content-location"] }
        /// The `Content-ID` without its angle brackets.
        var contentID: String? {
            headers["content-id"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<> \t")) }
        }
    }

    /// The headers of the whole file.
    let headers: MIMEHeaders
    /// The parts in file order.
    let parts: [Part]

    /// The most parts read; a file with more keeps the first ones, with a warning.
    static let maximumParts = 10_000

    /// Parses the file's bytes.
    init(_ data: Data, warnings: inout [ConversionWarning]) throws(ConversionError) {
        let bytes = [UInt8](data)
        let (headerLines, bodyStart) = MHTMLDocument.headerBlock(bytes, from: 0)
        headers = MIMEHeaders(lines: headerLines)
        guard headers.mediaType?.hasPrefix("multipart/") == true else {
            throw ConversionError(.malformed("not an MHTML file: its Content-Type is \(headers.mediaType.map { "'\($0)'" } ?? "missing"), not multipart/related"))
        }
        guard let boundary = headers.parameter("boundary", of: "content-type"), !boundary.isEmpty, boundary.utf8.count <= 200 else {
            throw ConversionError(.malformed("the MHTML file's Content-Type names no boundary between its parts"))
        }
        var parts: [Part] = []
        let delimiter = Array("--\(boundary)".utf8)
        var starts = MHTMLDocument.delimiterLines(delimiter, in: bytes, from: bodyStart)
        if starts.isEmpty {
            throw ConversionError(.malformed("the MHTML file's boundary '\(boundary)' never occurs: the file is cut short or not MHTML"))
        }
        if starts.count - 1 > MHTMLDocument.maximumParts {
            warnings.append(ConversionWarning("the MHTML file has \(starts.count - 1) parts; only the first \(MHTMLDocument.maximumParts) are read"))
            starts = Array(starts.prefix(MHTMLDocument.maximumParts + 1))
        }
        for (index, delimiterLine) in starts.enumerated() where !delimiterLine.isClosing {
            // A part runs from the line after its delimiter to the line break before the next one.
            let end = index + 1 < starts.count ? starts[index + 1].lineStart : bytes.count
            guard delimiterLine.contentStart < end else { continue }
            var contentEnd = end
            if contentEnd > delimiterLine.contentStart, bytes[contentEnd - 1] == 0x0A { contentEnd -= 1 }
            if contentEnd > delimiterLine.contentStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let (lines, partBodyStart) = MHTMLDocument.headerBlock(bytes, from: delimiterLine.contentStart, upTo: contentEnd)
            let partHeaders = MIMEHeaders(lines: lines)
            let raw = bytes[min(partBodyStart, contentEnd)..<contentEnd]
            let name = partHeaders["content-location"] ?? partHeaders["content-id"] ?? "part \(parts.count + 1)"
            switch (partHeaders["content-transfer-encoding"] ?? "7bit").lowercased().trimmingCharacters(in: .whitespaces) {
            case "base64":
                guard let decoded = Data(base64Encoded: Data(raw), options: .ignoreUnknownCharacters) else {
                    warnings.append(ConversionWarning("MHTML part \(name): its base64 body cannot be decoded; the part is left out"))
                    continue
                }
                parts.append(Part(headers: partHeaders, body: decoded))
            case "quoted-printable":
                parts.append(Part(headers: partHeaders, body: QuotedPrintable.decode(raw)))
            case "7bit", "8bit", "binary":
                parts.append(Part(headers: partHeaders, body: Data(raw)))
            case let other:
                warnings.append(ConversionWarning("MHTML part \(name): unknown transfer encoding '\(other)'; the part is left out"))
            }
        }
        self.parts = parts
    }

    /// The part that is the page: the one the `start` parameter names, else the first HTML part.
    var page: Part? {
        if let start = headers.parameter("start", of: "content-type")?.trimmingCharacters(in: CharacterSet(charactersIn: "<> ")),
           let named = parts.first(where: { $0.contentID == start || $0.location == start }) {
            return named
        }
        return parts.first { $0.mediaType == "text/html" || $0.mediaType == "application/xhtml+xml" }
    }

    /// A delimiter line: where it starts, where the content after it starts, and whether it
    /// closes the multipart (`--boundary--`).
    struct DelimiterLine {
        let lineStart: Int
        let contentStart: Int
        let isClosing: Bool
    }

    /// The lines that start with `delimiter`, in order.
    static func delimiterLines(_ delimiter: [UInt8], in bytes: [UInt8], from start: Int) -> [DelimiterLine] {
        var found: [DelimiterLine] = []
        var lineStart = start
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd - lineStart >= delimiter.count, bytes[lineStart..<(lineStart + delimiter.count)].elementsEqual(delimiter) {
                let after = lineStart + delimiter.count
                let isClosing = after + 1 < lineEnd && bytes[after] == UInt8(ascii: "-") && bytes[after + 1] == UInt8(ascii: "-")
                found.append(DelimiterLine(lineStart: lineStart, contentStart: min(lineEnd + 1, bytes.count), isClosing: isClosing))
                if isClosing { break }
            }
            lineStart = lineEnd + 1
        }
        return found
    }

    /// The header lines from `start` up to the first empty line, and where the body after it starts.
    static func headerBlock(_ bytes: [UInt8], from start: Int, upTo end: Int? = nil) -> (lines: [Substring], bodyStart: Int) {
        let limit = end ?? bytes.count
        var lines: [Substring] = []
        var lineStart = start
        while lineStart < limit {
            var lineEnd = bytes[lineStart..<limit].firstIndex(of: 0x0A) ?? limit
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == lineStart { return (lines, next) }
            // Header text is ASCII (RFC 2047 words for the rest); any other byte becomes U+FFFD.
            lines.append(Substring(String(decoding: bytes[lineStart..<lineEnd], as: Unicode.ASCII.self)))
            if lines.count > MIMEHeaders.maximumFields * 4 { return (lines, next) }
            lineStart = next
        }
        return (lines, limit)
    }
}
