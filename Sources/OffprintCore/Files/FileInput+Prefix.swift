import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileInput {
    /// The first `count` bytes of the file at `path` (fewer when it is shorter), for sniffing
    /// what a file is without reading all of it.
    package static func contents(of path: String, prefix count: Int) throws(ConversionError) -> Data {
        let (descriptor, size) = try openRegularFile(path)
        defer { close(descriptor) }
        let wanted = min(count, size)
        var data = Data(count: wanted)
        var total = 0
        data.withUnsafeMutableBytes { buffer in
            while total < wanted {
                let read = read(descriptor, buffer.baseAddress! + total, wanted - total)
                if read < 0, errno == EINTR { continue }
                if read <= 0 { break }
                total += read
            }
        }
        return data.prefix(total)
    }
}
