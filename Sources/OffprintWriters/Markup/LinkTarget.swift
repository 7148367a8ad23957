/// Makes a link target safe and valid to write into a page.
///
/// Only `http`, `https`, `mailto` and relative references are kept (never `javascript:` or
/// `data:` from article input), and characters a URL may not hold, such as spaces, are
/// percent-encoded.
package enum LinkTarget {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The target of a link from an article (body, related, source): only absolute `http`,
    /// `https` and `mailto` targets, since a relative one ("/about", "other.html") that the
    /// reader could not resolve points nowhere in a page read offline, and out of the
    /// container in a book. A scheme-relative target ("//host/path") gets `https:`.
    static func external(_ raw: String) -> String? {
        guard var target = sanitize(raw) else { return nil }
        if target.hasPrefix("//") { target = "https:" + target }
        guard let colon = target.firstIndex(of: ":"), allowedSchemes.contains(target[..<colon].lowercased()) else { return nil }
        return target
    }

    /// A link to a file the batch wrote, from the page at the output root: `path` (relative to
    /// the root, `/`-separated) with every segment percent-encoded but for letters, digits and
    /// `-._~`, behind `./`. A name such as `javascript:alert(1).html` can then only be a file,
    /// and `#`, `?`, `%` and spaces in names lead to the file of that name.
    static func relativeFile(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map { segment in
            // Nearly every name is letters, digits and -._ only: written as it is.
            if segment.utf8.allSatisfy(LinkTarget.isUnreservedASCII) { return String(segment) }
            var encoded = ""
            for scalar in segment.unicodeScalars {
                let keep = scalar.isASCII
                    ? LinkTarget.isUnreservedASCII(UInt8(scalar.value))
                    : !(scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                        || scalar.properties.isWhitespace || scalar.properties.generalCategory == .unassigned)
                if keep {
                    encoded.unicodeScalars.append(scalar)
                } else {
                    for byte in String(scalar).utf8 { encoded += "%" + hex(byte) }
                }
            }
            return encoded
        }
        return "./" + segments.joined(separator: "/")
    }

    /// ASCII letters, digits and `-._~`: what a path segment may hold unencoded (RFC 3986).
    static func isUnreservedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): return true
        default: return false
        }
    }

    /// The cleaned target, or `nil` when the link must not be written.
    package static func sanitize(_ raw: String) -> String? {
        let trimmed = raw.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if let colon = trimmed.firstIndex(of: ":") {
            let scheme = trimmed[..<colon]
            let looksLikeScheme = scheme.first?.isLetter == true
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            if looksLikeScheme, !allowedSchemes.contains(scheme.lowercased()) { return nil }
        }
        guard trimmed.containsUTF8Byte(where: mustBeEscaped) else { return trimmed }
        var result = ""
        for scalar in trimmed.unicodeScalars {
            if scalar.isASCII, mustBeEscaped(UInt8(scalar.value)) {
                result += "%" + hex(UInt8(scalar.value))
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Controls, space, DEL and the characters URLs may not hold as they are.
    private static func mustBeEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
             UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
