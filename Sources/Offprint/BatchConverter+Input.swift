import Foundation
import OffprintCore
import OffprintReaders
import OffprintWriters

/// What the parallel step made of one archive record: its article and each format's bytes,
/// or why there is no article.
struct PreparedRecord: Sendable {
    var article: Article?
    /// One per writer, in order; `nil` when the article goes into a collection.
    var outputs: [Data]?
    var error: ConversionError?
    var warnings: [ConversionWarning] = []
}

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
    func process(_ input: InputFile, index: Int, stem: String, target: OutputTarget, recordWorkers: Int = 1, report: (InputOutcome) -> Void) {
        if let archive = archiveReader(for: input) {
            processArchive(input, index: index, reader: archive, stem: stem, target: target, workers: recordWorkers, report: report)
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
    /// counted as skipped. With `workers` above 1, records are read and converted on that many
    /// threads and written, named and reported in file order.
    private func processArchive(_ input: InputFile, index: Int, reader: any ArticleArchiveReader, stem: String, target: OutputTarget,
                                workers: Int, report: (InputOutcome) -> Void) {
        let source: RecordSource
        var names = RecordNames()
        func commit(_ record: ArchiveRecord, _ prepared: PreparedRecord) {
            var prepared = prepared
            let location = "\(input.displayPath)\(record.location)"
            var outcome = InputOutcome(input: location, outputs: [], warnings: [])
            do throws(ConversionError) {
                if let error = prepared.error { throw error }
                guard let article = prepared.article else { return }
                let name = names.unique(record.url.map(RecordName.fromURL)
                    ?? String(format: "%06d", record.location.number) + RecordName.slug(article.title))
                try write(article, outputs: prepared.outputs, position: CollectionPosition(input: index, record: record.location.number),
                          stem: stem + "/" + name, target: target, into: &outcome)
            } catch {
                if case .notAnArticle(let why) = error.reason {
                    outcome.skipped = why
                    prepared.warnings = []
                } else {
                    var located = error
                    located.path = location
                    outcome.error = located.description
                }
            }
            outcome.warnings = prepared.warnings.map(\.description)
            report(outcome)
        }
        let prepare = { @Sendable [self] (record: ArchiveRecord) in
            prepareRecord(record, name: "\(input.relativePath)\(record.location)", reader: reader, target: target)
        }
        do throws(ConversionError) {
            if let path = input.path {
                source = .file(path)
            } else {
                source = .data(try FileInput.readStandardInput(limit: options.maximumInputBytes))
            }
            if workers > 1 {
                let pipeline = RecordPipeline(width: workers, prepare: prepare)
                defer { pipeline.finish(commit: commit) }
                try reader.forEachRecord(in: source, limit: options.maximumInputBytes) { record in
                    pipeline.submit(record, commit: commit)
                }
            } else {
                try reader.forEachRecord(in: source, limit: options.maximumInputBytes) { record in
                    commit(record, prepare(record))
                }
            }
        } catch {
            var located = error
            located.path = input.displayPath
            report(InputOutcome(input: input.displayPath, outputs: [], warnings: [], error: located.description))
        }
    }

    /// The work on one record that needs no order: reading and cleaning up its article, and
    /// making each format's bytes (unless it goes into a collection).
    private func prepareRecord(_ record: ArchiveRecord, name: String, reader: any ArticleArchiveReader, target: OutputTarget) -> PreparedRecord {
        var prepared = PreparedRecord()
        do throws(ConversionError) {
            if let problem = record.problem { throw problem }
            let article = try converter.article(fromRecord: record, name: name, reader: reader, warnings: &prepared.warnings)
            prepared.article = article
            if target.collection == nil {
                prepared.outputs = []
                for writer in target.writers { prepared.outputs?.append(try converter.output(article, writer: writer)) }
            }
        } catch {
            prepared.error = error
        }
        return prepared
    }

    /// The bytes `writer` makes of `article`, unless they were `made` already.
    private func bytes(of article: Article, writer: any ArticleWriter, made: Data?) throws(ConversionError) -> Data {
        if let made { return made }
        return try converter.output(article, writer: writer)
    }

    /// Writes every format of an article under `stem` (its bytes already made, when `outputs`
    /// holds them, one per writer), recording the files in the outcome, or adds it to the collection.
    private func write(_ article: Article, outputs: [Data]? = nil, position: CollectionPosition, stem: String, target: OutputTarget, into outcome: inout InputOutcome) throws(ConversionError) {
        outcome.title = article.title
        outcome.language = article.language
        outcome.direction = article.direction
        outcome.published = article.published?.description
        outcome.words = article.wordCount
        if let stream = target.stream {
            for (number, writer) in target.writers.enumerated() {
                stream.emit(try bytes(of: article, writer: writer, made: outputs?[number]), input: position.input)
            }
            return
        }
        if let collection = target.collection {
            try ConversionError.wrapping(stage: .writing(format: target.writers.first?.format ?? "bundle"), reason: ConversionError.Reason.writerFailed) {
                try collection.add(article, at: position)
            }
            return
        }
        for (number, writer) in target.writers.enumerated() {
            let relative = stem + "." + writer.fileExtension
            guard !target.protectedPaths.contains(target.real + "/" + relative) else {
                throw ConversionError(.wouldOverwriteInput(target.shown + "/" + relative), stage: .saving)
            }
            let bytes = try bytes(of: article, writer: writer, made: outputs?[number])
            let shown = target.shown.isEmpty || target.shown.hasSuffix("/") ? target.shown + relative : target.shown + "/" + relative
            try files.write(bytes, to: shown)
            outcome.outputs.append(shown)
        }
    }
}
