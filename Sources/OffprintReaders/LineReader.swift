import Foundation
import OffprintCore

/// Reads a file line by line in fixed-size chunks, so memory holds one line, not the file.
struct LineReader {
    /// Lines longer than this are cut off (their record will not parse, and says so).
    static let maximumLine = 64_000_000

    /// Calls `body` with each line (without its line break) and its 1-based number.
    static func forEachLine(ofFile path: String, _ body: (Int, Data) -> Void) throws(ConversionError) {
        var pending = Data()
        var number = 0
        try FileInput.forEachChunk(ofFile: path) { chunk throws(ConversionError) in
            var start = chunk.startIndex
            for index in chunk.indices where chunk[index] == 0x0A {
                if pending.count < maximumLine { pending.append(contentsOf: chunk[start..<index]) }
                number += 1
                body(number, trimmed(pending))
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            if start < chunk.endIndex, pending.count < maximumLine { pending.append(contentsOf: chunk[start...]) }
        }
        if !pending.isEmpty {
            number += 1
            body(number, trimmed(pending))
        }
    }

    /// The lines of bytes already in memory.
    static func forEachLine(of data: Data, _ body: (Int, Data) -> Void) {
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            body(number, trimmed(Data(line)))
        }
    }

    private static func trimmed(_ line: Data) -> Data {
        line.last == 0x0D ? line.dropLast() : line
    }
}
