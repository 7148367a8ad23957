import OffprintCore
/// What became of one input: its outputs and what the reader made of it, or why it failed.
public struct InputOutcome: Sendable, Codable, Hashable {
    /// The input as the user named it.
    public var input: String
    /// The files written, in format order.
    public var outputs: [String]
    /// The article's title, language and direction, when it was read.
    public var title: String?
    public var language: String?
    public var direction: TextDirection?
    /// The publication date (ISO 8601) and body word count, when it was read.
    public var published: String?
    public var words: Int?
    /// What the conversion noticed.
    public var warnings: [String]
    /// Why it failed, as the one line shown to people; `nil` when it was converted.
    public var error: String?
    /// Why a record of an archive was passed over without being an error (a page that holds
    /// no article); `nil` otherwise.
    public var skipped: String?

    /// Creates an outcome; only the input has no default.
    public init(input: String, outputs: [String] = [], title: String? = nil, language: String? = nil, direction: TextDirection? = nil,
                published: String? = nil, words: Int? = nil, warnings: [String] = [], error: String? = nil) {
        self.input = input
        self.outputs = outputs
        self.title = title
        self.language = language
        self.direction = direction
        self.published = published
        self.words = words
        self.warnings = warnings
        self.error = error
    }

    /// Whether every output was written (or, for a skipped record, nothing was due).
    public var succeeded: Bool { error == nil }
    /// Whether the record was passed over as no article.
    public var wasSkipped: Bool { skipped != nil }
}
