/// Which link and image targets a Markdown note may hold.
enum MarkdownLinks {
    /// The target of a link from the article: what pages and books keep (`http`, `https`,
    /// `mailto`) plus relative references, which a note keeps as the article had them; `nil`
    /// for a target that would run something (`javascript:`, `data:`).
    static func target(_ raw: String) -> String? {
        LinkTarget.sanitize(raw) == nil ? nil : raw
    }

    /// The target of an image that was not loaded: an absolute `http` or `https` address, or a
    /// relative path that stays inside the note's folder (no `..`, no leading `/`, no scheme);
    /// `nil` for anything else, which is then written as its alternative text.
    static func imageTarget(_ raw: String) -> String? {
        if let external = LinkTarget.external(raw), !external.lowercased().hasPrefix("mailto:") { return raw }
        guard !raw.isEmpty, !raw.hasPrefix("/"), !raw.contains("\\"), !raw.contains(":") else { return nil }
        let path = raw.split(separator: "?", maxSplits: 1).first.map(String.init) ?? raw
        return path.split(separator: "/").contains("..") ? nil : raw
    }
}
