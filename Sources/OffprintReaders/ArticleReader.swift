import Foundation
import OffprintCore

/// Reads one kind of input file into an `Article`.
///
/// A reader never crashes and never loops on any input: what it cannot make sense of becomes
/// plain paragraphs, and only input that is not an article at all (binary, badly encoded, empty)
/// is an error. Conform to add a format of your own and register it in a `FormatRegistry`.
public protocol ArticleReader: Sendable {
    /// The short name used by `--from` and `offprint formats`, such as `txt`.
    var format: String { get }
    /// File name extensions, lower-case and without the dot, that select this reader.
    var fileExtensions: [String] { get }
    /// One line saying what the reader reads.
    var summary: String { get }
    /// Whether the content looks like this reader's format, for files whose extension says nothing.
    func recognizes(_ data: Data) -> Bool
    /// Whether `recognizes` looks for a signature of the format (`{`, `<!DOCTYPE html`, front
    /// matter) rather than taking any text. A file without an extension found in a folder is read
    /// only by a reader with a signature, so a `README` beside the articles is not taken for
    /// one. The default is `true`.
    var recognizesBySignature: Bool { get }
    /// Reads one input into an article, appending anything worth telling to `warnings`.
    func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws -> Article
}

extension ArticleReader {
    public var recognizesBySignature: Bool { true }
}

/// One input handed to a reader.
public struct ReaderInput: Sendable {
    /// The file's bytes.
    public var data: Data
    /// The input's path relative to the folder being converted (or its file name): used for the
    /// article's identifier and `source.path`.
    public var name: String
    /// The file on disk, for readers that load files beside it (images); `nil` for standard input.
    public var fileURL: URL?
    /// The text encoding the user named with `--encoding`, or `nil` to detect it.
    public var encoding: String?
    /// The address the input was captured from (a web archive's record), against which its
    /// links and images resolve; `nil` for a file saved on its own.
    public var url: String?
    /// The charset the input was sent with (HTTP `Content-Type`), which a page's own
    /// declaration does not override; `nil` when there was none.
    public var transportCharset: String?
    /// The encoding to read the input in when it is not UTF-8 and declares no charset of its
    /// own (a web archive's record, given `--encoding`); unlike `encoding`, it overrides nothing.
    public var fallbackEncoding: String?
    /// Captured images the page may embed, looked up by their absolute URL (offline replay).
    public var resources: (any ArchiveResources)?

    /// Creates an input.
    public init(data: Data, name: String, fileURL: URL? = nil, encoding: String? = nil,
                url: String? = nil, transportCharset: String? = nil, resources: (any ArchiveResources)? = nil) {
        self.data = data
        self.name = name
        self.fileURL = fileURL
        self.encoding = encoding
        self.url = url
        self.transportCharset = transportCharset
        self.resources = resources
    }
}
