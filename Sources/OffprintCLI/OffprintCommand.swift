import ArgumentParser

/// `offprint`: the root command.
struct OffprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offprint",
        abstract: "Convert saved articles to plain text, printable HTML, JSON and EPUB, offline.",
        discussion: """
        Exit status: 0 when every input was converted, 1 when some inputs failed (the others \
        were written), 2 for a usage error.
        """,
        subcommands: [ConvertCommand.self, InspectCommand.self, CheckCommand.self, FormatsCommand.self, TemplatesCommand.self]
    )
}
