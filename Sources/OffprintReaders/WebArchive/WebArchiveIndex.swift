import Foundation
import OffprintCore

/// Where an archive's captures are, by URL and by payload digest: built in a first pass over
/// the file so that a page can embed images captured after it and a `revisit` can find the
/// response it repeats. The pass skims (`ArchiveStream.init(origin:skimming:)`): of a record
/// that has its gzip member to itself it inflates only the header and the status line.
///
/// It holds 64-bit hashes and offsets only (every hit is checked against the record's own
/// URI when it is read), and at most `maximumEntries` of each, so its memory stays bounded
/// however large the archive. Only records that start their own gzip member (or lie in an
/// uncompressed file) can be found again; an archive compressed as one gzip stream has none.
struct WebArchiveIndex: Sendable {
    private(set) var byURL: [UInt64: Int] = [:]
    private(set) var byDigest: [UInt64: Int] = [:]
    /// Whether the file is an ARC file.
    private(set) var isARC = false

    static let maximumEntries = 2_000_000

    /// The index of the archive `stream` reads from its position on (bad records are left
    /// out: the second pass reports them).
    static func build(_ stream: ArchiveStream) -> WebArchiveIndex {
        var index = WebArchiveIndex()
        let scanner = WebArchiveScanner(stream)
        while let scan = scanner.next() {
            // Only the header and status line are wanted: the rest is passed over uninflated.
            defer { scanner.skimRestOfRecord() }
            guard case .record(let head) = scan else { continue }
            index.isARC = scanner.isARC
            guard head.isAddressable, head.type == "response" || head.type == "resource", let uri = head.targetURI else { continue }
            if head.type == "response" {
                // Only successful captures are worth finding (the status line is the first content line).
                guard let status = try? scanner.readContentLine(limit: 1_024),
                      String(decoding: status, as: UTF8.self).split(separator: " ").dropFirst().first == "200" else { continue }
            }
            if index.byURL.count < maximumEntries, index.byURL[key(uri)] == nil { index.byURL[key(uri)] = head.offset }
            if let digest = head.fields["warc-payload-digest"], index.byDigest.count < maximumEntries, index.byDigest[key(digest)] == nil {
                index.byDigest[key(digest)] = head.offset
            }
        }
        return index
    }

    /// The offset of the first successful capture of `url` (its fragment ignored).
    func offset(url: String) -> Int? { byURL[WebArchiveIndex.key(url)] }

    /// The offset of the first capture whose payload has `digest`.
    func offset(digest: String) -> Int? { byDigest[WebArchiveIndex.key(digest)] }

    /// A URL without its fragment, as captures are recorded.
    static func unfragmented(_ url: String) -> String {
        url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
    }

    static func key(_ text: String) -> UInt64 {
        var hash = FNV1aHash()
        for scalar in unfragmented(text).unicodeScalars { hash.add(scalar) }
        return hash.value
    }
}
