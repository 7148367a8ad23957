/// One input of a batch.
public struct InputFile: Sendable, Hashable {
    /// The path as the user would recognise it (the argument, or argument/relative/path), or `-`.
    public var displayPath: String
    /// The file on disk; `nil` for standard input.
    public var path: String?
    /// The path relative to the folder it was found in (or the file name): where its outputs go
    /// under the output folder, and the article's identifier.
    public var relativePath: String

    /// Creates an input.
    public init(displayPath: String, path: String?, relativePath: String) {
        self.displayPath = displayPath
        self.path = path
        self.relativePath = relativePath
    }

    /// Standard input.
    public static let standardInput = InputFile(displayPath: "-", path: nil, relativePath: "stdin")
}
