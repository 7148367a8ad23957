import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OffprintCore

/// The rows of a batch's index page, kept on disk while the batch runs so that memory does not
/// grow with the number of articles: each converted article's row is rendered by the worker that
/// converted it (so the rendering runs in parallel too) and appended to a working file, and only
/// where to find it (its folder, its place among the inputs and its bytes in the file, some 40
/// bytes) stays in memory. At the end the rows are copied out, folder by folder, in input order.
final class HTMLIndexRows: Sendable {
    fileprivate struct Row {
        let folder: Int
        let position: CollectionPosition
        let offset: Int
        let length: Int
    }

    private struct State {
        var rows: [Row] = []
        var folders: [String: Int] = [:]
        var end = 0
        var failure: ConversionError?
    }

    private let descriptor: Int32
    private let path: String
    private let state = Mutex(State())

    /// Opens the working file at `path` (in a working folder the caller removes).
    init(file path: String) throws(ConversionError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        self.path = path
        guard descriptor >= 0 else {
            throw ConversionError(.system("cannot create \(path): \(FileInput.message(errno))"), stage: .saving)
        }
    }

    deinit { close(descriptor) }

    /// How many rows the index holds.
    var count: Int { state.withLock { $0.rows.count } }

    /// Adds one article's rendered row, listed under `folder` (relative to the output root).
    func add(_ markup: String, folder: String, at position: CollectionPosition) {
        var markup = markup
        markup.withUTF8 { bytes in
            state.withLock { state in
                guard state.failure == nil else { return }
                let written = pwrite(descriptor, bytes.baseAddress, bytes.count, off_t(state.end))
                guard written == bytes.count else {
                    state.failure = ConversionError(.system("cannot write \(path): \(FileInput.message(errno))"), stage: .saving)
                    return
                }
                let folderNumber = state.folders[folder] ?? state.folders.count
                state.folders[folder] = folderNumber
                state.rows.append(Row(folder: folderNumber, position: position, offset: state.end, length: bytes.count))
                state.end += bytes.count
            }
        }
    }

    /// Calls `body` for each folder, the output root's own files first and then the folders in
    /// name order, with its rows in input order, read back one at a time.
    func forEachGroup(_ body: (_ folder: String, _ rows: RowSequence) throws(ConversionError) -> Void) throws(ConversionError) {
        let (rows, folders, failure) = state.withLock { ($0.rows, $0.folders, $0.failure) }
        if let failure { throw failure }
        var byFolder = [[Row]](repeating: [], count: folders.count)
        for row in rows { byFolder[row.folder].append(row) }
        let names = folders.keys.sorted { ($0.isEmpty ? 0 : 1, $0) < ($1.isEmpty ? 0 : 1, $1) }
        for name in names {
            guard let number = folders[name] else { continue }
            let ordered = byFolder[number].sorted { $0.position < $1.position }
            byFolder[number] = []
            try body(name, RowSequence(rows: ordered, descriptor: descriptor, path: path))
        }
    }

    /// A folder's rendered rows, read from the working file as they are iterated.
    struct RowSequence {
        fileprivate let rows: [Row]
        fileprivate let descriptor: Int32
        fileprivate let path: String

        /// Calls `body` with each row's bytes, in order.
        func forEach(_ body: (Data) throws(ConversionError) -> Void) throws(ConversionError) {
            for row in rows {
                var data = Data(count: row.length)
                let read = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, row.length, off_t(row.offset)) }
                guard read == row.length else {
                    throw ConversionError(.system("cannot read \(path): \(FileInput.message(errno))"), stage: .saving)
                }
                try body(data)
            }
        }
    }
}
