import OffprintCore
/// Sets the article's language from its text when the reader found none, and checks a given
/// tag is well-formed BCP 47 (`en_US` becomes `en-US`; `C` or `POSIX` are replaced).
public struct LanguageDetection: CleanupPass {
    public let name = "language detection"
    /// The detector to use.
    public let detector: LanguageDetector

    /// Creates the pass with a detector.
    public init(detector: LanguageDetector = .standard) {
        self.detector = detector
    }

    public func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        if let given = article.language {
            if let tag = LanguageTag(given) {
                article.language = tag.description
                return
            }
            warnings.append(ConversionWarning("'\(given)' is not a BCP 47 language tag; detecting the language from the text"))
        }
        article.language = detector.language(of: article.textSample()) ?? "und"
    }
}
