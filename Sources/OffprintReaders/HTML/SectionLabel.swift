import Foundation
import OffprintCore
import OffprintPlatform
import OffprintCleanup

/// A page's stated section (`articleSection`, `article:section`) as the article's kicker, kept
/// only when it reads as a section label: a few words, not a list of tags, not the site's name
/// or address, not a URL slug, not a template's empty value (`nil`, `null`), not a lone symbol
/// or number, not page furniture (`Menu`, `Share`:
/// the furniture lexicon's phrases).
enum SectionLabel {
    /// A section label has at most this many words...
    static let maximumWords = 4
    /// ...and at most this many characters.
    static let maximumCharacters = 40

    /// The label `stated` gives, or `nil` when it is no section label. A list (`A, B, C`) is
    /// read as its first item, as a list in the structured data is.
    static func label(_ stated: String?, site: SiteName) -> String? {
        guard let stated else { return nil }
        let decoded = DOMNode.collapseWhitespace(HTMLText.decodingEntities(stated))
        let first = decoded.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "、" || $0 == "，" }).first
        let label = first.map { $0.trimmingWhitespace() } ?? ""
        guard !label.isEmpty, label.count <= maximumCharacters,
              label.split(whereSeparator: \.isWhitespace).count <= maximumWords,
              label.unicodeScalars.contains(where: \.properties.isAlphabetic), !PlaceholderValue.isPlaceholder(label),
              !isAddressOrSlug(label), !site.names(label[...], loosely: false),
              FurnitureLexicon.standard.kind(of: label) == nil else { return nil }
        return label
    }

    /// One word with a dot before a final run of letters (`example.com`), or with an underscore
    /// or lower-case words joined by hyphens (`culture_lifestyle`, `world-news`).
    static func isAddressOrSlug(_ label: String) -> Bool {
        guard !label.contains(where: \.isWhitespace) else { return false }
        if label.contains("_") { return true }
        if label.contains("-"), label == label.lowercased(), label.contains(where: \.isLetter) { return true }
        if let dot = label.lastIndex(of: "."), dot != label.startIndex {
            let suffix = label[label.index(after: dot)...]
            return (2...6).contains(suffix.count) && suffix.allSatisfy(\.isLetter)
        }
        return false
    }
}
