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
    /// Where records go instead of files (`--stdout`).
    var stream: OrderedRecordStream? = nil
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

    /// The archive reader for an input named `.jsonl`, `.warc.gz`... (or any input with `--from jsonl`).
    func archiveReader(for input: InputFile) -> (any ArticleArchiveReader)? {
        let registry = converter.registry
        if let format = options.inputFormat {
            return registry.reader(named: format) as? any ArticleArchiveReader
        }
        return registry.reader(claimingExtensionOf: input.relativePath) as? any ArticleArchiveReader
    }

    /// Streams an archive: each record becomes `STEM/NAME.EXT`, named from the address it was
    /// captured from (`example.org-news-story`) or else by its line and title
    /// (`000017-title`), a number added when a name repeats. A record that holds no article is
    /// counted as skipped.
    private func processArchive(_ input: InputFile, index: Int, reader: any ArticleArchiveReader, stem: String, target: OutputTarget, report: (InputOutcome) -> Void) {
        let source: RecordSource
        var names = RecordNames()
        do throws(ConversionError) {
            if let path = input.path {
                source = .file(path)
            } else {
                source = .data(try FileInput.readStandardInput(limit: options.maximumInputBytes))
            }
            try reader.forEachRecord(in: source, limit: options.maximumInputBytes) { record in
                let location = "\(input.displayPath)\(record.location)"
                var warnings: [ConversionWarning] = []
                var outcome = InputOutcome(input: location, outputs: [], warnings: [])
                do throws(ConversionError) {
                    if let problem = record.problem { throw problem }
                    let article = try converter.article(fromRecord: record, name: "\(input.relativePath)\(record.location)", reader: reader, warnings: &warnings)
                    let name = names.unique(record.url.map(RecordName.fromURL)
                        ?? String(format: "%06d", record.location.number) + RecordName.slug(article.title))
                    try write(article, position: CollectionPosition(input: index, record: record.location.number), stem: stem + "/" + name, target: target, into: &outcome)
                } catch {
                    if case .notAnArticle(let why) = error.reason {
                        outcome.skipped = why
                        warnings = []
                    } else {
                        var located = error
                        located.path = location
                        outcome.error = located.description
                    }
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
        if let stream = target.stream {
            for writer in target.writers {
                stream.emit(try converter.output(article, writer: writer), input: position.input)
            }
            return
        }
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
            let bytes = try converter.output(article, writer: writer)
            let shown = target.shown.isEmpty || target.shown.hasSuffix("/") ? target.shown + relative : target.shown + "/" + relative
            try files.write(bytes, to: shown)
            outcome.outputs.append(shown)
        }
    }
}
