/// A link the article points readers to, such as a related article.
public struct Link: Sendable, Decodable, Hashable {
    /// The link's visible text, usually the linked article's headline.
    public var title: String
    /// Where the link goes, when the input said; scraped text often keeps only the headline.
    public var url: String?

    /// Creates a link with a title and an optional target.
    public init(title: String, url: String? = nil) {
        self.title = title
        self.url = url
    }
}
