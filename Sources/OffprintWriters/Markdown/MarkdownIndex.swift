import Foundation
import OffprintCore

/// The `index.md` note the Markdown writer makes beside a batch's notes, at the output root:
/// a link to every note, its title isolated in its own direction (so Arabic and English titles
/// sit right in one list), with its date and language, grouped by folder under a heading each.
///
/// Rows are rendered by the workers and kept on disk as they come (`HTMLIndexRows`), so a batch
/// of any size holds one row at a time.
final class MarkdownIndex: BatchCompanion {
    private let rows: HTMLIndexRows
    private let outputDirectory: String

    var fileName: String { MarkdownIndex.noteName }
    var count: Int { rows.count }

    /// The name of the note at the output root.
    static let noteName = "index.md"

    /// An index of notes written under `outputDirectory`; its rows wait in `workingDirectory`.
    init(outputDirectory: String, workingDirectory: String) throws(ConversionError) {
        rows = try HTMLIndexRows(file: workingDirectory + "/rows")
        self.outputDirectory = outputDirectory
    }

    func add(_ outcome: InputOutcome, at position: CollectionPosition) {
        guard outcome.succeeded, !outcome.outputs.isEmpty else { return }
        let root = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        let files = outcome.outputs.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
        guard let note = files.first(where: { $0.hasSuffix(".md") }) else { return }
        rows.add(MarkdownIndex.row(for: outcome, note: note, files: files), folder: note.folderAndName.folder, at: position)
    }

    /// One list item: the title linking the note, then the date, the language and the other files.
    static func row(for outcome: InputOutcome, note: String, files: [String]) -> String {
        let title = outcome.title.map { $0.isBlank ? note : $0 } ?? note
        let direction: Unicode.Scalar = outcome.direction == .rightToLeft ? BidiIsolation.rightToLeftIsolate : BidiIsolation.leftToRightIsolate
        let link = "[" + String(direction) + MarkdownEscaping.text(title, atLineStart: false) + String(BidiIsolation.popIsolate) + "](" + MarkdownEscaping.destination(relativeLink(note)) + ")"
        var details: [String] = []
        if let published = outcome.published { details.append(MarkdownEscaping.text(published, atLineStart: false)) }
        if let language = outcome.language { details.append(MarkdownEscaping.text(language, atLineStart: false)) }
        for file in files where file != note {
            details.append("[" + HTMLIndex.format(of: file) + "](" + MarkdownEscaping.destination(relativeLink(file)) + ")")
        }
        return "- " + link + (details.isEmpty ? "" : " · " + details.joined(separator: " · ")) + "\n"
    }

    /// A file under the output root as a link from the index: its segments percent-encoded.
    static func relativeLink(_ path: String) -> String {
        String(LinkTarget.relativeFile(path).dropFirst(2))
    }

    func finish(writingTo file: AtomicFileWriter.PartialFile) throws(ConversionError) {
        try file.append("---\ntitle: Offprint index\nlang: en\ndir: ltr\n---\n\n# Offprint index\n\n" + PageLabels(language: "en").articleCount(rows.count) + ".\n")
        try rows.forEachGroup { folder, entries throws(ConversionError) in
            try file.append("\n" + (folder.isEmpty ? "" : "## " + MarkdownEscaping.text(folder, atLineStart: false, inHeading: true) + "\n\n"))
            try entries.forEach { row throws(ConversionError) in try file.append(row) }
        }
    }
}
