import Foundation
import OffprintCore

extension ArticleArchiveReader {
    /// The first entry, for `offprint inspect` and single-file reading; the count of the
    /// others is a warning.
    func readFirstRecord(of input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        var first: (number: Int, record: ArchiveRecord)?
        var others = 0
        // From the file when there is one: an export may find files beside it.
        let source: RecordSource = input.fileURL.map { .file($0.path) } ?? .data(input.data)
        try forEachRecord(in: source, limit: FileInput.defaultMaximumBytes) { record in
            if first == nil { first = (record.location.number, record) } else { others += 1 }
        }
        guard let first else { throw ConversionError(.empty) }
        if others > 0 { warnings.append(ConversionWarning("showing entry \(first.number); the export holds \(others) more (convert it to get one output per entry)")) }
        do {
            return try readRecord(first.record, name: "\(input.name):\(first.number)", warnings: &warnings)
        } catch {
            var located = error
            if case .malformed(let detail) = error.reason { located.reason = .malformed("entry \(first.number): \(detail)") }
            throw located
        }
    }
}
