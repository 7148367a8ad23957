import Foundation

/// What a writer makes for one article: the file's bytes and the files that go beside it.
public struct WriterOutput: Sendable {
    /// The output file's bytes.
    public var data: Data
    /// Files written beside the output file, by a path relative to its folder
    /// (`notes.assets/map.png`). Each path is relative, `/`-separated and without `.` or `..`
    /// segments; the batch refuses any other.
    public var companions: [(path: String, data: Data)]

    /// An output of `data`, with `companions` beside it.
    public init(data: Data, companions: [(path: String, data: Data)] = []) {
        self.data = data
        self.companions = companions
    }

    /// Whether `path` is one a companion may have: relative, and only names of files or folders.
    public static func isConfined(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return !segments.isEmpty && segments.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") && !$0.contains("\\") }
    }
}
