/// Which link and image targets a Markdown note may hold.
enum MarkdownLinks {
    /// The target of a link from the article: what pages and books keep (`http`, `https`,
    /// `mailto`) plus relative references that stay inside the note's folder (`other.md`,
    /// `#section`), which a note keeps as the article had them; `nil` for a target that would
    /// run something (`javascript:`, `data:`) or lead out of the folder (`../x`, `/etc/x`).
    static func target(_ raw: String) -> String? {
        guard LinkTarget.sanitize(raw) != nil else { return nil }
        if LinkTarget.external(raw) != nil, !raw.hasPrefix("//") { return raw }
        return staysInFolder(raw) ? raw : nil
    }

    /// Whether a relative reference names something inside the note's folder.
    static func staysInFolder(_ raw: String) -> Bool {
        guard !raw.isEmpty, !raw.hasPrefix("/"), !raw.contains("\\"), !raw.contains(":") else { return false }
        let path = raw.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? ""
        return !path.split(separator: "/").contains("..")
    }

    /// The target of an image that was not loaded: an absolute `http` or `https` address, or a
    /// relative path that stays inside the note's folder (no `..`, no leading `/`, no scheme);
    /// `nil` for anything else, which is then written as its alternative text.
    static func imageTarget(_ raw: String) -> String? {
        if LinkTarget.external(raw) != nil, !raw.hasPrefix("//"), !raw.lowercased().hasPrefix("mailto:") { return raw }
        return staysInFolder(raw) && !raw.hasPrefix("#") ? raw : nil
    }
}
