import OffprintCore

/// A file a writer makes once for a whole batch, beside the files it makes per article: the
/// HTML writer's `index.html`. The batch engine asks every requested writer for one
/// (`ArticleWriter.batchCompanion`) and knows nothing of what it holds.
///
/// Outcomes arrive from several threads in any order, each with its position among the inputs;
/// the file depends only on the outcomes and their positions, never on timing.
public protocol BatchCompanion: AnyObject, Sendable {
    /// The file's name at the output root, such as `index.html`.
    var fileName: String { get }
    /// How many outcomes it holds.
    var count: Int { get }
    /// Adds a converted input, whose `outputs` are paths under the output folder.
    func add(_ outcome: InputOutcome, at position: CollectionPosition)
    /// Writes the file's bytes, in pieces, to `file`.
    func finish(writingTo file: AtomicFileWriter.PartialFile) throws(ConversionError)
}
