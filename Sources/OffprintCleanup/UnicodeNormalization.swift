import OffprintCore
/// Puts every string of the article in Unicode NFC, trims white space from the ends of
/// one-line fields, and notes characters that XML 1.0 forbids (kept here and in JSON;
/// the markup writers drop them).
public struct UnicodeNormalization: CleanupPass {
    public let name = "unicode normalization"

    public init() {}

    public func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        var forbidden = 0
        article.transformText { text in
            let normalized = text.nfc
            if MarkupText.mayContainForbidden(normalized) {
                forbidden += normalized.unicodeScalars.count { !MarkupText.isAllowed($0) }
            }
            return normalized
        }
        article.title = article.title.trimmingWhitespace()
        article.kicker = article.kicker?.trimmingWhitespace()
        article.authors = article.authors.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if forbidden > 0 {
            warnings.append(ConversionWarning("\(forbidden) control character(s) that XML 1.0 forbids: kept in JSON and text, dropped from HTML and EPUB"))
        }
    }
}
