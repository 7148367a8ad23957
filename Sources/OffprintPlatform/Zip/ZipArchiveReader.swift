import CLibzip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a zip archive's entries with libzip: names in order, how each is stored, and content.
package final class ZipArchiveReader {
    private let archive: OpaquePointer
    /// How many bytes all reads together may inflate. Entries can share one compressed
    /// stream (a central directory may point many names at one local file), so a per-entry
    /// limit alone lets a 100 KB archive inflate gigabytes.
    package let inflationBudget: Int
    /// The bytes inflated so far.
    package private(set) var inflatedBytes = 0
    /// Whether a read stopped because the budget ran out; later reads return `nil`.
    package var isOverBudget: Bool { inflatedBytes >= inflationBudget }

    /// One entry of the archive, in the order of the central directory.
    package struct Entry {
        package let name: String
        package let isStored: Bool
        let size: Int
        /// Extra fields in the local header (EPUB wants none on `mimetype`).
        package let localExtraFields: Int
    }

    /// Opens an archive for reading.
    package init(path: String, inflationBudget: Int = 256_000_000) throws(ZipError) {
        self.inflationBudget = inflationBudget
        var code: Int32 = 0
        guard let archive = ZipOpening.serialized({ zip_open(path, ZIP_RDONLY, &code) }) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw ZipError(String(cString: zip_error_strerror(&error)))
        }
        self.archive = archive
    }

    deinit {
        zip_discard(archive)
    }

    /// Every entry, in order.
    package var entries: [Entry] {
        let count = zip_get_num_entries(archive, 0)
        guard count > 0 else { return [] }
        return (0..<zip_uint64_t(count)).compactMap { index in
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0, let name = stat.name else { return nil }
            return Entry(
                name: String(cString: name), isStored: stat.comp_method == ZIP_CM_STORE, size: Int(clamping: stat.size),
                localExtraFields: Int(zip_file_extra_fields_count(archive, index, zip_flags_t(ZIP_FL_LOCAL))))
        }
    }

    /// The content of the named entry (at most `limit` bytes), or `nil` when there is none or
    /// the archive's `inflationBudget` is spent (`isOverBudget` then says so).
    package func contents(of name: String, limit: Int = 64_000_000) -> [UInt8]? {
        guard !isOverBudget else { return nil }
        let index = zip_name_locate(archive, name, 0)
        guard index >= 0, let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else { return nil }
        defer { zip_fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            guard !isOverBudget else { return nil }
            let count = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress!, zip_uint64_t($0.count)) }
            guard count > 0 else { break }
            inflatedBytes += Int(count)
            bytes.append(contentsOf: chunk[0..<Int(count)])
        }
        return bytes
    }
}
