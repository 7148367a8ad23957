import Foundation
import OffprintCore
import OffprintReaders
import OffprintWriters

/// What the parallel step made of one archive record: its article and each format's output,
/// or why there is no article.
struct PreparedRecord: Sendable {
    var article: Article?
    /// The name the record's outputs were made for (a writer may link files beside its output
    /// by it); the outputs are made again in the rare case that the name is taken.
    var name: String?
    /// One per writer, in order; `nil` when the article goes into a collection.
    var outputs: [WriterOutput]?
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

    /// The archive reader for an input named `.jsonl`, `.warc.gz`..., for one whose extension
    /// several readers claim or that has none when its start is an archive's (a wallabag
    /// export), or for any input with `--from jsonl`.
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
                let name = names.unique(BatchConverter.recordName(record, article))
                try write(article, outputs: name == prepared.name ? prepared.outputs : nil, position: CollectionPosition(input: index, record: record.location.number),
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
            var record = record
            record.encoding = options.encoding
            return prepareRecord(record, name: "\(input.relativePath)\(record.location)", reader: reader, target: target)
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
                let name = BatchConverter.recordName(record, article)
                prepared.name = name
                prepared.outputs = []
                for writer in target.writers { prepared.outputs?.append(try converter.output(article, writer: writer, baseName: name)) }
            }
        } catch {
            prepared.error = error
        }
        return prepared
    }

    /// The name a record's outputs take, before a number is added to one already taken: from the
    /// address it was captured from (`example.org-news-story`), or from its line and title
    /// (`000017-title`).
    static func recordName(_ record: ArchiveRecord, _ article: Article) -> String {
        record.url.map(RecordName.fromURL) ?? String(format: "%06d", record.location.number) + RecordName.slug(article.title)
    }

    /// What `writer` makes of `article` for a file named `baseName`, unless it was `made` already.
    private func output(of article: Article, writer: any ArticleWriter, baseName: String, made: WriterOutput?) throws(ConversionError) -> WriterOutput {
        if let made { return made }
        return try converter.output(article, writer: writer, baseName: baseName)
    }

    /// Writes every format of an article under `stem` (its bytes already made, when `outputs`
    /// holds them, one per writer), recording the files in the outcome, or adds it to the collection.
    private func write(_ article: Article, outputs: [WriterOutput]? = nil, position: CollectionPosition, stem: String, target: OutputTarget, into outcome: inout InputOutcome) throws(ConversionError) {
        outcome.title = article.title
        outcome.language = article.language
        outcome.direction = article.direction
        outcome.published = article.published?.description
        outcome.words = article.wordCount
        if let stream = target.stream {
            for (number, writer) in target.writers.enumerated() {
                stream.emit(try output(of: article, writer: writer, baseName: stem.folderAndName.name, made: outputs?[number]).data, input: position.input)
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
            let output = try output(of: article, writer: writer, baseName: stem.folderAndName.name, made: outputs?[number])
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
