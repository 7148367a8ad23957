import OffprintCore
/// A writer that can also make one file from many articles: an EPUB anthology, a JSON Lines
/// archive. The CLI uses it for `--bundle FILE`.
public protocol ArticleCollectionWriter: ArticleWriter {
    /// Starts a collection, put together as the writer's `options` say; its working files go in
    /// `workingDirectory`.
    func collection(context: WritingContext, workingDirectory: String) throws -> any ArticleCollection
}

/// A collection being written. Articles may arrive in any order and from several threads; the
/// result depends only on the articles and their positions, never on timing.
public protocol ArticleCollection: AnyObject, Sendable {
    /// Adds an article at its position among the inputs.
    func add(_ article: Article, at position: CollectionPosition) throws
    /// Writes the collection to `path`.
    func finish(writingTo path: String) throws
}
