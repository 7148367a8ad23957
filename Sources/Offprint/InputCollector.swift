import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OffprintCore

/// Turns command-line arguments (files, folders, `-`) into the list of inputs of a batch.
///
/// Folders are walked recursively, in name order. Hidden entries (names starting with `.`),
/// files no reader claims by extension, the `NAME_files` folder a browser saves beside
/// `NAME.html`, the `content` and `highlights` folders beside an unpacked Omnivore export's
/// `metadata_N_to_M.json` (the export's articles, read through the metadata, and notes on them),
/// and the output folder (even inside an input folder) are skipped; a file with no
/// extension is an input when its first bytes carry a reader's signature, or always when the
/// input format is named; a folder reached
/// twice through symbolic links is walked once, and a link that leads out of the folder named
/// on the command line is not followed unless asked (`followsLinksOutOfTheTree`). A file named
/// explicitly is always an input, whatever its extension. Broken links and link loops with a
/// reader's extension stay inputs, so they get their own error line; an argument that does not
/// exist and a folder that cannot be listed are problems, reported beside the inputs.
public struct InputCollector {
    /// Decides which extensions are inputs.
    public let registry: FormatRegistry
    /// The output folder's real path, never walked.
    public let excludedDirectory: String?
    /// Whether every file without an extension in a folder is an input, signature or not: set
    /// when the user names the input format (`--from`), which says how to read them.
    public let takesEveryExtensionlessFile: Bool
    /// Whether a link in a folder that leads out of the folder named on the command line is
    /// followed (`--follow-symlinks`); by default it is left out, so that a link planted in an
    /// input tree cannot make the batch read, and publish, files from elsewhere.
    public let followsLinksOutOfTheTree: Bool
    /// Files the run itself writes (the bundle, the report), by identity, each with the
    /// extension it has when it is one an earlier run wrote: found in a folder with that
    /// extension it is skipped, never read back as an input; with another (`--report a.md`)
    /// it is a real input the run would overwrite, listed in `Collection.overwrittenInputs`.
    let ownOutputs: [DirectoryIdentity: String]

    /// Creates a collector.
    public init(registry: FormatRegistry, excluding outputDirectory: String?, takesEveryExtensionlessFile: Bool = false,
                followsLinksOutOfTheTree: Bool = false, ownOutputs: [(path: String, fileExtension: String)] = []) {
        self.registry = registry
        var identities: [DirectoryIdentity: String] = [:]
        for output in ownOutputs {
            var status = stat()
            if stat(output.path, &status) == 0 { identities[DirectoryIdentity(status)] = output.fileExtension.lowercased() }
        }
        self.ownOutputs = identities
        self.excludedDirectory = outputDirectory.flatMap(FileInput.realPath)
        self.takesEveryExtensionlessFile = takesEveryExtensionlessFile
        self.followsLinksOutOfTheTree = followsLinksOutOfTheTree
    }

    /// What the arguments held: inputs, plus the arguments and folders that could not be read.
    public struct Collection: Sendable {
        public var inputs: [InputFile] = []
        /// Arguments that do not exist and folders that cannot be listed, each as one error line
        /// (`path: reading: what is wrong`), in the order they were met.
        public var problems: [ConversionError] = []
        /// Files skipped in folders because no reader claims their extension.
        public var skipped = 0
        /// The first few of them by path, to show the user what was left out.
        public var skippedExamples: [String] = []
        static let skippedExampleCount = 3
        /// Inputs found in folders that are the bundle or report this run would write over.
        public var overwrittenInputs: [String] = []
        /// Links in folders that lead out of the folder being walked, not followed, by path.
        public var unfollowedLinks: [String] = []

