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

    /// Calls `body` with each non-blank line; an archive with none is an empty file.
    public func forEachRecord(in source: RecordSource, _ body: (Int, Data) -> Void) throws(ConversionError) {
        var records = 0
        let skipBlank = { (line: Int, record: Data) in
            if record.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) {
                records += 1
                body(line, record)
            }
        }
        switch source {
        case .file(let path): try LineReader.forEachLine(ofFile: path, skipBlank)
        case .data(let data): LineReader.forEachLine(of: data, skipBlank)
        }
        guard records > 0 else { throw ConversionError(.empty) }
    }

    public func readRecord(_ record: Data, name: String, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        try JSONArticleReader().read(ReaderInput(data: record, name: name), warnings: &warnings)
    }

    /// The first record, for `offprint inspect`; the count of the others is a warning.
    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        var first: (line: Int, record: Data)?
        var others = 0
        try forEachRecord(in: .data(input.data)) { line, record in
            if first == nil { first = (line, record) } else { others += 1 }
        }
        guard let first else { throw ConversionError(.empty) }
        if others > 0 { warnings.append(ConversionWarning("showing the record on line \(first.line); the archive holds \(others) more")) }
        do {
            return try readRecord(first.record, name: input.name, warnings: &warnings)
        } catch {
            var located = error
            if case .malformed(let detail) = error.reason { located.reason = .malformed("line \(first.line): \(detail)") }
            throw located
        }
    }
}
