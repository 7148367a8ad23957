import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileInput {
    /// How much of a file `forEachChunk` reads at a time.
    package static let chunkSize = 1 << 16

    /// Calls `body` with the file's bytes in order, a chunk at a time, so that a reader that
    /// streams a file (lines, a JSON array's elements) holds one chunk, not the file.
    package static func forEachChunk(ofFile path: String, _ body: (ArraySlice<UInt8>) throws(ConversionError) -> Void) throws(ConversionError) {
        let descriptor = try openRegularFile(path).descriptor
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConversionError(.system(FileInput.message(errno)))
            }
            if count == 0 { return }
            try body(chunk[0..<count])
        }
    }
}
