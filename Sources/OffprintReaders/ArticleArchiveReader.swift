import Foundation
import OffprintCore

/// A reader for files that hold many articles, one record after another (JSON Lines).
///
/// The batch streams such files record by record instead of reading them whole, so an archive
/// of any size converts in flat memory; each record gets its own outputs and its own error line
/// (`archive.jsonl:17: reading: at $.body[3].content: ...`) while the others go on.
public protocol ArticleArchiveReader: ArticleReader {
    /// Calls `body` with each record's 1-based line number and bytes, in file order.
    /// Throws only when the file itself cannot be read.
    func forEachRecord(in source: RecordSource, _ body: (_ line: Int, _ record: Data) -> Void) throws(ConversionError)
    /// Reads one record into an article.
    func readRecord(_ record: Data, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article
}

/// Where an archive's records come from.
public enum RecordSource: Sendable {
    /// A file, read in chunks.
    case file(String)
    /// Bytes already in memory (standard input).
    case data(Data)
}
