import ArgumentParser
import Foundation
import Offprint

/// Runs the `offprint` command line, with the formats of a registry.
///
/// The executable is one line, `OffprintCLI.main()`. A package that adds its own writer runs
/// the same command line with it:
///
///     OffprintCLI.main(registry: .standard.adding(writer: MarkdownWriter()))
public enum OffprintCLI {
    /// The registry the commands use while running.
    @TaskLocal public static var registry: FormatRegistry = .standard
    /// Where the commands write while running.
    @TaskLocal public static var console: Console = .standard

    /// Parses the process's arguments, runs the command and exits with its status.
    public static func main(registry: FormatRegistry = .standard) -> Never {
        exit(run(Array(CommandLine.arguments.dropFirst()), registry: registry))
    }

    /// Runs the command line and returns its exit status: 0 when everything was converted,
    /// 1 when some inputs failed (the rest were written), 2 for a usage error.
    public static func run(_ arguments: [String], registry: FormatRegistry = .standard, console: Console = .standard) -> Int32 {
        $registry.withValue(registry) {
            $console.withValue(console) {
                do {
                    var command = try OffprintCommand.parseAsRoot(arguments)
                    try command.run()
                    return 0
                } catch {
                    let code = OffprintCommand.exitCode(for: error)
                    let message = OffprintCommand.fullMessage(for: error)
                    if code == .success {
                        if !message.isEmpty { console.lines(message + "\n") }
                        return 0
                    }
                    if !message.isEmpty { console.lines(message + "\n", toError: true) }
                    return code == .validationFailure ? ExitStatus.usage : code.rawValue
                }
            }
        }
    }
}

/// The exit statuses, documented in `--help` and the README.
public enum ExitStatus {
    /// Every input was converted.
    public static let success: Int32 = 0
    /// Some inputs failed; the others were written.
    public static let someFailed: Int32 = 1
    /// The command line was wrong; nothing was converted.
    public static let usage: Int32 = 2
}
