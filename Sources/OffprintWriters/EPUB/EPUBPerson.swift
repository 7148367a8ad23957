import Foundation
import OffprintCore
/// A `dc:creator` or `dc:contributor` of a book: a name, with the language of the article it
/// came from (written as the element's `xml:lang` when it differs from the book's).
struct EPUBPerson: Sendable, Hashable {
    let name: String
    let language: String?

    /// Words that name a role or a desk rather than a person, in the languages Offprint reads
    /// most: a byline of just one of them is not an author.
    static let roleWords: Set<String> = [
        "editorial", "editor", "editors", "staff", "admin", "administrator", "anonymous", "unknown", "guest", "team",
        "newsroom", "redaktion", "rédaction", "redacción", "redazione", "redactie", "редакция",
        "التحرير", "المحرر", "هيئة التحرير", "המערכת", "编辑部", "編集部",
    ]

    /// Whether a byline value reads as a person's or an organisation's name: it has letters,
    /// is not a handle (`@x`), an address or a bare role word such as "Editorial".
    static func isName(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = trimmed.unicodeScalars.first, first != "@", first != "#" else { return false }
        guard trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        if trimmed.contains("://") || trimmed.hasPrefix("www.") || (trimmed.contains("@") && !trimmed.contains(" ")) { return false }
        return !roleWords.contains(trimmed.lowercased())
    }
}
