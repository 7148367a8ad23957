import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif
import OffprintCore

/// Reads a file line by line in fixed-size chunks, so memory holds one line, not the file.
struct LineReader {
    /// Lines longer than this are cut off (their record will not parse, and says so).
    static let maximumLine = 64_000_000
    static let chunkSize = 1 << 16

    /// Calls `body` with each line (without its line break) and its 1-based number.
    static func forEachLine(ofFile path: String, _ body: (Int, Data) -> Void) throws(ConversionError) {
        let descriptor = try FileInput.openRegularFile(path).descriptor
        defer { close(descriptor) }
        var pending = Data()
        var number = 0
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConversionError(.system(FileInput.message(errno)))
            }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where chunk[index] == 0x0A {
                if pending.count < maximumLine { pending.append(contentsOf: chunk[start..<index]) }
                number += 1
                body(number, trimmed(pending))
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            if start < count, pending.count < maximumLine { pending.append(contentsOf: chunk[start..<count]) }
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
