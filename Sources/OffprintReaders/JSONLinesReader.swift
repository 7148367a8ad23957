import Foundation
import OffprintCore

/// Reads JSON Lines archives of Offprint records: one record per line, blank lines ignored.
public struct JSONLinesReader: ArticleArchiveReader {
    public let format = "jsonl"
    public let fileExtensions = ["jsonl", "ndjson"]
    public let summary = "JSON Lines archives of Offprint records, streamed record by record"

    public init() {}

    /// Chosen by extension or `--from jsonl` only: a single JSON record looks the same.
    public func recognizes(_ data: Data) -> Bool { false }

    /// Calls `body` with each non-blank line; an archive with none is an empty file. A line
    /// longer than `limit` is a record with a problem.
    public func forEachRecord(in source: RecordSource, limit: Int, _ body: (ArchiveRecord) -> Void) throws(ConversionError) {
        var records = 0
        let skipBlank = { (line: Int, record: Data) in
            if record.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) {
                records += 1
                let problem = record.count > limit ? ConversionError(.tooLarge(bytes: record.count, limit: limit)) : nil
                body(ArchiveRecord(location: .line(line), data: problem == nil ? record : Data(), problem: problem))
            }
        }
        switch source {
        case .file(let path): try LineReader.forEachLine(ofFile: path, skipBlank)
        case .data(let data): LineReader.forEachLine(of: data, skipBlank)
        }
        guard records > 0 else { throw ConversionError(.empty) }
    }

    public func readRecord(_ record: ArchiveRecord, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        try JSONArticleReader().read(ReaderInput(data: record.data, name: name), warnings: &warnings)
    }

    /// The first record, for `offprint inspect`; the count of the others is a warning.
    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        var first: ArchiveRecord?
        var others = 0
        try forEachRecord(in: .data(input.data), limit: Int.max) { record in
            if first == nil { first = record } else { others += 1 }
        }
        guard let first else { throw ConversionError(.empty) }
        let line = first.location.number
        if others > 0 { warnings.append(ConversionWarning("showing the record on line \(line); the archive holds \(others) more")) }
        do {
            return try readRecord(first, name: input.name, warnings: &warnings)
        } catch {
            var located = error
            if case .malformed(let detail) = error.reason { located.reason = .malformed("line \(line): \(detail)") }
            throw located
        }
    }
}
