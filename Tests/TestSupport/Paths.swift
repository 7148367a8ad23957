import Foundation

/// Where the repository's and the shared folder's files are, found from this source file.
public enum Paths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appending(path: "Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static let examples = packageRoot.appending(path: "Examples/articles")
    public static let seed = examples.appending(path: "000_c3eeed336fa56d7d.txt")
    public static let schema = packageRoot.appending(path: "Sources/OffprintWriters/Resources/article.schema.json")
    public static let golden = packageRoot.appending(path: "Tests/OffprintTests/Golden")

    /// `../shared` beside the repository (as CI places it), or `OFFPRINT_SHARED`.
    public static let shared: URL = {
        if let override = ProcessInfo.processInfo.environment["OFFPRINT_SHARED"] { return URL(fileURLWithPath: override) }
        return packageRoot.deletingLastPathComponent().appending(path: "shared")
    }()

    public static var corpus: URL { shared.appending(path: "corpus") }
}
