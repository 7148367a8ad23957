/// What Offprint's Markdown notes write where Markdown has no construct of its own, shared by
/// the writer that writes it and the reader that takes it back.
package enum MarkdownConventions {
    /// The HTML comment that opens a note's related links: a heading and a list of links after
    /// it, at the end of the note.
    package static let relatedMarker = "<!-- offprint:related -->"

    /// The isolate initiators whose wrapping of a whole paragraph gives its direction:
    /// LRI (left to right) and RLI (right to left), closed by PDI.
    package static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
    package static let rightToLeftIsolate: Unicode.Scalar = "\u{2067}"
    package static let popIsolate: Unicode.Scalar = "\u{2069}"
}
