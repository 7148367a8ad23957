import OffprintCore

/// The order of articles in a collection.
public enum CollectionOrder: String, Sendable, CaseIterable {
    /// By input path (the order folders are walked in).
    case path
    /// By publication date, undated articles last, then by path.
    case date
    /// By title, then by path.
    case title
}

extension CollectionOrder {
    /// A text key that puts articles in this order (ties, and every article when ordering by
    /// path, go by their position among the inputs).
    public func sortKey(for article: Article) -> String {
        switch self {
        case .path: return ""
        case .date: return (article.published ?? article.modified).map { CollectionOrder.dateKey(secondsSince1970: $0.secondsSince1970) } ?? "~"
        case .title: return TextFolding.fold(article.title)
        }
    }

    /// Dates oldest first as text: the seconds shifted past zero (years from about 1200 on)
    /// and padded to one width.
    static func dateKey(secondsSince1970 seconds: Int) -> String {
        let shifted = String(max(0, seconds + 25_000_000_000))
        return String(repeating: "0", count: max(0, 20 - shifted.count)) + shifted
    }
}
