import ArgumentParser
import Foundation
import Offprint

/// `offprint check`: what EPUBCheck does not check, for right-to-left and multilingual books.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check EPUB books for what EPUBCheck does not: language and direction on every page, spine direction, BCP 47 tags, mimetype, manifest, remote resources.",
        discussion: """
        One line per finding: BOOK: FILE: what is wrong. Exit status 0 when every book passes, 1 when \
        any has a finding.

        Example:
          offprint check out/*.epub
        """
    )

    @Argument(help: "The EPUB files to check.")
    var books: [String]

    @Flag(help: "Print the findings as JSON: an object per book with its findings.")
    var json = false

    struct Report: Codable {
        let book: String
        let findings: [EPUBFinding]
    }

    func run() throws {
        let console = OffprintCLI.console
        let checker = EPUBChecker()
        let reports = books.map { Report(book: $0, findings: checker.check($0)) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.output(String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n")
        } else {
            for finding in reports.flatMap(\.findings) { console.outputLine(finding.description) }
        }
        if reports.contains(where: { !$0.findings.isEmpty }) { throw ExitCode(ExitStatus.someFailed) }
    }
}
