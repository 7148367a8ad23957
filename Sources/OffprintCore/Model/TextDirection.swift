/// The direction in which a run of text is read.
///
/// Offprint never takes a direction from the process locale: it comes from the input
/// (a header line, an HTML `dir` attribute, a JSON record), from the language, or from the
/// first strong characters of the text.
public enum TextDirection: String, Sendable, Codable, CaseIterable, Hashable {
    /// Left to right, as Latin, Cyrillic, Greek and CJK text.
    case leftToRight = "ltr"
    /// Right to left, as Arabic, Hebrew, Persian and Urdu text.
    case rightToLeft = "rtl"

    /// Whether text in this direction is read from right to left.
    public var isRightToLeft: Bool { self == .rightToLeft }

    /// Reads `"ltr"` or `"rtl"`; anything else is an error that says so.
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let direction = TextDirection(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected \"ltr\" or \"rtl\", found \"\(raw)\""))
        }
        self = direction
    }
}
