import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the CLI writes: standard output and error by default, a buffer in tests.
public struct Console: Sendable {
    /// Writes to standard output.
    public var output: @Sendable (String) -> Void
    /// Writes to standard error.
    public var error: @Sendable (String) -> Void
    /// Whether standard error is a terminal, so a live progress line makes sense.
    public var isTerminal: Bool

    /// Creates a console.
    public init(output: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void, isTerminal: Bool) {
        self.output = output
        self.error = error
        self.isTerminal = isTerminal
    }

    /// The process's standard output and error.
    public static let standard = Console(
        output: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
        error: { text in FileHandle.standardError.write(Data(text.utf8)) },
        isTerminal: isatty(STDERR_FILENO) == 1
    )
}
