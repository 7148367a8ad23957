import ArgumentParser
import Foundation
import Offprint

/// `offprint templates`: the theme.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with themes: the Mustache templates and CSS pages and books are made from.",
        subcommands: [ExportTemplatesCommand.self]
    )
}

/// `offprint templates export DIR`: the default theme as a starting point for your own.
struct ExportTemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the default theme into a folder, to edit and use with --templates.",
        discussion: """
        Every file may be changed or deleted: with --templates FOLDER, the files found there replace
        the default ones by name and the rest come from the default.

        Example:
          offprint templates export my-theme && offprint convert saved --templates my-theme --output out
        """
    )

    @Argument(help: "The folder to write the theme into (created if missing).")
    var folder: String

    @Flag(help: "Replace files that are already there.")
    var force = false

    func run() throws {
        let console = OffprintCLI.console
        let files = TemplateSet.defaultFiles
        let existing = files.keys.filter { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
        if !existing.isEmpty, !force {
            throw ValidationError("\(folder) already has \(existing.sorted().joined(separator: ", ")); use --force to replace them")
        }
        let writer = AtomicFileWriter()
        for name in files.keys.sorted() {
            try writer.write(Data((files[name] ?? "").utf8), to: (folder as NSString).appendingPathComponent(name))
        }
        console.outputLine("Wrote \(files.count) theme files to \(folder): \(files.keys.sorted().joined(separator: ", ")).")
    }
}
