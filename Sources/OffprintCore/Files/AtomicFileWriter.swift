import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes output files so that none is ever seen half-written: each goes to a hidden
/// temporary file beside its destination and is renamed into place when complete.
///
/// Files are written with POSIX `open`/`write`/`rename`, without an `fsync` per file (which
/// makes bulk output several times slower); call `synchronize(_:)` once at the end of a batch.
/// Temporary files in flight are tracked, so an interrupted run can remove them
/// (`removeTemporaryFiles()`) and leave no partial file behind.
public final class AtomicFileWriter: Sendable {
    private struct State {
        var inFlight: Set<String> = []
        var temporaryDirectories: Set<String> = []
        var isCancelled = false
        var createdDirectories: Set<String> = []
        var counter = 0
        /// Real paths no write may replace (a batch's inputs).
        var protectedPaths: Set<String> = []
        /// Each destination folder's real path, once it is known.
        var realFolders: [String: String] = [:]
    }
    private let state = Mutex(State())

    /// Creates a writer.
    public init() {}

    /// Refuses, from now on, any write whose destination is one of these real paths (the
    /// inputs of a batch). The destination's folder is resolved first, so a link planted in the
    /// output folder cannot lead a write onto an input.
    public func protect(_ realPaths: Set<String>) {
        state.withLock { $0.protectedPaths.formUnion(realPaths) }
    }

    /// Writes `data` to `path`, creating missing folders.
    public func write(_ data: Data, to path: String) throws(ConversionError) {
        try write(to: path) { file throws(ConversionError) in try file.append(data) }
    }

    /// Writes a file in pieces: `produce` appends them, and only when it returns is the file
    /// renamed to `path`; if it throws, nothing is left behind. For outputs too large to hold
    /// in memory at once (the batch index).
    public func write(to path: String, _ produce: (PartialFile) throws(ConversionError) -> Void) throws(ConversionError) {
        let (parent, name) = path.folderAndName
        try createDirectory(parent)
        let folder = try destinationFolder(of: path)
        // Registering and creating the temporary file under one lock means an interruption
        // either sees it (and removes it) or stops it from being created.
        let opened: (descriptor: Int32, temporary: String)? = state.withLock { state in
            guard !state.isCancelled else { return nil }
            state.counter += 1
            let temporary = (folder.isEmpty ? "" : folder + "/") + AtomicFileWriter.workingName(for: name, suffix: "-\(state.counter).tmp")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { state.inFlight.insert(temporary) }
            return (descriptor, temporary)
        }
        guard let opened else { throw ConversionError(.system("interrupted"), stage: .saving) }
        guard opened.descriptor >= 0 else {
            throw ConversionError(.system("cannot create \(path): \(FileInput.message(errno))"), stage: .saving)
        }
        defer { _ = state.withLock { $0.inFlight.remove(opened.temporary) } }
        do {
            try produce(PartialFile(descriptor: opened.descriptor, path: path))
        } catch {
            close(opened.descriptor)
            unlink(opened.temporary)
            throw error
        }
        guard close(opened.descriptor) == 0 else {
            let code = errno
            unlink(opened.temporary)
            throw ConversionError(.system("cannot write \(path): \(FileInput.message(code))"), stage: .saving)
        }
        // Into the folder as resolved: the name the check above refused nothing for.
        let destination = (folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/") + name
        guard rename(opened.temporary, destination) == 0 else {
            let code = errno
            unlink(opened.temporary)
            throw ConversionError(.system("cannot move the finished file to \(path): \(FileInput.message(code))"), stage: .saving)
        }
    }

    /// The folder `path` is written into: as given, or, when some paths are protected, its real
    /// path (links resolved), refusing a destination that is protected.
    private func destinationFolder(of path: String) throws(ConversionError) -> String {
        let (folder, name) = path.folderAndName
        let known: (isGuarded: Bool, real: String?) = state.withLock { ($0.protectedPaths.isEmpty == false, $0.realFolders[folder]) }
        guard known.isGuarded else { return folder }
        guard let real = known.real ?? FileInput.realPath(folder.isEmpty ? "." : folder) else {
            throw ConversionError(.system("cannot find the folder of \(path): \(FileInput.message(errno))"), stage: .saving)
        }
        let destination = (real.hasSuffix("/") ? real : real + "/") + name
        let isProtected = state.withLock { state in
            state.realFolders[folder] = real
            return state.protectedPaths.contains(destination)
        }
        if isProtected { throw ConversionError(.wouldOverwriteInput(path), stage: .saving) }
        return real
    }

    /// A file being written by `write(to:_:)`.
    public struct PartialFile {
        fileprivate let descriptor: Int32
        fileprivate let path: String

        /// Appends bytes to the file.
        public func append(_ data: Data) throws(ConversionError) {
            let failure: Int32? = data.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    written += count
                }
                return nil
            }
            if let failure { throw ConversionError(.system("cannot write \(path): \(FileInput.message(failure))"), stage: .saving) }
        }

        /// Appends text as UTF-8.
        public func append(_ text: String) throws(ConversionError) {
            try append(Data(text.utf8))
        }
    }

    /// Creates a folder and its parents once per writer, and removes the working files that
    /// runs killed outright (`kill -9`, a power cut) left in it.
    public func createDirectory(_ path: String) throws(ConversionError) {
        guard !state.withLock({ $0.createdDirectories.contains(path) }) else { return }
        if !path.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw ConversionError(.system("cannot create the folder \(path): \((error as NSError).localizedDescription)"), stage: .saving)
            }
        }
        AtomicFileWriter.removeStaleWorkingFiles(in: path.isEmpty ? "." : path)
        _ = state.withLock { $0.createdDirectories.insert(path) }
    }

    /// Stops further writes and deletes every temporary file still being written, and every
    /// working folder.
    public func removeTemporaryFiles() {
        state.withLock { state in
            state.isCancelled = true
            for path in state.inFlight { unlink(path) }
            state.inFlight.removeAll()
            for folder in state.temporaryDirectories { try? FileManager.default.removeItem(atPath: folder) }
            state.temporaryDirectories.removeAll()
        }
    }

    /// Creates a working folder that an interruption removes with everything in it.
    public func createTemporaryDirectory(_ path: String) throws(ConversionError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ConversionError(.system("cannot create the folder \(path): \((error as NSError).localizedDescription)"), stage: .saving)
        }
        _ = state.withLock { $0.temporaryDirectories.insert(path) }
    }

    /// Removes a working folder and everything in it.
    public func removeTemporaryDirectory(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
        _ = state.withLock { $0.temporaryDirectories.remove(path) }
    }

    /// Makes everything written so far durable, once for the whole batch (`sync(2)`: glibc's
    /// module does not expose the per-filesystem `syncfs`).
    public static func synchronize() {
        sync()
    }
}
