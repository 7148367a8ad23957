import Foundation
import OffprintCore

/// A reader for files that hold many articles, one record after another (JSON Lines, the
/// entries of a read-it-later export).
///
/// The batch streams such files record by record instead of reading them whole, so an archive
/// of any size converts in flat memory; each record gets its own outputs and its own error line
/// (`archive.jsonl:17: reading: at $.body[3].content: ...`) while the others go on.
public protocol ArticleArchiveReader: ArticleReader {
    /// Calls `body` with each record's 1-based number (its line, or its place in the file) and
    /// bytes, in file order.
    /// Throws only when the file itself cannot be read.
    func forEachRecord(in source: RecordSource, _ body: (_ line: Int, _ record: Data) -> Void) throws(ConversionError)
    /// As `forEachRecord(in:_:)`, for a batch that allows each record at most `recordLimit`
    /// bytes (`--max-size`); a record over it is that record's error. The default ignores the
    /// limit (a JSON Lines line has its own).
    func forEachRecord(in source: RecordSource, recordLimit: Int, _ body: (_ line: Int, _ record: Data) -> Void) throws(ConversionError)
    /// Reads one record into an article.
    func readRecord(_ record: Data, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article
}

extension ArticleArchiveReader {
    public func forEachRecord(in source: RecordSource, recordLimit: Int, _ body: (_ line: Int, _ record: Data) -> Void) throws(ConversionError) {
        try forEachRecord(in: source, body)
    }
}

/// Where an archive's records come from.
public enum RecordSource: Sendable {
    /// A file, read in chunks.
    case file(String)
    /// Bytes already in memory (standard input).
    case data(Data)
}
