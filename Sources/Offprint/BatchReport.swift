import Foundation

/// The JSON manifest `--report FILE` writes: every input with its outputs, language, direction,
/// warnings and error. It holds no times, so the same run gives the same report.
public struct BatchReport: Codable, Sendable {
    /// The formats asked for.
    public var formats: [String]
    /// The output folder.
    public var output: String
    /// The part of the inputs this run converted (`K/N`), when it was one of several.
    public var shard: String?
    public var converted: Int
    public var failed: Int
    /// Records of archives passed over because they hold no article.
    public var skipped: Int
    /// One entry per input, in input order.
    public var inputs: [InputOutcome]

    /// The report of a finished batch.
    public init(summary: BatchConverter.Summary, options: BatchOptions) {
        formats = options.formats
        output = options.outputDirectory
        shard = options.shard?.description
        converted = summary.converted
        failed = summary.failed
        skipped = summary.skipped
        inputs = summary.outcomes
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
