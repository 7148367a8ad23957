import OffprintCore
/// The two serialisations Offprint writes: HTML5 for standalone pages, XHTML for EPUB.
public enum MarkupSyntax: Sendable {
    case html
    case xhtml

    /// A void element: `<br>` in HTML, `<br/>` in XHTML.
    func void(_ name: String, attributes: String = "") -> String {
        self == .html ? "<\(name)\(attributes)>" : "<\(name)\(attributes)/>"
    }

    /// ` lang="ar" dir="rtl"` (plus `xml:lang` in XHTML) for the given language and direction.
    func languageAttributes(language: String?, direction: TextDirection?) -> String {
        var attributes = ""
        // Only a well-formed tag becomes an attribute, whichever reader or library user made it.
        if let language, let tag = LanguageTag(language) {
            let escaped = MarkupText.escaped(tag.description)
            attributes += " lang=\"\(escaped)\""
            if self == .xhtml { attributes += " xml:lang=\"\(escaped)\"" }
        }
        if let direction { attributes += " dir=\"\(direction.rawValue)\"" }
        return attributes
    }
}
