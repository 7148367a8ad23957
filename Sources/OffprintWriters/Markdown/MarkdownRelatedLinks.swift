import OffprintCore

/// An article's related links at the end of its note: an HTML comment that marks the section
/// (`<!-- offprint:related -->`, which renders as nothing and by which the Markdown reader
/// takes the section back as related links), a heading in the article's language, and a list
/// of the links (a headline without an address as text).
enum MarkdownRelatedLinks {
    /// The comment that opens the section.
    static let marker = MarkdownConventions.relatedMarker

    static func lines(of related: [Link], labels: PageLabels, afterBody: Bool) -> [String] {
        guard !related.isEmpty else { return [] }
        var lines = afterBody ? [""] : []
        lines += [marker, "## " + MarkdownEscaping.text(labels.related, atLineStart: false, inHeading: true), ""]
        for link in related {
            let title = MarkdownEscaping.text(link.title, atLineStart: true)
            if let url = link.url.flatMap(MarkdownLinks.target) {
                lines.append("- [" + MarkdownEscaping.text(link.title, atLineStart: false) + "](" + MarkdownEscaping.destination(url) + ")")
            } else {
                lines.append(title.isEmpty ? "-" : "- " + title)
            }
        }
        return lines
    }
}
