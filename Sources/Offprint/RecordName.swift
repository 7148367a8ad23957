import Foundation
import OffprintCore

/// The readable part of a record's output name: `-` and the title's first words, in any script.
enum RecordName {
    static let maximumLength = 48

    static func slug(_ title: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isWordCharacter {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
                if result.unicodeScalars.count >= maximumLength { break }
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "" : "-" + result
    }

    /// The longest name made from a URL, in UTF-8 bytes (file names may have 255).
    static let maximumURLNameBytes = 150

    /// A file name from the address a record was captured from: host and path, every run of
    /// characters other than letters, digits, `.` and `_` made one `-`, the last segment's
    /// extension (`.html`, `.php`) dropped: `https://example.org/news/story.html?id=3` is
    /// `example.org-news-story-id-3`. Never empty, never a path, never starting with `.` or `-`.
    static func fromURL(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        var path = String(rest)
        if let slash = path.lastIndex(of: "/"), let dot = path.lastIndex(of: "."), dot > slash,
           path.distance(from: dot, to: path.endIndex) <= 6, path[path.index(after: dot)...].allSatisfy(\.isLetter) {
            path = String(path[..<dot])
        }
        let decoded = ((path + (query.isEmpty ? "" : "?" + query)).removingPercentEncoding ?? path).lowercased()
        var result = ""
        var pendingDash = false
        for scalar in decoded.unicodeScalars {
            if scalar.isWordCharacter || scalar == "." {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                guard result.utf8.count + String(scalar).utf8.count <= maximumURLNameBytes else { break }
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while result.hasPrefix(".") || result.hasPrefix("-") { result.removeFirst() }
        while result.hasSuffix(".") || result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "page" : result
    }
}
