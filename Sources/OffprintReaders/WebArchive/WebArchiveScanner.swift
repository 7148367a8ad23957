import Foundation
import OffprintCore

/// Takes the records of a web archive (WARC 1.0 or 1.1, or the older ARC) out of an
/// `ArchiveStream` one at a time: each record's header fields, then, on request, its content.
///
/// A record whose header cannot be read is reported once, and scanning goes on at the next
/// record (the next `WARC/` line, or the next gzip member); content that ends early is reported
/// as a truncated file.
final class WebArchiveScanner {
    /// A record's header, with its content still to read.
    struct Head {
        /// The record's physical offset (that of its gzip member in a compressed file).
        var offset: Int
        /// Whether the record can be found again by moving to `offset` (it starts its member).
        var isAddressable: Bool
        /// Header fields by lower-case name (`warc-type`, `warc-target-uri`, `warc-date`...);
        /// ARC records get the WARC names for what their header line says.
        var fields: [String: String]
        var contentLength: Int

        var type: String { (fields["warc-type"] ?? "").lowercased() }
        /// `WARC-Target-URI` without the angle brackets some writers put around it.
        var targetURI: String? { fields["warc-target-uri"].map(WebArchiveScanner.unbracketed) }
    }

    /// What `next()` found.
    enum Scan {
        case record(Head)
        case malformed(offset: Int, reason: ConversionError.Reason)
    }

    let stream: ArchiveStream
    /// Content bytes of the current record not yet read.
    private var remaining = 0
    private var current: Head?
    /// A `WARC/` line found while looking for the next record after a bad one.
    private var pending: (line: [UInt8], offset: Int, isAddressable: Bool)?
    /// Whether this is an ARC file (its first record is a `filedesc://` line).
    private(set) var isARC = false
    private var isFirst = true
    private var arcVersion = 1

    static let maximumHeaderLine = 65_536
    static let maximumFields = 1_000
    static let largestContentLength = 1 << 50

    /// A scanner at the stream's position; `isARC` for one that starts inside an ARC file.
    init(_ stream: ArchiveStream, isARC: Bool = false) {
        self.stream = stream
        self.isARC = isARC
    }

    /// The next record's header, a record that could not be read, or `nil` at the end.
    func next() -> Scan? {
        do throws(ArchiveStream.Failure) {
            if current != nil { try finishRecord() }
        } catch {
            return recover(from: error)
        }
        do throws(ArchiveStream.Failure) {
            var line: [UInt8]
            var offset: Int
            var addressable: Bool
            if let found = pending {
                (line, offset, addressable) = found
                pending = nil
            } else {
                repeat {
                    (offset, addressable) = try stream.physicalOffset
                    guard let read = try stream.readLine(limit: WebArchiveScanner.maximumHeaderLine) else { return nil }
                    line = read
                } while line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            }
            if isFirst, line.starts(with: Array("filedesc://".utf8)) { isARC = true }
            isFirst = false
            let head: Head
            if line.starts(with: Array("WARC/".utf8)) {
                head = try readWARCHead(offset: offset, addressable: addressable)
            } else if isARC, let arc = try readARCHead(line, offset: offset, addressable: addressable) {
                head = arc
            } else {
                let shown = String(decoding: line.prefix(40), as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "?")
                return try resynchronize(after: offset, reason: .malformed("not the start of a record (expected WARC/1.0 or WARC/1.1, found '\(shown)')"))
            }
            current = head
            remaining = head.contentLength
            if isARC, head.type == "warcinfo", let version = try readContentLine(limit: 1_024) {
                // An ARC file's version block starts `1 0 ...` or `2 0 ...`.
                arcVersion = version.first == UInt8(ascii: "2") ? 2 : 1
            }
            return .record(head)
        } catch {
            return recover(from: error)
        }
    }

    /// Reads `WARC-Name: value` lines up to the blank line.
    private func readWARCHead(offset: Int, addressable: Bool) throws(ArchiveStream.Failure) -> Head {
        var fields: [String: String] = [:]
        var lastName: String?
        while true {
            guard let line = try stream.readLine(limit: WebArchiveScanner.maximumHeaderLine) else {
                throw ArchiveStream.Failure(reason: .malformed("the record header ends early (the file is truncated)"), offset: offset)
            }
            if line.isEmpty { break }
            if let lastName, let more = HeaderField.continuation(line) {
                fields[lastName, default: ""] += " " + more
                continue
            }
            guard let (name, value) = HeaderField.split(line) else {
                throw ArchiveStream.Failure(reason: .malformed("a record header line without a colon"), offset: offset)
            }
            if fields[name] == nil { fields[name] = value }
            lastName = name
            guard fields.count <= WebArchiveScanner.maximumFields else {
                throw ArchiveStream.Failure(reason: .malformed("a record header with more than \(WebArchiveScanner.maximumFields) fields"), offset: offset)
            }
        }
        guard let lengthText = fields["content-length"] else {
            throw ArchiveStream.Failure(reason: .malformed("the record has no Content-Length"), offset: offset)
        }
        let length = try WebArchiveScanner.contentLength(lengthText, offset: offset)
        return Head(offset: offset, isAddressable: addressable, fields: fields, contentLength: length)
    }

