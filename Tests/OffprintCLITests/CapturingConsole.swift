import Foundation
import Offprint
import OffprintCLI
import TestSupport

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

/// Runs the command line in-process, on a Dispatch thread (see `offThePool`).
func offprint(_ arguments: [String], registry: Offprint.FormatRegistry = .standard) async -> (status: Int32, console: CapturingConsole) {
    await offThePool {
        let capture = CapturingConsole()
        let status = OffprintCLI.run(arguments, registry: registry, console: capture.console)
        return (status, capture)
    }
}
