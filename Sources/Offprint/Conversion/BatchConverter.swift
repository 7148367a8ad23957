import Dispatch
import Foundation
import Synchronization

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
        /// Every input's outcome in input order, or only the failures when outcomes were not kept.
        public var outcomes: [InputOutcome]
        public var converted = 0
        public var failed = 0
        public var filesWritten = 0
    }

    /// Converts every input. `keepingOutcomes` keeps each input's outcome (for a report);
    /// otherwise only failures are kept, so memory does not grow with the number of inputs.
    public func run(_ inputs: [InputFile], keepingOutcomes: Bool) -> Summary {
        let writers = options.formats.compactMap { converter.registry.writer(named: $0) }
        let naming = OutputNaming(inputs)
        let protectedPaths = Set(inputs.compactMap { $0.path.flatMap(InputCollector.realPath) })
        try? files.createDirectory(options.outputDirectory)
        let realOutput = InputCollector.realPath(options.outputDirectory) ?? options.outputDirectory
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: InputOutcome]>([:])
        let counts = Mutex((converted: 0, failed: 0, files: 0))

        DispatchQueue.concurrentPerform(iterations: max(1, min(options.jobs, inputs.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                let outcome = convert(inputs[index], stem: naming.stems[index], writers: writers,
                                      outputRoot: (options.outputDirectory, realOutput), protectedPaths: protectedPaths)
                counts.withLock { counts in
                    if outcome.succeeded { counts.converted += 1 } else { counts.failed += 1 }
                    counts.files += outcome.outputs.count
                }
                if keepingOutcomes || !outcome.succeeded {
                    results.withLock { $0[index] = outcome }
                }
                completed.wrappingAdd(1, ordering: .relaxed)
            }
        }
        if options.synchronizesAtEnd { AtomicFileWriter.synchronize() }
        let finalCounts = counts.withLock { $0 }
        let outcomes = results.withLock { results in results.keys.sorted().compactMap { results[$0] } }
        return Summary(outcomes: outcomes, converted: finalCounts.converted, failed: finalCounts.failed, filesWritten: finalCounts.files)
    }

    private func convert(
        _ input: InputFile, stem: String, writers: [any ArticleWriter],
        outputRoot: (shown: String, real: String), protectedPaths: Set<String>
    ) -> InputOutcome {
        var outcome = InputOutcome(input: input.displayPath, outputs: [], warnings: [])
        var warnings: [ConversionWarning] = []
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
            outcome.title = article.title
            outcome.language = article.language
            outcome.direction = article.direction
            for writer in writers {
                let relative = stem + "." + writer.fileExtension
                guard !protectedPaths.contains(outputRoot.real + "/" + relative) else {
                    throw ConversionError(.wouldOverwriteInput(outputRoot.shown + "/" + relative), stage: .saving)
                }
                let bytes = try converter.output(article, writer: writer)
                let shown = (outputRoot.shown as NSString).appendingPathComponent(relative)
                try files.write(bytes, to: shown)
                outcome.outputs.append(shown)
            }
        } catch {
            var located = error
            located.path = input.displayPath
            outcome.error = located.description
        }
        outcome.warnings = warnings.map(\.message)
        return outcome
    }
}
