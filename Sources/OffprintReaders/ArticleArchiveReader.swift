import Foundation
import OffprintCore

/// A reader for files that hold many articles, one record after another (JSON Lines, web
/// archives).
///
/// The batch streams such files record by record instead of reading them whole, so an archive
/// of any size converts in memory bounded by its largest record; each record gets its own
/// outputs and its own error line (`archive.jsonl:17: reading: ...`,
/// `crawl.warc.gz@48213: reading: ...`) while the others go on. A record that
/// `readRecord` finds to be no article (`ConversionError.Reason.notAnArticle`) is counted as
/// skipped, not failed.
public protocol ArticleArchiveReader: ArticleReader {
    /// Calls `body` with each record that may hold an article, in file order; a record that
    /// cannot be taken out of the file carries its `problem`. No record is larger than
    /// `limit` bytes (a larger one carries a problem instead). Throws only when the file
    /// itself cannot be read.
    func forEachRecord(in source: RecordSource, limit: Int, _ body: (ArchiveRecord) -> Void) throws(ConversionError)
    /// Reads one record into an article; `name` identifies it (`archive.jsonl:17`).
    func readRecord(_ record: ArchiveRecord, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article
}

/// Where an archive's records come from.
public enum RecordSource: Sendable {
    /// A file, read in chunks.
    case file(String)
    /// Bytes already in memory (standard input).
    case data(Data)
}
