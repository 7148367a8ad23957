import Foundation

/// Decides where each input's outputs go: the output folder mirrors the input tree and keeps
/// each input's base name (Unicode included), `NAME.EXT` for every format.
///
/// Names are unique by construction, decided once before any file is written, so they do not
/// depend on `--jobs` or on timing. Two inputs that would share a name (`a.txt` and `a.json` in
/// one folder) both keep their full file name instead (`a.txt.html`, `a.json.html`); a name
/// still taken after that (`a.md.txt` beside `a.md` and `a.txt`) gets a number (`a.md.txt-2`).
/// An archive's records go in a folder of their own (`a/` for `a.jsonl`), which no other
/// output may be in: when one is, the archive's folder takes its full name or a number instead.
///
/// Names that differ only in case or Unicode normalization (`Notes.md` and `notes.txt`, `é` as
/// one code point or two) count as the same name, as they are on the file systems of macOS and
/// Windows: the names are then the same on every system, and no output replaces another there.
struct OutputNaming {
    /// The path under the output folder, without the format's extension, for each input; for
    /// an archive, the folder its records go in.
    let stems: [String]

    /// Names for `inputs`, whose per-file outputs end in `extensions`; `isArchive` says which
    /// inputs are archives whose records go in a folder.
    init(_ inputs: [InputFile], extensions: [String] = [], isArchive: (InputFile) -> Bool = { _ in false }) {
        let plain = inputs.map { OutputNaming.stem(of: $0.relativePath) }
        var counts: [String: Int] = [:]
        for stem in plain { counts[OutputNaming.fold(stem), default: 0] += 1 }
        let archives = inputs.map(isArchive)
        var reserved = Reservations()
        var stems = Array(repeating: "", count: inputs.count)
        // Files first, in input order; then archives, whose folder name is theirs to choose.
        for index in inputs.indices where !archives[index] {
            let first = counts[OutputNaming.fold(plain[index]), default: 0] > 1 ? inputs[index].relativePath : plain[index]
            stems[index] = OutputNaming.firstFree(first, inputs[index].relativePath) { stem in
                reserved.canTakeFiles(extensions.map { stem + "." + $0 })
            }
            reserved.takeFiles(extensions.map { stems[index] + "." + $0 })
        }
        for index in inputs.indices where archives[index] {
            stems[index] = OutputNaming.firstFree(plain[index], inputs[index].relativePath, isFree: reserved.canTakeFolder)
            reserved.takeFolder(stems[index])
        }
        self.stems = stems
    }

    /// The first free name of `first`, the full name, and the full name with a number.
    private static func firstFree(_ first: String, _ full: String, isFree: (String) -> Bool) -> String {
        if isFree(first) { return first }
        if isFree(full) { return full }
        var number = 2
        while !isFree("\(full)-\(number)") { number += 1 }
        return "\(full)-\(number)"
    }

    /// The key two names share when a case- and normalization-insensitive file system takes them
    /// for one.
    static func fold(_ path: String) -> String {
        path.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// `sub/article.txt` → `sub/article`, `crawl.warc.gz` → `crawl`; a name with no extension
    /// stays as it is.
    static func stem(of relativePath: String) -> String {
        var stemmed = (relativePath as NSString).deletingPathExtension
        if (relativePath as NSString).pathExtension.lowercased() == "gz" { stemmed = (stemmed as NSString).deletingPathExtension }
        return stemmed.isEmpty || stemmed.hasSuffix("/") ? relativePath : stemmed
    }

    /// The files and folders taken so far under the output folder, by their folded names.
    private struct Reservations {
        var files: Set<String> = []
        /// Every folder that holds a taken file, and every archive's folder.
        var folders: Set<String> = []
        var archiveFolders: Set<String> = []

        static func ancestors(of path: String) -> [String] {
            var result: [String] = []
            var current = path
            while let slash = current.lastIndex(of: "/") {
                current = String(current[..<slash])
                if !current.isEmpty { result.append(current) }
            }
            return result
        }

        /// Free when no path is taken, is a folder, or lies in a taken file or an archive's folder.
        func canTakeFiles(_ paths: [String]) -> Bool {
            let paths = paths.map(OutputNaming.fold)
            return paths.allSatisfy { path in
                !files.contains(path) && !folders.contains(path)
                    && Reservations.ancestors(of: path).allSatisfy { !files.contains($0) && !archiveFolders.contains($0) }
            } && Set(paths).count == paths.count
        }

        mutating func takeFiles(_ paths: [String]) {
            for path in paths.map(OutputNaming.fold) {
                files.insert(path)
                folders.formUnion(Reservations.ancestors(of: path))
            }
        }

        /// Free when nothing is taken at or below the folder, and it lies in no file or archive folder.
        func canTakeFolder(_ folder: String) -> Bool {
            let folder = OutputNaming.fold(folder)
            return !files.contains(folder) && !folders.contains(folder)
                && Reservations.ancestors(of: folder).allSatisfy { !files.contains($0) && !archiveFolders.contains($0) }
        }

        mutating func takeFolder(_ folder: String) {
            let folder = OutputNaming.fold(folder)
            folders.insert(folder)
            folders.formUnion(Reservations.ancestors(of: folder))
            archiveFolders.insert(folder)
        }
    }
}
