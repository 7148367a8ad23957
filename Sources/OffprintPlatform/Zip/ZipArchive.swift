import CLibzip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A zip archive written with libzip, in memory or to a file. With `ZipArchiveReader`, the
/// only code in Offprint that touches libzip.
///
/// `add` queues entries; `close()` compresses them, commits the archive and returns its bytes
/// (in memory) or leaves the file in place, throwing libzip's own message if anything failed
/// (libzip reports some failures only then). An archive dropped without `close()` is discarded.
package final class ZipArchive {
    /// The archive handle; `nil` once closed.
    private var archive: OpaquePointer?
    /// The in-memory buffer the archive is written into, or `nil` for a file archive. We hold a
    /// reference of our own (`zip_source_keep`) so it outlives `zip_close`.
    private let buffer: OpaquePointer?

    /// DOS date and time stamped on every entry: 1980-01-01 00:00, the earliest a zip can hold,
    /// so the same entries always give the same bytes.
    static let fixedDOSDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let fixedDOSTime: UInt16 = 0

    package init() throws(ZipError) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError("creating the in-memory archive: " + String(cString: zip_error_strerror(&error)))
        }
        zip_source_keep(buffer)
        // On success the archive takes the reference zip_source_buffer_create gave us.
        guard let archive = ZipOpening.serialized({ zip_open_from_source(buffer, ZIP_TRUNCATE, &error) }) else {
            zip_source_free(buffer)  // the creation reference
            zip_source_free(buffer)  // our kept reference
            throw ZipError("opening the in-memory archive: " + String(cString: zip_error_strerror(&error)))
        }
        self.buffer = buffer
        self.archive = archive
    }

    /// An archive written to `path` at `close()` (libzip writes a temporary file beside it and
    /// renames it). Entries added from files are read only then, so they need not fit in memory.
    package init(writingTo path: String) throws(ZipError) {
        var code: Int32 = 0
        guard let archive = ZipOpening.serialized({ zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) }) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw ZipError("opening \(path): " + String(cString: zip_error_strerror(&error)))
        }
        self.archive = archive
        self.buffer = nil
    }

    deinit {
        if let archive { zip_discard(archive) }
        if let buffer { zip_source_free(buffer) }
    }

    /// Adds a file's content, read from disk when the archive is closed.
    package func add(_ path: String, contentsOf file: String, compressed: Bool) throws(ZipError) {
        guard let archive else { throw ZipError("the archive is already closed") }
        guard let source = zip_source_file(archive, file, 0, 0) else { throw lastError("adding \(path) from \(file)") }
        try add(path, source: source, compressed: compressed)
    }

    /// Adds a file; `compressed` false stores it as is (as EPUB requires for `mimetype`).
    package func add(_ path: String, bytes: some Collection<UInt8>, compressed: Bool) throws(ZipError) {
        guard let archive else { throw ZipError("the archive is already closed") }
        // libzip reads the bytes only at zip_close, so they must outlive this call: copy them
        // into malloc'd memory and let libzip free it (the last argument, freep = 1).
        let count = bytes.count
        guard let memory = malloc(max(count, 1)) else { throw ZipError("out of memory") }
        let destination = memory.assumingMemoryBound(to: UInt8.self)
        _ = UnsafeMutableBufferPointer(start: destination, count: count).initialize(from: bytes)
        guard let source = zip_source_buffer(archive, memory, zip_uint64_t(count), 1) else {
            free(memory)
            throw lastError("adding \(path)")
        }
        try add(path, source: source, compressed: compressed)
    }

    /// Adds an entry from a source; on success the archive owns the source.
    private func add(_ path: String, source: OpaquePointer, compressed: Bool) throws(ZipError) {
        guard let archive else { throw ZipError("the archive is already closed") }
        let index = zip_file_add(archive, path, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw lastError("adding \(path)")
        }
        // Level 1, not libzip's default 9: article text still shrinks to about a third, at a
        // fraction of the time (measured in Benchmarks/benchmark.py).
        let method = compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        guard zip_set_file_compression(archive, zip_uint64_t(index), method, compressed ? 1 : 0) == 0,
              zip_file_set_dostime(archive, zip_uint64_t(index), ZipArchive.fixedDOSTime, ZipArchive.fixedDOSDate, 0) == 0 else {
            throw lastError("setting up \(path)")
        }
    }

    /// Writes the archive and returns its bytes (empty for a file archive).
    @discardableResult
    package func close() throws(ZipError) -> [UInt8] {
        guard let archive else { throw ZipError("the archive is already closed") }
        guard zip_close(archive) == 0 else {
            let error = lastError("writing the archive")
            zip_discard(archive)
            self.archive = nil
            throw error
        }
        self.archive = nil
        guard let buffer else { return [] }
        return try contents(of: buffer)
    }

    /// The bytes written into the in-memory buffer.
    private func contents(of buffer: OpaquePointer) throws(ZipError) -> [UInt8] {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(buffer, &stat) == 0, zip_source_open(buffer) == 0 else {
            throw ZipError("reading the written archive: " + String(cString: zip_error_strerror(zip_source_error(buffer))))
        }
        defer { zip_source_close(buffer) }
        var bytes = [UInt8](repeating: 0, count: Int(stat.size))
        let read = bytes.withUnsafeMutableBytes { zip_source_read(buffer, $0.baseAddress!, stat.size) }
        guard read == Int64(stat.size) else {
            throw ZipError("reading the written archive: " + String(cString: zip_error_strerror(zip_source_error(buffer))))
        }
        return bytes
    }

    /// libzip's message for the archive's last failure, after what we were doing (`step`), so
    /// that an error names the call and the entry that failed.
    private func lastError(_ step: String) -> ZipError {
        guard let archive else { return ZipError("\(step): the archive is closed") }
        return ZipError("\(step): " + String(cString: zip_error_strerror(zip_get_error(archive))))
    }
}

/// A failure reported by libzip, with its message.
package struct ZipError: Error, CustomStringConvertible {
    package let description: String
    init(_ message: String) { description = message }
}
