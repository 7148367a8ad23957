import OffprintCore
/// How a batch runs.
public struct BatchOptions: Sendable {
    /// The writer names to produce, in order.
    public var formats: [String]
    /// The folder outputs go to (created if missing).
    public var outputDirectory: String
    /// How many inputs are converted at once.
    public var jobs: Int
    /// A reader name that overrides choosing by extension and content.
    public var inputFormat: String?
    /// The text encoding of the inputs (an iconv name), or `nil` to detect.
    public var encoding: String?
    /// The largest input accepted, in bytes.
    public var maximumInputBytes: Int
    /// Whether to flush everything to disk once at the end.
    public var synchronizesAtEnd: Bool
    /// The part of the inputs this run converts (`--shard`), or `nil` for all of them.
    public var shard: Shard?

    /// Creates options; only the formats and output folder have no default.
    public init(
        formats: [String],
        outputDirectory: String,
        jobs: Int = BatchOptions.defaultJobs,
        inputFormat: String? = nil,
        encoding: String? = nil,
        maximumInputBytes: Int = BatchOptions.defaultMaximumInputBytes,
        synchronizesAtEnd: Bool = true,
        shard: Shard? = nil
    ) {
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.jobs = jobs
        self.inputFormat = inputFormat
        self.encoding = encoding
        self.maximumInputBytes = maximumInputBytes
        self.synchronizesAtEnd = synchronizesAtEnd
        self.shard = shard
    }

    /// One job per core.
    public static var defaultJobs: Int { max(1, System.coreCount) }
    /// 32 MB: far above any one article, low enough that a stray archive or video is refused.
    public static let defaultMaximumInputBytes = FileInput.defaultMaximumBytes
}
