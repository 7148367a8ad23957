import Foundation
import OffprintCore

/// One record of an archive, as its reader took it out of the file.
public struct ArchiveRecord: Sendable {
    /// Where the record starts: its line or its byte offset.
    public var location: RecordLocation
    /// The record's bytes (for a web archive, the HTTP body as it was sent).
    public var data: Data
    /// The address the record was captured from, which names its outputs; `nil` for records
    /// without one (JSON Lines), whose outputs are named by position and title.
    public var url: String?
    /// Header fields the reader keeps for `readRecord`, with lower-case names (a web
    /// archive's HTTP headers and capture date).
    public var fields: [String: String]
    /// Other records of the same archive that the article may embed (images captured with the page).
    public var resources: (any ArchiveResources)?
    /// Why the record could not be taken out of the file (a malformed header, a truncated
    /// body); such a record is reported as an error and the archive goes on.
    public var problem: ConversionError?
    /// The encoding the user named (`--encoding`) for records that say nothing of their own:
    /// a captured page that is not UTF-8 and declares no charset (in its HTTP header or its
    /// `<meta>`) is read in it. A page's own declaration still wins, since one archive holds
    /// pages from many sites. The batch sets it; `nil` when none was named.
    public var encoding: String?

    /// Creates a record.
    public init(location: RecordLocation, data: Data, url: String? = nil, fields: [String: String] = [:],
                resources: (any ArchiveResources)? = nil, problem: ConversionError? = nil) {
        self.location = location
        self.data = data
        self.url = url
        self.fields = fields
        self.resources = resources
        self.problem = problem
    }
}

/// Where a record starts in its archive.
public enum RecordLocation: Sendable, Hashable, CustomStringConvertible {
    /// A 1-based line number (JSON Lines).
    case line(Int)
    /// A byte offset in the file (web archives: the offset of the record, or of the gzip member holding it).
    case byteOffset(Int)

    /// The number itself, for ordering records.
    public var number: Int {
        switch self {
        case .line(let line): return line
        case .byteOffset(let offset): return offset
        }
    }

    /// `:17` after a path for a line, `@48213` for an offset.
    public var description: String {
        switch self {
        case .line(let line): return ":\(line)"
        case .byteOffset(let offset): return "@\(offset)"
        }
    }
}

/// The other records of an archive that an article may embed, looked up by URL.
public protocol ArchiveResources: Sendable {
    /// The bytes captured from `url` (with its fragment removed), if the archive holds them
    /// and they fit in `limit` bytes.
    func data(capturedFrom url: String, limit: Int) -> Data?
}
