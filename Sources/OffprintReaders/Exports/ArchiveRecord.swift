import Foundation
import OffprintCore

/// How an export reader hands the batch an entry too large to hold: a record that, when read,
/// is that entry's error. (A record is bytes; this one starts with a NUL, which no JSON does.)
enum OversizedRecord {
    static func record(bytes: Int, limit: Int) -> Data {
        Data([0]) + Data("\(bytes)/\(limit)".utf8)
    }

    /// Throws the entry's error when `record` stands for an oversized entry.
    static func check(_ record: Data) throws(ConversionError) {
        guard record.first == 0 else { return }
        let numbers = String(decoding: record.dropFirst(), as: UTF8.self).split(separator: "/").compactMap { Int($0) }
        throw ConversionError(.tooLarge(bytes: numbers.first ?? 0, limit: numbers.last ?? 0))
    }
}

extension ArticleArchiveReader {
    /// The first entry, for `offprint inspect` and single-file reading; the count of the
    /// others is a warning.
    func readFirstRecord(of input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        var first: (number: Int, record: Data)?
        var others = 0
        // From the file when there is one: an export may find files beside it.
        let source: RecordSource = input.fileURL.map { .file($0.path) } ?? .data(input.data)
        try forEachRecord(in: source) { number, record in
            if first == nil { first = (number, record) } else { others += 1 }
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
