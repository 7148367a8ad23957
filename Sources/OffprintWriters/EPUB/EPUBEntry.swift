/// One file of an EPUB before zipping: its path in the archive, its content, and whether to
/// compress it. Every step of the EPUB writer produces entries; only the last one zips.
struct EPUBEntry: Sendable, Hashable {
    /// The path inside the archive, such as `EPUB/chapter-1.xhtml`.
    package let path: String
    /// The file's content.
    let content: EPUBContent
    /// Whether to deflate it; `mimetype` must be stored.
    package let isCompressed: Bool

    /// Files smaller than this are stored: deflating them saves a kilobyte or two, but each
    /// compressed entry costs a fresh zlib state (about 256 kB allocated and partly cleared),
    /// which dominated EPUB time when every small file was deflated.
    static let smallestCompressed = 4_096

    /// An entry of text; stored when small.
    init(_ path: String, text: String, isCompressed: Bool = true) {
        let bytes = Array(text.utf8)
        self.init(path, content: .bytes(bytes), isCompressed: isCompressed && bytes.count >= EPUBEntry.smallestCompressed)
    }

    init(_ path: String, content: EPUBContent, isCompressed: Bool) {
        self.path = path
        self.content = content
        self.isCompressed = isCompressed
    }

    /// The bytes, when the entry is in memory.
    var bytes: [UInt8] {
        if case .bytes(let bytes) = content { return bytes }
        return []
    }
}
