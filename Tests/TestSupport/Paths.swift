import Foundation

/// Where the repository's files are, found from this source file. Everything the tests read is
/// inside the repository, so they pass on any clone.
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

    /// The small sample corpus the reader evaluations run on (`html/`, `text/`, `truth/`);
    /// see `Tests/Fixtures/corpus/README.md`.
    public static let corpus = packageRoot.appending(path: "Tests/Fixtures/corpus")

    /// The tools the tests run that are not Swift (`Tests/Tools`).
    public static let tools = packageRoot.appending(path: "Tests/Tools")
}
