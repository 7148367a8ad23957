import OffprintCore
/// A writer that can also make one file from many articles: an EPUB anthology, a JSON Lines
/// archive. The CLI uses it for `--bundle FILE`.
public protocol ArticleCollectionWriter: ArticleWriter {
    /// Starts a collection; its working files go in `workingDirectory`.
    func collection(options: CollectionOptions, context: WritingContext, workingDirectory: String) throws -> any ArticleCollection
}

/// A collection being written. Articles may arrive in any order and from several threads; the
/// result depends only on the articles and their positions, never on timing.
public protocol ArticleCollection: AnyObject, Sendable {
    /// Adds an article at its position among the inputs.
    func add(_ article: Article, at position: CollectionPosition) throws
    /// Writes the collection to `path`.
    func finish(writingTo path: String) throws
}

/// Where an article stands among the inputs: the input's index, then the record's line for
/// archives with many records.
public struct CollectionPosition: Sendable, Hashable, Comparable {
    public var input: Int
    public var record: Int

    public init(input: Int, record: Int = 0) {
        self.input = input
        self.record = record
    }

    public static func < (lhs: CollectionPosition, rhs: CollectionPosition) -> Bool {
        (lhs.input, lhs.record) < (rhs.input, rhs.record)
    }
}

/// How a collection is put together.
public struct CollectionOptions: Sendable {
    /// The book's title; `nil` for a default.
    public var title: String?
    /// The book's authors.
    public var authors: [String]
    /// The book's language; `nil` for the language most of its articles are in.
    public var language: String?
    /// The order of the articles.
    public var order: CollectionOrder

    /// Creates options; every part has a default.
    public init(title: String? = nil, authors: [String] = [], language: String? = nil, order: CollectionOrder = .path) {
        self.title = title
        self.authors = authors
        self.language = language
        self.order = order
    }
}

/// The order of articles in a collection.
public enum CollectionOrder: String, Sendable, CaseIterable {
    /// By input path (the order folders are walked in).
    case path
    /// By publication date, undated articles last, then by path.
    case date
    /// By title, then by path.
    case title
}

extension CollectionOrder {
    /// A text key that puts articles in this order (ties, and every article when ordering by
    /// path, go by their position among the inputs).
    public func sortKey(for article: Article) -> String {
        switch self {
        case .path: return ""
        case .date: return (article.published ?? article.modified).map { CollectionOrder.dateKey(secondsSince1970: $0.secondsSince1970) } ?? "~"
        case .title: return TextFolding.fold(article.title)
        }
    }

    /// Dates oldest first as text: the seconds shifted past zero (years from about 1200 on)
    /// and padded to one width.
    static func dateKey(secondsSince1970 seconds: Int) -> String {
        let shifted = String(max(0, seconds + 25_000_000_000))
        return String(repeating: "0", count: max(0, 20 - shifted.count)) + shifted
    }
}
