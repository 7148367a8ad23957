import Mustache
import OffprintCore

/// How `{{value}}` is escaped in Offprint's templates: with `MarkupText`, which escapes
/// `& < > " '` and drops characters HTML and XML forbid, and is far faster than the
/// library's character-by-character default. Templates get it through a pragma that
/// `TemplateSet` puts in front of each one, so theme authors write plain Mustache.
struct MarkupContentType: MustacheContentType {
    static let name = "OFFPRINT_MARKUP"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    func escapeText(_ text: String) -> String {
        MarkupText.escaped(text)
    }

    private static let registration: Void = {
        MustacheContentTypes.register(MarkupContentType(), named: name)
    }()

    /// Registers the content type with the Mustache library, once per process.
    static func registerOnce() {
        _ = registration
    }
}
