import Foundation
import Testing
import TestSupport

/// Compares output with a golden file in `Tests/OffprintTests/Golden`. A missing golden file
/// (or `RECORD=1`) records the output and fails on purpose, so a baseline is never created
/// silently; read the new file, then run the tests again.
enum Golden {
    static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Paths.golden.appending(path: name)
        let recording = ProcessInfo.processInfo.environment["RECORD"] == "1"
        if recording || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            Issue.record("recorded \(name); review it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != text {
            let expectedLines = expected.components(separatedBy: "\n"), actualLines = text.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(name) differs at line \(first + 1):
                  expected: \(first < expectedLines.count ? expectedLines[first] : "<end>")
                  actual:   \(first < actualLines.count ? actualLines[first] : "<end>")
                (RECORD=1 swift test re-records after a deliberate change)
                """, sourceLocation: sourceLocation)
        }
    }
}
