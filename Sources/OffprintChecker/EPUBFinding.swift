/// Something `EPUBChecker` found wrong in a book.
public struct EPUBFinding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The book's path.
    public var book: String
    /// The file inside the book, when the finding is about one.
    public var entry: String?
    /// A short stable name for the kind of finding, for machines: `missing-dir`, `remote-resource`...
    public var code: String
    /// What is wrong, in one sentence.
    public var message: String

    public init(book: String, entry: String? = nil, code: String, message: String) {
        self.book = book
        self.entry = entry
        self.code = code
        self.message = message
    }

    /// `book.epub: EPUB/chapter-1.xhtml: the page has no dir attribute`.
    public var description: String {
        [book, entry, message].compactMap { $0 }.joined(separator: ": ")
    }
}
