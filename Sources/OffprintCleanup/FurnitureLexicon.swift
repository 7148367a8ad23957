import OffprintCore
/// Phrases that sites put around an article ("Related articles", "Leave a reply", "Back to top"...)
/// in many languages, read from `Resources/furniture-lexicon.tsv`.
///
/// Lines are compared after `FurnitureLexicon.normalize(_:)`, so case, punctuation, digits,
/// Arabic diacritics and spacing do not matter.
public struct FurnitureLexicon: Sendable {
    /// What a furniture phrase is for; the text reader treats some kinds as the end of the article.
    public enum Kind: String, Sendable, CaseIterable {
        case related, comments, notice, navigation, share, tags, cookie, advert
        /// A label or message of a widget that sites put inside the article (a video player's,
        /// a newsletter form's, an embed's consent): not article text, yet no sign that the
        /// article ends or has not begun.
        case widget

        /// Whether this phrase marks the end of the article body: a comment section or a
        /// comment-form notice. ("Related" boxes also appear inside articles, so they do not.)
        public var endsArticle: Bool {
            switch self {
            case .comments, .notice: return true
            case .related, .navigation, .share, .tags, .cookie, .advert, .widget: return false
            }
        }
    }

    private var wholeLines: [String: Kind] = [:]
    /// The longest whole-line phrase and prefix, in characters after normalisation.
    private var longestLine = 0
    private var longestPrefix = 0
    /// Prefix phrases grouped by their first word, longest first.
    private var prefixes: [String: [(phrase: String, kind: Kind)]] = [:]

    /// The lexicon shipped with Offprint.
    public static let standard: FurnitureLexicon = {
        guard let text = EmbeddedResources.files["Resources/furniture-lexicon.tsv"] else { return FurnitureLexicon() }
        // The shipped file is checked by the tests; a malformed row here would be a build defect.
        return (try? FurnitureLexicon(tsv: text)) ?? FurnitureLexicon()
    }()

    /// An empty lexicon.
    public init() {}

    /// Reads a lexicon from `kind<TAB>match<TAB>lang<TAB>phrase` rows (`#` comments, a header row).
    public init(tsv: String) throws(ConversionError) {
        var sawHeader = false
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.isBlank { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if !sawHeader {
                sawHeader = true
                continue
            }
            guard fields.count == 4, let kind = Kind(rawValue: String(fields[0])), ["line", "prefix"].contains(fields[1]) else {
                throw ConversionError(.malformed("furniture lexicon line \(number + 1): expected kind, match (line|prefix), lang, phrase"))
            }
            let phrase = FurnitureLexicon.normalize(fields[3])
            guard !phrase.isEmpty else { continue }
            let firstWord = FurnitureLexicon.prefixKey(phrase)
            if fields[1] == "line" {
                wholeLines[phrase] = kind
                longestLine = max(longestLine, phrase.count)
            } else {
                prefixes[firstWord, default: []].append((phrase, kind))
                longestPrefix = max(longestPrefix, phrase.count)
            }
        }
        for key in prefixes.keys {
            prefixes[key]?.sort { $0.phrase.count > $1.phrase.count }
        }
    }

    /// The kind of furniture this line is, or `nil` when it is not furniture.
    public func kind(of line: some StringProtocol) -> Kind? {
        let scalars = line.unicodeScalars
        // A line much longer than every whole-line phrase can only be furniture if it starts
        // like a prefix phrase: its first word decides whether the rest is worth normalising.
        let lineLimit = 2 * longestLine + 8
        let bytes = line.utf8.count
        let isLong = bytes > lineLimit * 4 || (bytes > lineLimit && FurnitureLexicon.scalarCount(of: line.utf8) > lineLimit)
        if isLong {
            let firstWord = FurnitureLexicon.normalize(scalars, limit: 32, stopAtFirstWord: true).text
            guard prefixes[FurnitureLexicon.prefixKey(firstWord)] != nil else { return nil }
        }
        let normalized = FurnitureLexicon.normalize(scalars, limit: max(lineLimit, longestPrefix + 8)).text
        guard !normalized.isEmpty else { return nil }
        if !isLong, let kind = wholeLines[normalized] { return kind }
        for candidate in prefixes[FurnitureLexicon.prefixKey(normalized)] ?? [] where normalized.hasPrefix(candidate.phrase) {
            return candidate.kind
        }
        return nil
    }

    /// The number of Unicode scalars in UTF-8 bytes: the bytes that do not continue a sequence.
    static func scalarCount(of utf8: some Collection<UInt8>) -> Int {
        let isLead = { (byte: UInt8) in byte & 0xC0 != 0x80 }
        return utf8.withContiguousStorageIfAvailable { $0.count(where: isLead) } ?? utf8.count(where: isLead)
    }

    /// How prefix phrases are grouped: by first word, or by first character in scripts written
    /// without spaces.
    static func prefixKey(_ normalized: String) -> String {
        guard let first = normalized.unicodeScalars.first else { return "" }
        if first.isDenseScript { return String(first) }
        return String(normalized.prefix { $0 != " " })
    }

    /// Lower-cases, drops digits, punctuation, symbols, Arabic diacritics and tatweel, and
    /// collapses white space, so that variants of one phrase compare equal (`TextFolding`).
    public static func normalize(_ text: some StringProtocol) -> String {
        TextFolding.fold(text)
    }

    static func normalize<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars, limit: Int, stopAtFirstWord: Bool = false) -> (text: String, truncated: Bool) {
        TextFolding.fold(scalars, limit: limit, stopAtFirstWord: stopAtFirstWord)
    }
}