        public mutating func skip(_ path: String) {
            skipped += 1
            skippedExamples.append(path)
            skippedExamples.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            if skippedExamples.count > Collection.skippedExampleCount { skippedExamples.removeLast() }
        }
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
                    collection.problems.append(ConversionError(.system("no such file or folder"), path: argument))
                }
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                var found: [InputFile] = []
                let tree = FileInput.realPath(argument) ?? argument
                walk(directory: argument, relative: "", tree: tree, visited: &visited, into: &found, collection: &collection)
                collection.inputs += found.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
                collection.unfollowedLinks.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            } else {
                collection.inputs.append(InputFile(displayPath: argument, path: argument, relativePath: (argument as NSString).lastPathComponent))
            }
        }
        return collection
    }

    /// A file or folder by device and inode, however it is reached.
    struct DirectoryIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        init(device: UInt64, inode: UInt64) {
            self.device = device
            self.inode = inode
        }

        init(_ status: stat) {
            self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        }
    }

    private func walk(directory: String, relative: String, tree: String, visited: inout Set<DirectoryIdentity>, into found: inout [InputFile], collection: inout Collection) {
        var status = stat()
        guard stat(directory, &status) == 0 else { return }
        guard visited.insert(DirectoryIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else { return }
        // The output folder is skipped when found inside an input folder; when it is the input
        // folder itself, its files are still inputs (and outputs never overwrite them).
        if !relative.isEmpty, let excludedDirectory, FileInput.realPath(directory) == excludedDirectory { return }
        guard let names = InputCollector.names(in: directory) else {
            collection.problems.append(ConversionError(.system("cannot list the folder: \(FileInput.message(errno))"), path: directory))
            return
        }
        let lowercasedNames = Set(names.map { $0.lowercased() })
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var entry = stat()
            if !followsLinksOutOfTheTree, lstat(path, &entry) == 0, entry.st_mode & S_IFMT == S_IFLNK,
               let target = FileInput.realPath(path), target != tree, !target.hasPrefix(tree.hasSuffix("/") ? tree : tree + "/") {
                collection.unfollowedLinks.append(path)
                continue
            }
            if stat(path, &entry) == 0, entry.st_mode & S_IFMT == S_IFDIR {
                if InputCollector.isSavedPageFolder(name, besideNames: lowercasedNames)
                    || InputCollector.isExportContentFolder(name, besideNames: names) { continue }
                walk(directory: path, relative: relativePath, tree: tree, visited: &visited, into: &found, collection: &collection)
            } else if !ownOutputs.isEmpty, let ownExtension = ownOutputs[DirectoryIdentity(entry)] {
                if (name as NSString).pathExtension.lowercased() == ownExtension {
                    collection.skip(path)
                } else {
                    collection.overwrittenInputs.append(path)
                }
            } else if registry.handlesExtension(of: name)
                || entry.st_mode & S_IFMT == S_IFREG && (name as NSString).pathExtension.isEmpty && (takesEveryExtensionlessFile || hasSignature(path)) {
                found.append(InputFile(displayPath: path, path: path, relativePath: relativePath))
            } else {
                collection.skip(path)
            }
        }
    }

    /// The names in a folder (`.` and `..` left out), or `nil` with `errno` set when it cannot be read.
    private static func names(in directory: String) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return errno == 0 ? names : nil
    }

    /// Whether `name` is the folder of images and scripts a browser's "Save Page As" writes
    /// beside the page: `NAME_files` next to `NAME.html` (or `.htm`, `.xhtml`).
    static func isSavedPageFolder(_ name: String, besideNames names: Set<String>) -> Bool {
        guard name.hasSuffix("_files") else { return false }
        let page = name.dropLast("_files".count).lowercased()
        return ["html", "htm", "xhtml"].contains { names.contains("\(page).\($0)") }
    }

    /// Whether `name` is the `content` or `highlights` folder of an unpacked Omnivore export:
    /// beside a file named as Omnivore names its metadata (`metadata_0_to_20.json`). The
    /// content files are the export's articles, which the metadata file brings in with their
    /// titles, authors and labels (read again on their own they would be every article a second
    /// time); the highlights are the reader's notes on them, not articles.
    static func isExportContentFolder(_ name: String, besideNames names: [String]) -> Bool {
        guard name == "content" || name == "highlights" else { return false }
        return names.contains { sibling in
            guard sibling.hasPrefix("metadata_"), sibling.hasSuffix(".json") else { return false }
            let range = sibling.dropFirst("metadata_".count).dropLast(".json".count).split(separator: "_", omittingEmptySubsequences: false)
            return range.count == 3 && range[1] == "to" && [range[0], range[2]].allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
        }
    }

    /// Whether the file's first kilobyte carries a reader's signature.
    private func hasSignature(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1_024) else { return false }
        return registry.reader(recognizingSignatureOf: head) != nil
    }
}