    /// An ARC header line: `URL IP DATE TYPE LENGTH` (version 1) or, in version 2, ten fields
    /// with the length last. The first record (`filedesc://`) is the file's own description.
    private func readARCHead(_ line: [UInt8], offset: Int, addressable: Bool) throws(ArchiveStream.Failure) -> Head? {
        let parts = String(decoding: line, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let trailing = arcVersion == 2 && parts.count >= 10 ? 9 : 4
        guard parts.count > trailing, let last = parts.last else { return nil }
        let length = try WebArchiveScanner.contentLength(last, offset: offset)
        let url = parts[..<(parts.count - trailing)].joined(separator: "%20")
        let date = parts[parts.count - trailing + 1]
        var fields = ["warc-target-uri": url, "content-length": last]
        fields["warc-type"] = url.hasPrefix("filedesc:") ? "warcinfo" : "response"
        if date.count == 14, date.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let digits = Array(date)
            func part(_ range: Range<Int>) -> String { String(digits[range]) }
            fields["warc-date"] = "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(8..<10)):\(part(10..<12)):\(part(12..<14))Z"
        }
        return Head(offset: offset, isAddressable: addressable, fields: fields, contentLength: length)
    }

    static func contentLength(_ text: String, offset: Int) throws(ArchiveStream.Failure) -> Int {
        guard let length = Int(text.trimmingWhitespace()), (0...largestContentLength).contains(length) else {
            throw ArchiveStream.Failure(reason: .malformed("the record's length '\(text.prefix(24))' is not a byte count"), offset: offset)
        }
        return length
    }

    static func unbracketed(_ uri: String) -> String {
        var uri = uri.trimmingWhitespace()
        if uri.hasPrefix("<"), uri.hasSuffix(">"), uri.count >= 2 { uri = String(uri.dropFirst().dropLast()) }
        return uri.replacingOccurrences(of: " ", with: "%20")
    }

    /// The next line of the current record's content, without its line break; `nil` when the
    /// content is used up.
    func readContentLine(limit: Int) throws(ArchiveStream.Failure) -> [UInt8]? {
        guard remaining > 0 else { return nil }
        let before = stream.position
        guard let line = try stream.readLine(limit: min(limit, remaining)) else { throw truncated() }
        remaining -= stream.position - before
        return line
    }

    /// Up to `count` bytes of the current record's content.
    func readContent(_ count: Int) throws(ArchiveStream.Failure) -> [UInt8] {
        let wanted = min(count, remaining)
        let bytes = try stream.read(wanted)
        remaining -= bytes.count
        if bytes.count < wanted { throw truncated() }
        return bytes
    }

    /// Up to `count` bytes of the current record's content, as `Data` (a page's body, copied once).
    func readContentData(_ count: Int) throws(ArchiveStream.Failure) -> Data {
        let wanted = min(count, remaining)
        let bytes = try stream.readData(wanted)
        remaining -= bytes.count
        if bytes.count < wanted { throw truncated() }
        return bytes
    }

    /// In a skimming stream (the index pass), passes over what is left of the current record
    /// without inflating it when the record has its gzip member to itself
    /// (`ArchiveStream.skipMember(endingAt:)`); else leaves it for `next()` to read past.
    func skimRestOfRecord() {
        guard stream.isSkimming, let head = current, head.isAddressable, remaining > 0 else { return }
        if (try? stream.skipMember(endingAt: stream.position + remaining)) == true {
            current = nil
            remaining = 0
        }
    }

    /// How many content bytes are left unread.
    var contentLeft: Int { remaining }

    /// Skips what is left of the current record.
    func finishRecord() throws(ArchiveStream.Failure) {
        let wanted = remaining
        let skipped = try stream.skip(wanted)
        remaining = 0
        let head = current
        current = nil
        if skipped < wanted, let head {
            throw ArchiveStream.Failure(reason: .malformed("the record ends after \(head.contentLength - wanted + skipped) of its \(head.contentLength) bytes (the file is truncated)"), offset: head.offset)
        }
    }

    private func truncated() -> ArchiveStream.Failure {
        let head = current
        current = nil
        remaining = 0
        let length = head?.contentLength ?? 0
        return ArchiveStream.Failure(reason: .malformed("the record's content is shorter than its \(length) bytes (the file is truncated)"), offset: head?.offset ?? 0)
    }

    /// After a failure the caller has reported: goes on at the next record without reporting it again.
    func skipPast(_ failure: ArchiveStream.Failure) {
        current = nil
        remaining = 0
        _ = try? resynchronize(after: failure.offset, reason: failure.reason)
    }

    /// Reports a failure and finds the next record after it.
    private func recover(from failure: ArchiveStream.Failure) -> Scan {
        current = nil
        remaining = 0
        do throws(ArchiveStream.Failure) {
            return try resynchronize(after: failure.offset, reason: failure.reason)
        } catch {
            return .malformed(offset: failure.offset, reason: failure.reason)
        }
    }

    /// After a bad record at `offset`: in a compressed file, goes to the next gzip member; in a
    /// plain one, to the next line that starts with `WARC/`.
    private func resynchronize(after offset: Int, reason: ConversionError.Reason) throws(ArchiveStream.Failure) -> Scan {
        if stream.isCompressed {
            stream.skipPastBadMember(at: offset)
        } else if !isARC {
            while true {
                let (at, addressable) = try stream.physicalOffset
                guard let line = try stream.readLine(limit: WebArchiveScanner.maximumHeaderLine) else { break }
                if line.starts(with: Array("WARC/".utf8)) {
                    pending = (line, at, addressable)
                    break
                }
            }
        }
        return .malformed(offset: offset, reason: reason)
    }
}
