import Foundation
import Synchronization
import OffprintCore

/// Writes Offprint records one per line: for one article a one-line `.jsonl` file; as a
/// collection (`--bundle archive.jsonl`), an archive of every article in the order asked for
/// (input order by default), which
/// `JSONLinesReader` streams back. Records are kept in working files until `finish` joins them,
/// so the archive never has to fit in memory and its order never depends on timing.
public struct JSONLinesWriter: ArticleCollectionWriter {
    public let format = "jsonl"
    public let fileExtension = "jsonl"
    public let summary = "JSON Lines: one Offprint record per line; --bundle makes one archive of all inputs"

    public var options: Options

    /// A writer with the given options (by default, archives in input order).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// What the JSON Lines writer can be told.
    public struct Options: WriterOptions {
        /// The order of an archive's records.
        public var order: CollectionOrder
        /// Whether each resource carries its bytes, or only its identifier and type.
        public var images: ImagePolicy

        /// Options; records in input order by default, images embedded.
        public init(order: CollectionOrder = .path, images: ImagePolicy = .embed) {
            self.order = order
            self.images = images
        }

        public static let settings = [WriterSetting.sort, WriterSetting.images]

        public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
            switch name {
            case "images": images = try Self.choice(values, for: name)
            default: order = try Self.choice(values, for: name)
            }
        }
    }

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        Data(JSONWriter.record(article, pretty: false, images: options.images).utf8)
    }

    public func collection(context: WritingContext, workingDirectory: String) throws -> any ArticleCollection {
        JSONLinesArchive(workingDirectory: workingDirectory, order: options.order, images: options.images)
    }
}

/// A JSON Lines archive being written, record by record.
final class JSONLinesArchive: ArticleCollection {
    private let workingDirectory: String
    private let order: CollectionOrder
    private let images: ImagePolicy
    private let records = Mutex<[(position: CollectionPosition, sortKey: String, file: String)]>([])
    private let files = AtomicFileWriter()

    init(workingDirectory: String, order: CollectionOrder, images: ImagePolicy) {
        self.workingDirectory = workingDirectory
        self.order = order
        self.images = images
    }

    func add(_ article: Article, at position: CollectionPosition) throws {
        let file = "\(workingDirectory)/record-\(position.input)-\(position.record).jsonl"
        try files.write(Data(JSONWriter.record(article, pretty: false, images: images).utf8), to: file)
        let sortKey = order.sortKey(for: article)
        records.withLock { $0.append((position, sortKey, file)) }
    }

    func finish(writingTo path: String) throws {
        let ordered = records.withLock { $0 }.sorted { ($0.sortKey, $0.position) < ($1.sortKey, $1.position) }
        guard FileManager.default.createFile(atPath: path, contents: nil), let output = FileHandle(forWritingAtPath: path) else {
            throw ConversionError(.system("cannot create \(path)"), stage: .writing(format: "jsonl"))
        }
        defer { try? output.close() }
        for record in ordered {
            try output.write(contentsOf: try Data(contentsOf: URL(fileURLWithPath: record.file)))
        }
    }
}
