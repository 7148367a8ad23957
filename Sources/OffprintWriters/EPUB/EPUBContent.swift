/// A file's content for the archive: bytes in memory, or a file on disk that the zip library
/// reads only when it writes the archive (how anthologies stay out of memory).
enum EPUBContent: Sendable, Hashable {
    case bytes([UInt8])
    case file(String)

    init(_ text: String) { self = .bytes(Array(text.utf8)) }

    /// The size in bytes, when it is in memory.
    var byteCount: Int? {
        if case .bytes(let bytes) = self { return bytes.count }
        return nil
    }
}

/// An image packaged in the book.
struct EPUBImage: Sendable, Hashable {
    /// The path inside the content folder, such as `images/a0003/chart.png`.
    let path: String
    let mediaType: String
    let content: EPUBContent

    /// The media types every EPUB 3 reading system must show (core media types).
    static let coreMediaTypes: Set<String> = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/svg+xml"]
}
