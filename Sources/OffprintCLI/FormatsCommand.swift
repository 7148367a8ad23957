import ArgumentParser
import Offprint

/// `offprint formats`: lists the readers and writers, plug-ins included.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the input formats (readers) and output formats (writers)."
    )

    func run() throws {
        let registry = OffprintCLI.registry
        var text = "Readers (--from):\n"
        for reader in registry.readers {
            let extensions = reader.fileExtensions.map { "." + $0 }.joined(separator: " ")
            text += "  \(reader.format.padding(toLength: 6, withPad: " ", startingAt: 0)) \(extensions.padding(toLength: 12, withPad: " ", startingAt: 0)) \(reader.summary)\n"
        }
        text += "Writers (--to):\n"
        for writer in registry.writers {
            text += "  \(writer.format.padding(toLength: 6, withPad: " ", startingAt: 0)) \(("." + writer.fileExtension).padding(toLength: 12, withPad: " ", startingAt: 0)) \(writer.summary)\n"
        }
        OffprintCLI.console.output(text)
    }
}
