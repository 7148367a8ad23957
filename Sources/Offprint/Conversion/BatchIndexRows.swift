import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rows of a batch's index page, kept on disk while the batch runs so that memory does not
/// grow with the number of articles: each converted article's entry is appended to a working
/// file as it finishes, and only where to find it (its folder, its place among the inputs and
/// its bytes in the file, some 40 bytes) stays in memory.
final class BatchIndexRows: Sendable {
    /// What the index shows of one article.
    struct Entry: Codable {
        var title: String
        var language: String
        var direction: String
        var words: Int
        var published: String?
        /// The files made for it, relative to the output root, in format order.
        var files: [String]
    }

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

    /// How many articles the index lists.
    var count: Int { state.withLock { $0.rows.count } }

    /// Adds a converted article; `outputRoot` is taken off its output paths.
    func add(_ outcome: InputOutcome, at position: CollectionPosition, outputRoot: String) {
        let root = outputRoot.hasSuffix("/") ? outputRoot : outputRoot + "/"
        let files = outcome.outputs.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
        let entry = Entry(
            title: outcome.title ?? (files.first ?? ""), language: outcome.language ?? "und",
            direction: outcome.direction?.rawValue ?? "ltr", words: outcome.words ?? 0, published: outcome.published, files: files)
        let folder = files.first.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        guard let data = try? JSONEncoder().encode(entry) else { return }
        state.withLock { state in
            guard state.failure == nil else { return }
            let written = data.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, off_t(state.end)) }
            guard written == data.count else {
                state.failure = ConversionError(.system("cannot write \(path): \(FileInput.message(errno))"), stage: .saving)
                return
            }
            let folderNumber = state.folders[folder] ?? state.folders.count
            state.folders[folder] = folderNumber
            state.rows.append(Row(folder: folderNumber, position: position, offset: state.end, length: data.count))
            state.end += data.count
        }
    }

    /// Calls `body` for each folder, the output root's own files first and then the folders in
    /// name order, with its entries in input order, read back one at a time.
    func forEachGroup(_ body: (_ folder: String, _ entries: EntrySequence) throws(ConversionError) -> Void) throws(ConversionError) {
        let (rows, folders, failure) = state.withLock { ($0.rows, $0.folders, $0.failure) }
        if let failure { throw failure }
        var byFolder = [[Row]](repeating: [], count: folders.count)
        for row in rows { byFolder[row.folder].append(row) }
        let names = folders.keys.sorted { ($0.isEmpty ? 0 : 1, $0) < ($1.isEmpty ? 0 : 1, $1) }
        for name in names {
            guard let number = folders[name] else { continue }
            let ordered = byFolder[number].sorted { $0.position < $1.position }
            byFolder[number] = []
            try body(name, EntrySequence(rows: ordered, descriptor: descriptor))
        }
    }

    /// A folder's entries, decoded from the working file as they are iterated.
    struct EntrySequence: Sequence, IteratorProtocol {
        fileprivate let rows: [Row]
        fileprivate let descriptor: Int32
        private var index = 0

        fileprivate init(rows: [Row], descriptor: Int32) {
            self.rows = rows
            self.descriptor = descriptor
        }

        mutating func next() -> Entry? {
            while index < rows.count {
                let row = rows[index]
                index += 1
                var data = Data(count: row.length)
                let read = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, row.length, off_t(row.offset)) }
                if read == row.length, let entry = try? JSONDecoder().decode(Entry.self, from: data) { return entry }
            }
            return nil
        }
    }
}
