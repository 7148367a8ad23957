extension ArticleDate: Decodable {
    /// Reads an ISO 8601 date string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = ArticleDate(parsing: text) else {
            let reason = ArticleDate.hasYearOutOfRange(text) ? "is outside the years 1 to 9999" : "is not an ISO 8601 date"
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' \(reason)")
        }
        self = date
    }
}

extension ArticleDate {
    /// Whether `text` looks like a date whose year Offprint cannot carry: signed (`-0001`,
    /// `+10000`), of more than four digits, or year 0.
    static func hasYearOutOfRange(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        let isSigned = trimmed.hasPrefix("-") || trimmed.hasPrefix("+")
        let digits = trimmed.dropFirst(isSigned ? 1 : 0).prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst((isSigned ? 1 : 0) + digits.count)
        guard digits.count >= 4, rest.hasPrefix("-") else { return false }
        return isSigned || digits.count > 4 || digits == "0000"
    }

    /// The seconds since 1970 of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range of
    /// a `SOURCE_DATE_EPOCH` a book can carry.
    public static let representableSeconds = -62_135_596_800...253_402_300_799
}
