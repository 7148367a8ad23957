/// A well-formed BCP 47 language tag (RFC 5646), in its conventional casing: `ar`, `en-GB`,
/// `zh-Hant-TW`, `sr-Latn`.
///
/// Locale names such as `C`, `POSIX` or a region alone (`US`, `GB`) are refused; `en_US` is
/// accepted and written `en-US`. The primary subtag must be two or three letters: longer ones
/// are well-formed in RFC 5646 but none is registered, and in practice they are locale names. A
/// two-letter one must be an ISO 639-1 code, which is what tells `US` (a region) from `uk`
/// (Ukrainian); a region that is also a language code (`SA`, Sanskrit) cannot be told apart.
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    /// The subtags in conventional casing.
    public let subtags: [String]

    /// Parses a tag; returns `nil` when it is not well-formed BCP 47.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
            .map { $0.lowercased() }
        guard let language = parts.first, parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isASCIIAlphanumeric) }),
              (2...3).contains(language.count), language.allSatisfy(\.isLetter),
              language.count == 3 || LanguageTag.twoLetterCodes.contains(language) else { return nil }
        var result = [language]
        var index = 1
        // extlang (up to three), only after a 2–3 letter language
        while language.count <= 3, index < parts.count, index <= 3, parts[index].count == 3, parts[index].allSatisfy(\.isLetter) {
            result.append(parts[index]); index += 1
        }
        if index < parts.count, parts[index].count == 4, parts[index].allSatisfy(\.isLetter) {
            result.append(parts[index].prefix(1).uppercased() + parts[index].dropFirst()); index += 1
        }
        if index < parts.count, (parts[index].count == 2 && parts[index].allSatisfy(\.isLetter)) || (parts[index].count == 3 && parts[index].allSatisfy(\.isNumber)) {
            result.append(parts[index].uppercased()); index += 1
        }
        while index < parts.count, LanguageTag.isVariant(parts[index]) {
            result.append(parts[index]); index += 1
        }
        // extensions and private use: a singleton followed by at least one subtag
        while index < parts.count, parts[index].count == 1 {
            let singleton = parts[index]
            let minimum = singleton == "x" ? 1 : 2
            var following = index + 1
            while following < parts.count, parts[following].count >= minimum, singleton == "x" || parts[following].count > 1 {
                following += 1
            }
            guard following > index + 1 else { return nil }
            result += parts[index..<following]
            index = following
            if singleton == "x" { break }
        }
        guard index == parts.count else { return nil }
        subtags = result
    }

    /// ISO 639-1, with the withdrawn codes old pages still carry (`iw`, `in`, `ji`, `sh`, `mo`).
    static let twoLetterCodes: Set<String> = Set("""
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo
        es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg
        ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn
        no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta
        te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu iw in ji sh mo
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    private static func isVariant(_ subtag: String) -> Bool {
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first!.isNumber)
    }

    /// The primary language subtag, such as `ar` in `ar-EG`.
    public var language: String { subtags[0] }

    /// The tag with `-` between subtags.
    public var description: String { subtags.joined(separator: "-") }
}

extension Character {
    var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
