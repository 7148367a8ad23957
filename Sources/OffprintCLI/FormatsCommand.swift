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
        let readers = registry.readers.map { reader in
            (reader.format, reader.fileExtensions.map { "." + $0 }.joined(separator: " "), reader.summary)
        }
        let writers = registry.writers.map { ($0.format, "." + $0.fileExtension, $0.summary) }
        // Columns as wide as their widest entry (plug-ins may bring long names): never cut.
        let rows = readers + writers
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let extensionWidth = rows.map(\.1.count).max() ?? 0
        func line(_ row: (String, String, String)) -> String {
            "  " + row.0.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + row.1.padding(toLength: extensionWidth, withPad: " ", startingAt: 0) + "  " + row.2 + "\n"
        }
        var text = "Readers (--from):\n" + readers.map(line).joined() + "Writers (--to):\n" + writers.map(line).joined()
        text += "Writer settings (built-in ones are flags, such as --wrap 72; a plug-in's are --option NAME=VALUE):\n"
        let settings = registry.writers.flatMap { writer in writer.settings.map { (writer.format, "--\($0.name) \($0.valueName)", $0.help) } }
        let settingWidth = settings.map(\.1.count).max() ?? 0
        for (format, flag, help) in settings {
            text += "  " + format.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + flag.padding(toLength: settingWidth, withPad: " ", startingAt: 0) + "  " + help + "\n"
        }
        OffprintCLI.console.lines(text)
    }
}
