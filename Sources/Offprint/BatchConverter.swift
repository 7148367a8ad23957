import Dispatch
import Foundation
import Synchronization
import OffprintCore
import OffprintWriters

/// Converts many inputs in parallel, writing every output atomically, and says what became of
/// each.
///
/// Workers take the next input from a shared counter, convert it and write its outputs before
/// taking another, so memory holds one article per worker however many inputs there are.
/// Output bytes do not depend on `jobs` or on timing. A failed input is recorded and the rest
/// go on.
public final class BatchConverter: Sendable {
    /// Reads, cleans up and writes one article.
    public let converter: Converter
    /// Formats, output folder, parallelism, limits.
    public let options: BatchOptions
    /// Writes outputs atomically; exposed so an interrupted run can remove its temporary files.
    public let files = AtomicFileWriter()
    /// How many inputs are finished (converted or failed), for progress lines.
    public var completedCount: Int { completed.load(ordering: .relaxed) }

    private let completed = Atomic<Int>(0)

    /// Creates a batch; `options.formats` must name writers in `converter.registry`.
    public init(converter: Converter, options: BatchOptions) {
        self.converter = converter
        self.options = options
    }

    /// What a finished batch did.
    public struct Summary: Sendable {
        /// Every input's outcome in input order, or, when outcomes were not kept, only those that
        /// failed or have warnings.
        public var outcomes: [InputOutcome]
        public var converted = 0
        public var failed = 0
        /// Records of archives that hold no article (a web archive's index pages), passed over.
        public var skipped = 0
        public var filesWritten = 0
        /// What the batch chose not to do, and why, one line each (the index page when its
        /// name was taken); not failures.
        public var notices: [String] = []

        /// A summary of outcomes and counts.
        public init(outcomes: [InputOutcome], converted: Int = 0, failed: Int = 0, filesWritten: Int = 0) {
            self.outcomes = outcomes
            self.converted = converted
            self.failed = failed
            self.filesWritten = filesWritten
        }
    }

    /// Called with each outcome as soon as it is known, on the worker that made it, in the
    /// order inputs finish (not input order), so that what went wrong is said at once and a
    /// batch that dies later loses none of it.
    public typealias OutcomeHandler = @Sendable (InputOutcome) -> Void

    /// Converts every input. `keepingOutcomes` keeps each input's outcome (for a report);
    /// otherwise only failures are kept, so memory does not grow with the number of inputs.
    /// `onOutcome` hears of every outcome as it happens, a failure to write a companion included.
    public func run(_ inputs: [InputFile], keepingOutcomes: Bool, onOutcome: OutcomeHandler? = nil) -> Summary {
        run(inputs, keepingOutcomes: keepingOutcomes, collection: nil, onOutcome: onOutcome)
    }

    /// Why a companion file cannot be written where it goes, if it cannot: an input is that
    /// file, or one of an input's own outputs takes the name (`index.md` or `Index.md` becomes
    /// `index.html`).
    private func companionConflict(_ fileName: String, naming: OutputNaming, writers: [any ArticleWriter], inputs: [InputFile], protectedPaths: Set<String>, realOutput: String) -> String? {
        if protectedPaths.contains(realOutput + "/" + fileName) { return "it is one of the inputs" }
        for writer in writers where fileName.hasSuffix("." + writer.fileExtension) {
            let stem = OutputNaming.fold(String(fileName.dropLast(writer.fileExtension.count + 1)))
            if let index = naming.stems.firstIndex(where: { OutputNaming.fold($0) == stem }) {
                return "the \(writer.format) output of \(inputs[index].displayPath) has that name"
            }
        }
        return nil
    }

    /// The files the writers make once for the whole batch (the HTML index), each with the
    /// working folder it keeps its rows in; a notice for each that cannot be written.
    private func companions(writers: [any ArticleWriter], naming: OutputNaming, inputs: [InputFile], protectedPaths: Set<String>, realOutput: String,
                            notices: inout [String], failures: inout [ConversionError]) -> [(companion: any BatchCompanion, working: String)] {
        var made: [(companion: any BatchCompanion, working: String)] = []
        for (number, writer) in writers.enumerated() {
            let working = (options.outputDirectory as NSString).appendingPathComponent(AtomicFileWriter.workingName(for: "\(writer.format)-\(number)", suffix: ".d"))
            do throws(ConversionError) {
                try files.createTemporaryDirectory(working)
                guard let companion = try writer.batchCompanion(outputDirectory: options.outputDirectory, workingDirectory: working) else {
                    files.removeTemporaryDirectory(working)
                    continue
                }
                if let conflict = companionConflict(companion.fileName, naming: naming, writers: writers, inputs: inputs, protectedPaths: protectedPaths, realOutput: realOutput) {
                    notices.append("\((options.outputDirectory as NSString).appendingPathComponent(companion.fileName)): not written: \(conflict)")
                    files.removeTemporaryDirectory(working)
                    continue
                }
                made.append((companion, working))
            } catch {
                files.removeTemporaryDirectory(working)
                failures.append(error)
            }
        }
        return made
    }

