/// Where an article came from.
public struct ArticleSource: Sendable, Decodable, Hashable {
    /// The article's address on the web, when known.
    public var url: String?
    /// The publishing site's name, such as "BBC News".
    public var siteName: String?
    /// The input file's path relative to the folder it was converted from (or its name).
    public var path: String?

    /// Creates a source; every part is optional.
    public init(url: String? = nil, siteName: String? = nil, path: String? = nil) {
        self.url = url
        self.siteName = siteName
        self.path = path
    }

    /// Whether nothing at all is known about the source.
    public var isEmpty: Bool { url == nil && siteName == nil && path == nil }
}
