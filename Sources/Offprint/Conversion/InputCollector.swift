import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns command-line arguments (files, folders, `-`) into the list of inputs of a batch.
///
/// Folders are walked recursively, in name order. Hidden entries (names starting with `.`),
/// files no reader claims by extension, the `NAME_files` folder a browser saves beside
/// `NAME.html`, and the output folder (even inside an input folder) are skipped; a file with no
/// extension is an input when its first bytes carry a reader's signature; a folder reached
/// twice through symbolic links is walked once. A file named
/// explicitly is always an input, whatever its extension. Broken links and link loops with a
/// reader's extension stay inputs, so they get their own error line.
public struct InputCollector {
    /// Decides which extensions are inputs.
    public let registry: FormatRegistry
    /// The output folder's real path, never walked.
    public let excludedDirectory: String?

    /// Creates a collector.
    public init(registry: FormatRegistry, excluding outputDirectory: String?) {
        self.registry = registry
        self.excludedDirectory = outputDirectory.flatMap(InputCollector.realPath)
    }

    /// What the arguments held: inputs, plus arguments that do not exist.
    public struct Collection: Sendable {
        public var inputs: [InputFile] = []
        public var missing: [String] = []
        /// Files skipped in folders because no reader claims their extension.
        public var skipped = 0
    }

    /// The inputs for the arguments, in argument order, each folder's files sorted by path.
    public func collect(_ arguments: [String]) -> Collection {
        var collection = Collection()
        var visited = Set<DirectoryIdentity>()
        for argument in arguments {
            if argument == "-" {
                collection.inputs.append(.standardInput)
                continue
            }
            var status = stat()
            guard stat(argument, &status) == 0 else {
                if lstat(argument, &status) == 0 {
                    // A broken link or a link loop: let reading report it.
                    collection.inputs.append(InputFile(displayPath: argument, path: argument, relativePath: (argument as NSString).lastPathComponent))
                } else {
                    collection.missing.append(argument)
                }
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                var found: [InputFile] = []
                walk(directory: argument, relative: "", visited: &visited, into: &found, skipped: &collection.skipped)
                collection.inputs += found.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
            } else {
                collection.inputs.append(InputFile(displayPath: argument, path: argument, relativePath: (argument as NSString).lastPathComponent))
            }
        }
        return collection
    }

    private struct DirectoryIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private func walk(directory: String, relative: String, visited: inout Set<DirectoryIdentity>, into found: inout [InputFile], skipped: inout Int) {
        var status = stat()
        guard stat(directory, &status) == 0 else { return }
        guard visited.insert(DirectoryIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else { return }
        // The output folder is skipped when found inside an input folder; when it is the input
        // folder itself, its files are still inputs (and outputs never overwrite them).
        if !relative.isEmpty, let excludedDirectory, InputCollector.realPath(directory) == excludedDirectory { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let lowercasedNames = Set(names.map { $0.lowercased() })
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var entry = stat()
            if stat(path, &entry) == 0, entry.st_mode & S_IFMT == S_IFDIR {
                if InputCollector.isSavedPageFolder(name, besideNames: lowercasedNames) { continue }
                walk(directory: path, relative: relativePath, visited: &visited, into: &found, skipped: &skipped)
            } else if registry.handlesExtension(of: name) || entry.st_mode & S_IFMT == S_IFREG && (name as NSString).pathExtension.isEmpty && hasSignature(path) {
                found.append(InputFile(displayPath: path, path: path, relativePath: relativePath))
            } else {
                skipped += 1
            }
        }
    }

    /// Whether `name` is the folder of images and scripts a browser's "Save Page As" writes
    /// beside the page: `NAME_files` next to `NAME.html` (or `.htm`, `.xhtml`).
    static func isSavedPageFolder(_ name: String, besideNames names: Set<String>) -> Bool {
        guard name.hasSuffix("_files") else { return false }
        let page = name.dropLast("_files".count).lowercased()
        return ["html", "htm", "xhtml"].contains { names.contains("\(page).\($0)") }
    }

    /// Whether the file's first kilobyte carries a reader's signature.
    private func hasSignature(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1_024) else { return false }
        return registry.reader(recognizingSignatureOf: head) != nil
    }

    /// The path with links and `..` resolved (`realpath(3)`), or `nil` when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