    /// Converts every input and hands each article's records (one per format, such as a JSON
    /// Lines line) to `sink` in input order, writing no file: Offprint as a filter
    /// (`--stdout`). The sink is called from one thread at a time.
    public func run(_ inputs: [InputFile], keepingOutcomes: Bool, streamingTo sink: @escaping @Sendable (Data) -> Void, onOutcome: OutcomeHandler? = nil) -> Summary {
        run(inputs, keepingOutcomes: keepingOutcomes, collection: nil, stream: OrderedRecordStream(inputs: selected(inputs), sink: sink), onOutcome: onOutcome)
    }

    /// The indices of the inputs this run converts: all, or those of its `--shard`.
    func selected(_ inputs: [InputFile]) -> [Int] {
        options.shard.map { shard in inputs.indices.filter { shard.contains(inputs[$0].relativePath) } } ?? Array(inputs.indices)
    }

    /// Converts every input, into `collection` or `stream` when there is one (then no file is
    /// written per input).
    func run(_ inputs: [InputFile], keepingOutcomes: Bool, collection: (any ArticleCollection)?, stream: OrderedRecordStream? = nil, onOutcome: OutcomeHandler? = nil) -> Summary {
        let writers = options.formats.compactMap { converter.registry.writer(named: $0) }
        // Only files written per input need guarding against overwriting inputs (a bundle is
        // renamed into place by runBundle).
        let writesPerInput = collection == nil && stream == nil
        let naming = OutputNaming(inputs, extensions: writesPerInput ? writers.map(\.fileExtension) : [], isArchive: { archiveReader(for: $0) != nil })
        let protectedPaths: Set<String> = writesPerInput ? Set(inputs.compactMap { $0.path.flatMap(FileInput.realPath) }) : []
        if writesPerInput {
            try? files.createDirectory(options.outputDirectory)
            files.protect(protectedPaths)
        }
        let realOutput = (writesPerInput ? FileInput.realPath(options.outputDirectory) : nil) ?? options.outputDirectory
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: [InputOutcome]]>([:])
        let counts = Mutex((converted: 0, failed: 0, skipped: 0, files: 0))
        let target = OutputTarget(shown: options.outputDirectory, real: realOutput, protectedPaths: protectedPaths, writers: writers, collection: collection, stream: stream)
        var notices: [String] = []
        var companionFailures: [ConversionError] = []
        // Inputs of this run's part only; names were decided over all of them above.
        let selected = selected(inputs)
        // Cores the inputs leave idle (one large archive) go to the records of the archives.
        let recordWorkers = selected.count >= options.jobs ? 1 : options.jobs / max(1, selected.count)
        var made = writesPerInput
            ? self.companions(writers: writers, naming: naming, inputs: inputs, protectedPaths: protectedPaths, realOutput: realOutput, notices: &notices, failures: &companionFailures)
            : []
        if let shard = options.shard {
            // A companion lists the whole batch; a part knows only its own inputs.
            for (companion, working) in made {
                notices.append("\((options.outputDirectory as NSString).appendingPathComponent(companion.fileName)): not written: --shard \(shard) converts only part of the inputs")
                files.removeTemporaryDirectory(working)
            }
            made = []
        }
        let companions = made
        defer { for companion in companions { files.removeTemporaryDirectory(companion.working) } }

        DispatchQueue.concurrentPerform(iterations: max(1, min(options.jobs, selected.count))) { _ in
            while true {
                let taken = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard taken < selected.count else { return }
                let inputIndex = selected[taken]
                var record = 0
                process(inputs[inputIndex], index: inputIndex, stem: naming.stems[inputIndex], target: target, recordWorkers: recordWorkers) { outcome in
                    onOutcome?(outcome)
                    counts.withLock { counts in
                        if outcome.wasSkipped { counts.skipped += 1 } else if outcome.succeeded { counts.converted += 1 } else { counts.failed += 1 }
                        counts.files += outcome.outputs.count
                    }
                    if keepingOutcomes || !outcome.succeeded || !outcome.warnings.isEmpty {
                        results.withLock { $0[inputIndex, default: []].append(outcome) }
                    }
                    for companion in companions {
                        companion.companion.add(outcome, at: CollectionPosition(input: inputIndex, record: record))
                    }
                    record += 1
                }
                stream?.finish(input: inputIndex)
                completed.wrappingAdd(1, ordering: .relaxed)
            }
        }
        let finalCounts = counts.withLock { $0 }
        var outcomes = results.withLock { results in results.keys.sorted().flatMap { results[$0] ?? [] } }
        var written = finalCounts.files
        var failed = finalCounts.failed
        // An index of nothing (every input failed) would only hide that nothing was made.
        for (companion, _) in companions where companion.count > 0 {
            do throws(ConversionError) {
                try files.write(to: (options.outputDirectory as NSString).appendingPathComponent(companion.fileName)) { file throws(ConversionError) in
                    try companion.finish(writingTo: file)
                }
                written += 1
            } catch {
                var located = error
                located.path = companion.fileName
                companionFailures.append(located)
            }
        }
        for failure in companionFailures {
            let outcome = InputOutcome(input: failure.path, outputs: [], warnings: [], error: failure.description)
            onOutcome?(outcome)
            outcomes.append(outcome)
            failed += 1
        }
        // A bundle's working files are not worth flushing: runBundle syncs once the book is in place.
        if options.synchronizesAtEnd, writesPerInput { AtomicFileWriter.synchronize() }
        var summary = Summary(outcomes: outcomes, converted: finalCounts.converted, failed: failed, filesWritten: written)
        summary.notices = notices
        summary.skipped = finalCounts.skipped
        return summary
    }
}
