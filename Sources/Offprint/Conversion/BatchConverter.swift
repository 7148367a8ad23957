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

        /// A summary of outcomes and counts.
        public init(outcomes: [InputOutcome], converted: Int = 0, failed: Int = 0, filesWritten: Int = 0) {
            self.outcomes = outcomes
            self.converted = converted
            self.failed = failed
            self.filesWritten = filesWritten
        }
    }

    /// Converts every input. `keepingOutcomes` keeps each input's outcome (for a report);
    /// otherwise only failures are kept, so memory does not grow with the number of inputs.
    public func run(_ inputs: [InputFile], keepingOutcomes: Bool) -> Summary {
        run(inputs, keepingOutcomes: keepingOutcomes, collection: nil)
    }

    /// Whether the batch writes `index.html` at the output root: when it makes HTML pages.
    var makesIndex: Bool { options.formats.contains("html") }

    /// Writes the index page of the batch's outputs.
    private func writeIndex(_ outcomes: [InputOutcome]) throws(ConversionError) {
        let path = (options.outputDirectory as NSString).appendingPathComponent(BatchIndex.fileName)
        let page = BatchIndex(outcomes: outcomes, outputDirectory: options.outputDirectory).render(with: converter.context)
        try files.write(Data(page.utf8), to: path)
    }

    /// Converts every input, into `collection` when there is one (then no file is written per input).
    func run(_ inputs: [InputFile], keepingOutcomes: Bool, collection: (any ArticleCollection)?) -> Summary {
        let writers = options.formats.compactMap { converter.registry.writer(named: $0) }
        let naming = OutputNaming(inputs)
        let protectedPaths = Set(inputs.compactMap { $0.path.flatMap(InputCollector.realPath) })
        if collection == nil { try? files.createDirectory(options.outputDirectory) }
        let realOutput = InputCollector.realPath(options.outputDirectory) ?? options.outputDirectory
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: [InputOutcome]]>([:])
        let counts = Mutex((converted: 0, failed: 0, files: 0))
        let target = OutputTarget(shown: options.outputDirectory, real: realOutput, protectedPaths: protectedPaths, writers: writers, collection: collection)

        DispatchQueue.concurrentPerform(iterations: max(1, min(options.jobs, inputs.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                process(inputs[index], index: index, stem: naming.stems[index], target: target) { outcome in
                    counts.withLock { counts in
                        if outcome.succeeded { counts.converted += 1 } else { counts.failed += 1 }
                        counts.files += outcome.outputs.count
                    }
                    if keepingOutcomes || makesIndex || !outcome.succeeded {
                        results.withLock { $0[index, default: []].append(outcome) }
                    }
                }
                completed.wrappingAdd(1, ordering: .relaxed)
            }
        }
        let finalCounts = counts.withLock { $0 }
        var outcomes = results.withLock { results in results.keys.sorted().flatMap { results[$0] ?? [] } }
        var written = finalCounts.files
        var failed = finalCounts.failed
        if makesIndex, collection == nil {
            do throws(ConversionError) {
                try writeIndex(outcomes)
                written += 1
            } catch {
                var located = error
                located.path = BatchIndex.fileName
                outcomes.append(InputOutcome(input: BatchIndex.fileName, outputs: [], warnings: [], error: located.description))
                failed += 1
            }
            if !keepingOutcomes { outcomes = outcomes.filter { !$0.succeeded } }
        }
        if options.synchronizesAtEnd { AtomicFileWriter.synchronize() }
        return Summary(outcomes: outcomes, converted: finalCounts.converted, failed: failed, filesWritten: written)
    }
}
