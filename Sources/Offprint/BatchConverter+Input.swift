import Foundation
import OffprintCore
import OffprintReaders
import OffprintWriters

/// Where a batch writes, and what it must never overwrite.
struct OutputTarget: Sendable {
    /// The output folder as the user named it, for messages and the report.
    let shown: String
    /// Its real path, to compare with the inputs'.
    let real: String
    /// The real paths of all inputs.
    let protectedPaths: Set<String>
    let writers: [any ArticleWriter]
    /// The collection articles go into instead of files of their own (`--bundle`).
    let collection: (any ArticleCollection)?
}

extension BatchConverter {
    /// Converts one input, or each record of an archive input, reporting every outcome.
    func process(_ input: InputFile, index: Int, stem: String, target: OutputTarget, report: (InputOutcome) -> Void) {
        if let archive = archiveReader(for: input) {
            processArchive(input, index: index, reader: archive, stem: stem, target: target, report: report)
            return
        }
        var warnings: [ConversionWarning] = []
        var outcome = InputOutcome(input: input.displayPath, outputs: [], warnings: [])
        do throws(ConversionError) {
            let data = if let path = input.path {
                try FileInput.contents(of: path, limit: options.maximumInputBytes)
            } else {
                try FileInput.readStandardInput(limit: options.maximumInputBytes)
            }
            let readerInput = ReaderInput(
                data: data, name: input.relativePath,
                fileURL: input.path.map { URL(fileURLWithPath: $0) }, encoding: options.encoding)
            let article = try converter.article(from: readerInput, format: options.inputFormat, warnings: &warnings)
            try write(article, position: CollectionPosition(input: index), stem: stem, target: target, into: &outcome)
        } catch {
            var located = error
            located.path = input.displayPath
            outcome.error = located.description
        }
        outcome.warnings = warnings.map(\.description)
        report(outcome)
    }

    /// The archive reader for an input named `.jsonl`, for one whose extension several readers
    /// claim or that has none when its start is an archive's (a wallabag export), or for any
    /// input with `--from jsonl`.
    func archiveReader(for input: InputFile) -> (any ArticleArchiveReader)? {
        let registry = converter.registry
        if let format = options.inputFormat {
            return registry.reader(named: format) as? any ArticleArchiveReader
        }
        let claiming = registry.readers(claimingExtensionOf: input.relativePath)
        if claiming.count != 1, let path = input.path, let head = try? FileInput.contents(of: path, prefix: Self.sniffedBytes) {
            return registry.reader(forFileNamed: input.relativePath, content: head) as? any ArticleArchiveReader
        }
        return claiming.first as? any ArticleArchiveReader
    }

    /// How much of a file is read to tell which reader it is for (the readers' `recognizes`
    /// look at no more).
    static let sniffedBytes = 65_536

    /// Streams an archive: each record becomes `STEM/NNNNNN-title.EXT`, named by its line.
    private func processArchive(_ input: InputFile, index: Int, reader: any ArticleArchiveReader, stem: String, target: OutputTarget, report: (InputOutcome) -> Void) {
        let source: RecordSource
        do throws(ConversionError) {
            if let path = input.path {
                source = .file(path)
            } else {
                source = .data(try FileInput.readStandardInput(limit: options.maximumInputBytes))
            }
            try reader.forEachRecord(in: source, recordLimit: options.maximumInputBytes) { line, record in
                let location = "\(input.displayPath):\(line)"
                var warnings: [ConversionWarning] = []
                var outcome = InputOutcome(input: location, outputs: [], warnings: [])
                do throws(ConversionError) {
                    let article = try converter.article(fromRecord: record, name: "\(input.relativePath):\(line)", reader: reader, warnings: &warnings)
                    let name = String(format: "%06d", line) + RecordName.slug(article.title)
                    try write(article, position: CollectionPosition(input: index, record: line), stem: stem + "/" + name, target: target, into: &outcome)
                } catch {
                    var located = error
                    located.path = location
                    outcome.error = located.description
                }
                outcome.warnings = warnings.map(\.description)
                report(outcome)
            }
        } catch {
            var located = error
            located.path = input.displayPath
            report(InputOutcome(input: input.displayPath, outputs: [], warnings: [], error: located.description))
        }
    }

    /// Writes every format of an article under `stem`, recording the files in the outcome, or
    /// adds it to the collection.
    private func write(_ article: Article, position: CollectionPosition, stem: String, target: OutputTarget, into outcome: inout InputOutcome) throws(ConversionError) {
        outcome.title = article.title
        outcome.language = article.language
        outcome.direction = article.direction
        outcome.published = article.published?.description
        outcome.words = article.wordCount
        if let collection = target.collection {
            try ConversionError.wrapping(stage: .writing(format: target.writers.first?.format ?? "bundle"), reason: ConversionError.Reason.writerFailed) {
                try collection.add(article, at: position)
            }
            return
        }
        for writer in target.writers {
            let relative = stem + "." + writer.fileExtension
            guard !target.protectedPaths.contains(target.real + "/" + relative) else {
                throw ConversionError(.wouldOverwriteInput(target.shown + "/" + relative), stage: .saving)
            }
            let output = try converter.output(article, writer: writer, baseName: stem.folderAndName.name)
            let shown = target.shown.isEmpty || target.shown.hasSuffix("/") ? target.shown + relative : target.shown + "/" + relative
            // Files beside the output (a note's images) first, so the output never names a missing one.
            let folder = shown.folderAndName.folder
            for companion in output.companions {
                guard WriterOutput.isConfined(companion.path) else {
                    throw ConversionError(.writerFailed("a file beside the output would be outside its folder: \(companion.path)"), stage: .writing(format: writer.format))
                }
                try files.write(companion.data, to: folder.isEmpty ? companion.path : folder + "/" + companion.path)
            }
            try files.write(output.data, to: shown)
            outcome.outputs.append(shown)
        }
    }
}

/// The readable part of a record's output name: `-` and the title's first words, in any script.
enum RecordName {
    static let maximumLength = 48

    static func slug(_ title: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isWordCharacter {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
                if result.unicodeScalars.count >= maximumLength { break }
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "" : "-" + result
    }
}
