/// What happens to the images an article carries.
public enum ImagePolicy: String, Sendable, CaseIterable {
    /// HTML pages embed them as `data:` URLs, EPUB books package them.
    case embed
    /// Only their alternative text is kept.
    case drop
}
