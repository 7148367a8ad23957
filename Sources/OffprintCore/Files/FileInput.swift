import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file's bytes with POSIX calls, refusing what is not a regular file or is
/// larger than the limit, with the operating system's own words for other failures.
public enum FileInput {
    /// The largest input read by default: 32 MB (`--max-size`).
    public static let defaultMaximumBytes = 32_000_000

    /// Opens a regular file for reading: its descriptor (the caller closes it) and size. Folders,
    /// FIFOs and devices are refused; O_NONBLOCK keeps a FIFO from waiting for a writer.
    /// With `followingLinks` false a link as the last component is refused (`O_NOFOLLOW`).
    package static func openRegularFile(_ path: String, followingLinks: Bool = true) throws(ConversionError) -> (descriptor: Int32, size: Int) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { throw ConversionError(.system(FileInput.message(errno))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let message = FileInput.message(errno)
            close(descriptor)
            throw ConversionError(.system(message))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw ConversionError(.notARegularFile)
        }
        return (descriptor, Int(status.st_size))
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    public static func contents(of path: String, limit: Int = FileInput.defaultMaximumBytes) throws(ConversionError) -> Data {
        let (descriptor, size) = try openRegularFile(path)
        defer { close(descriptor) }
        return try contents(of: descriptor, size: size, limit: limit)
    }

    /// The bytes of the file at `realPath` (a path with no links, from `realPath(_:)`), provided
    /// the file opened is still inside `folder` (a real path too). A check of the path before
    /// opening it leaves a moment in which a folder on the way can be swapped for a link: this
    /// opens without following a final link and then asks the system where the file it opened
    /// really is.
    package static func contents(ofRealPath realPath: String, confinedTo folder: String, limit: Int) throws(ConversionError) -> Data {
        let (descriptor, size) = try openRegularFile(realPath, followingLinks: false)
        defer { close(descriptor) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard let opened = FileInput.path(ofDescriptor: descriptor), opened.hasPrefix(prefix) else {
            throw ConversionError(.system("the file is not inside \(folder)"))
        }
        return try contents(of: descriptor, size: size, limit: limit)
    }

    /// Where the file open as `descriptor` is, as the system sees it now.
    private static func path(ofDescriptor descriptor: Int32) -> String? {
        #if canImport(Darwin)
        var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN))
        guard fcntl(descriptor, F_GETPATH, &buffer) != -1 else { return nil }
        return String(cString: buffer)
        #else
        var buffer = [CChar](repeating: 0, count: 4_097)
        let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }

    private static func contents(of descriptor: Int32, size: Int, limit: Int) throws(ConversionError) -> Data {
        guard size <= limit else { throw ConversionError(.tooLarge(bytes: size, limit: limit)) }
        var data = Data(count: size)
        var total = 0
        let failure: Int32? = data.withUnsafeMutableBytes { buffer in
            while total < size {
                let count = read(descriptor, buffer.baseAddress! + total, size - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if count == 0 { break }
                total += count
            }
            return nil
        }
        if let failure { throw ConversionError(.system(FileInput.message(failure))) }
        return data.prefix(total)
    }

    /// Standard input, up to the limit.
    public static func readStandardInput(limit: Int = FileInput.defaultMaximumBytes) throws(ConversionError) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConversionError(.system(FileInput.message(errno)))
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
            guard data.count <= limit else { throw ConversionError(.tooLarge(bytes: data.count, limit: limit)) }
        }
        return data
    }

    /// The path with links and `..` resolved (`realpath(3)`), or `nil` when it does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The C library's text for an error number, lower-cased as the rest of a message is.
    package static func message(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
