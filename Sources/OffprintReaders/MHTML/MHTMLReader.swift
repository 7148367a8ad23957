import Foundation
import OffprintCore

/// Reads web pages saved as one MHTML file (`.mhtml`, `.mht`: Chromium's "Save page as...
/// single file", `Page.captureSnapshot`, Internet Explorer's web archives).
///
/// The page's HTML part goes through the HTML reader as a saved page does (the article found
/// among the page around it); its images come from the file's other parts, matched by
/// `Content-Location` (resolved against the page's location) or `cid:`, never from disk or the
/// network.
public struct MHTMLReader: ArticleReader {
    public let format = "mhtml"
    public let fileExtensions = ["mhtml", "mht"]
    public let summary = "web pages saved as one MHTML file (multipart/related), with the images inside it"

    public init() {}

    /// MIME headers before the first blank line, one of them declaring a multipart/related
    /// document or a MIME version.
    public func recognizes(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4_096), as: UTF8.self)
        let block = head.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n").first ?? ""
        let lines = block.split(separator: "\n")
        guard let first = lines.first, MHTMLReader.isHeaderLine(first) else { return false }
        let headers = MIMEHeaders(lines: lines)
        return headers.mediaType == "multipart/related" || (headers["mime-version"] != nil && headers.mediaType?.hasPrefix("multipart/") == true)
    }

    private static func isHeaderLine(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let name = line[..<colon]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        let document = try MHTMLDocument(input.data, warnings: &warnings)
        guard let page = document.page else {
            throw ConversionError(.malformed("the MHTML file has no text/html part (its parts: \(MHTMLReader.listing(document.parts)))"))
        }
        let images = EmbeddedImages(
            base: page.location ?? document.headers["snapshot-content-location"],
            parts: document.parts.filter { $0.mediaType.hasPrefix("image/") }.map { ($0.location, $0.contentID, $0.body) })
        // The part's own charset, unless the user named one; otherwise the page's <meta> decides.
        let declared = page.headers.parameter("charset", of: "content-type").flatMap { TextDecoding.isKnownEncoding($0) ? $0 : nil }
        let charset = input.encoding ?? declared
        let pageInput = ReaderInput(data: page.body, name: input.name, fileURL: nil, encoding: charset)
        return try HTMLReader().read(pageInput, images: ImageLoader(embedded: images), warnings: &warnings)
    }

    /// The parts' types, for a message.
    private static func listing(_ parts: [MHTMLDocument.Part]) -> String {
        guard !parts.isEmpty else { return "none" }
        let types = parts.prefix(5).map(\.mediaType).joined(separator: ", ")
        return parts.count > 5 ? types + ", ..." : types
    }
}
