/// One article: the single model every reader fills and every writer reads.
///
/// Readers know nothing of writers and writers nothing of readers; this value is all they share.
/// Cleanup passes run between them (`CleanupPipeline`), so by the time a writer sees an article
/// its `language` and `direction` are set.
public struct Article: Sendable, Hashable {
    /// A stable identifier: the source URL when known, else the input's relative path. Never random.
    public var id: String
    /// The headline.
    public var title: String
    /// The section or kicker line shown above the headline, exactly as the input had it.
    public var kicker: String?
    /// The authors, in byline order.
    public var authors: [String]
    /// When the article was first published.
    public var published: ArticleDate?
    /// When the article was last changed.
    public var modified: ArticleDate?
    /// Where the article came from.
    public var source: ArticleSource
    /// The BCP 47 language tag (`ar`, `en-GB`); `nil` until detected.
    public var language: String?
    /// The main direction of the text; `nil` until resolved.
    public var direction: TextDirection?
    /// Sections or categories the publisher filed the article under.
    public var categories: [String]
    /// Free keywords.
    public var tags: [String]
    /// A short summary or standfirst.
    public var summary: String?
    /// The article's text.
    public var body: [Block]
    /// Links to related articles.
    public var related: [Link]
    /// Images and other media that `body` refers to.
    public var resources: [Resource]
    /// Metadata the reader kept but the model has no field for.
    public var extra: [String: String]

    /// Creates an article; only the identifier and title are required.
    public init(
        id: String,
        title: String,
        kicker: String? = nil,
        authors: [String] = [],
        published: ArticleDate? = nil,
        modified: ArticleDate? = nil,
        source: ArticleSource = ArticleSource(),
        language: String? = nil,
        direction: TextDirection? = nil,
        categories: [String] = [],
        tags: [String] = [],
        summary: String? = nil,
        body: [Block] = [],
        related: [Link] = [],
        resources: [Resource] = [],
        extra: [String: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.kicker = kicker
        self.authors = authors
        self.published = published
        self.modified = modified
        self.source = source
        self.language = language
        self.direction = direction
        self.categories = categories
        self.tags = tags
        self.summary = summary
        self.body = body
        self.related = related
        self.resources = resources
        self.extra = extra
    }
}

extension Article {
    /// The language tag to write: the article's, or `und` (undetermined) when none is known.
    public var languageTag: String { language ?? "und" }

    /// The direction to write: the article's, or left to right when none is known.
    public var textDirection: TextDirection { direction ?? .leftToRight }
}
