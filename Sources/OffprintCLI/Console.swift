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

    /// Prints one message as one line on standard error, its control characters escaped.
    public func errorLine(_ message: String) {
        error(Console.escaped(message) + "\n")
    }

    /// Prints one message as one line on standard output, its control characters escaped.
    public func outputLine(_ message: String) {
        output(Console.escaped(message) + "\n")
    }

    /// Prints text of several lines (help, a listing) on standard output or error, each line
    /// escaped on its own, so that only the text's own line breaks break lines.
    public func lines(_ text: String, toError: Bool = false) {
        let escaped = text.split(separator: "\n", omittingEmptySubsequences: false).map { Console.escaped(String($0)) }.joined(separator: "\n")
        if toError { error(escaped) } else { output(escaped) }
    }

    /// `text` safe to print on a terminal: the one function every message goes through. File
    /// names, titles and zip entries may hold control characters; printed raw, a newline
    /// forges a line of its own and an escape sequence recolours or rewrites the terminal. C0
    /// and C1 controls, DEL, line and paragraph separators and the bidirectional embedding,
    /// override and isolate controls are shown as `\n`, `\r`, `\t` or `\u{1B}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: mustBeEscaped) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard mustBeEscaped(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    private static func mustBeEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The process's standard output and error.
    public static let standard = Console(
        output: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
        error: { text in FileHandle.standardError.write(Data(text.utf8)) },
        isTerminal: isatty(STDERR_FILENO) == 1
    )
}
