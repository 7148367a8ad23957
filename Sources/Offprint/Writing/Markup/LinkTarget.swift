/// Makes a link target from an input safe and valid to write into a page.
///
/// Only `http`, `https`, `mailto` and relative references are kept (never `javascript:` or
/// `data:` from article input), and characters a URL may not hold, such as spaces, are
/// percent-encoded.
enum LinkTarget {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The cleaned target, or `nil` when the link must not be written.
    static func sanitize(_ raw: String) -> String? {
        let trimmed = raw.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if let colon = trimmed.firstIndex(of: ":") {
            let scheme = trimmed[..<colon]
            let looksLikeScheme = scheme.first?.isLetter == true
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            if looksLikeScheme, !allowedSchemes.contains(scheme.lowercased()) { return nil }
        }
        var result = ""
        for scalar in trimmed.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { result += "%" + hex(byte) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
