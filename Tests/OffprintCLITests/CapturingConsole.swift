import Foundation
import OffprintCLI

/// A console that keeps what the command printed.
final class CapturingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    var output: String { lock.withLock { outputText } }
    var error: String { lock.withLock { errorText } }
    var errorLines: [String] { error.split(separator: "\n").map(String.init) }

    var console: Console {
        Console(
            output: { [self] text in lock.withLock { outputText += text } },
            error: { [self] text in lock.withLock { errorText += text } },
            isTerminal: false)
    }
}

/// Runs the command line in-process.
func offprint(_ arguments: [String], registry: Offprint.FormatRegistry = .standard) -> (status: Int32, console: CapturingConsole) {
    let capture = CapturingConsole()
    let status = OffprintCLI.run(arguments, registry: registry, console: capture.console)
    return (status, capture)
}

import Offprint

/// Every regular file under a folder, by relative path, with its bytes.
func tree(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder) {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
        if !isDirectory.boolValue { files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)) }
    }
    return files
}
