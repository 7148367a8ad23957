import Foundation
import OffprintCore
import OffprintPlatform

/// The names a page gives its publisher (`og:site_name`, `application-name`, the JSON-LD
/// publisher, the host of its address), used to take the site's name off a headline that
/// carries it: `Story - Site`, `Story | Site | by Author`, `Site | Story`, `記事_サイト`.
///
/// Names are compared by their letters and digits only, case-folded, so `Golem.de`, `golem.de`
/// and the host `www.golem.de` are one name. A part of the headline is the site's name when it
/// is one of these names, or (for parts set off by a spaced separator) holds one of them with
/// little else (`Daily Mail Online` for `Mail Online`) or is held by one, four letters or more.
struct SiteName {
    /// The names' keys (letters and digits, lower-cased): four characters or more, or two or
    /// more outside ASCII.
    let keys: [String]

    /// What sets a site's name off a headline, with spaces around it.
    static let spacedSeparators = [" | ", " - ", " – ", " — ", " -- ", " / ", " » ", " « ", " \\ ", " · ", " • ", " :: ", " ｜ "]
    /// Separators written without spaces, as CJK titles join a site's name (`記事_サイト`,
    /// `기사ㅣ사이트`, `記事｜サイト`, `記事：サイト`); a part after one must be exactly a name, and
    /// the separator must touch a character outside ASCII.
    static let tightSeparators = ["_", "｜", "|", "：", "ㅣ", "-", "－"]

    /// The most letters a part may hold besides a name it contains and still be the site's name.
    static let looseExtra = 8

    /// A stated name longer than this (in characters or words) is not a site's name.
    static let maximumNameLength = 48
    static let maximumNameWords = 5

    init(names: [String?], url: String?) {
        var keys: [String] = []
        // Some pages fill a name field with the headline: a name is a few words.
        for name in names.compactMap({ $0 }) where name.count <= SiteName.maximumNameLength
            && name.split(whereSeparator: \.isWhitespace).count <= SiteName.maximumNameWords {
            keys.append(SiteName.key(name))
        }
        if let url, let host = URL(string: url)?.host?.lowercased() {
            let labels = host.split(separator: ".").map(String.init).filter { $0 != "www" && $0 != "m" }
            keys.append(SiteName.key(labels.joined()))
            // The registrable label without its suffix: `golem` of `www.golem.de`.
            if labels.count >= 2 { keys.append(SiteName.key(labels[labels.count - 2])) }
        }
        // Short keys would match words of headlines; names in scripts without spaces are short.
        self.keys = Array(Set(keys.filter { $0.count >= 4 || ($0.count >= 2 && !$0.unicodeScalars.allSatisfy(\.isASCII)) })).sorted()
    }

    /// Whether an unspaced separator between `before` and `after` joins text in a script
    /// without spaces (`記事_サイト`), not a compound (`Foto-Bild`, `Golem-Test`).
    static func joinsCJK(_ before: String, _ after: String) -> Bool {
        [before.unicodeScalars.last, after.unicodeScalars.first].contains { $0.map { !$0.isASCII } ?? false }
    }

    /// Letters and digits, lower-cased.
    static func key(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }

    /// Whether `part` names the site: exactly, or (when `loosely`) holding a name or held by one.
    func names(_ part: Substring, loosely: Bool) -> Bool {
        let key = SiteName.key(part)
        guard !key.isEmpty else { return false }
        return keys.contains { name in
            key == name || (loosely && key.count >= 4
                            && ((key.count <= name.count + SiteName.looseExtra && key.contains(name)) || name.contains(key)))
        }
    }

    /// `title` without the site's name: the part before the first separator that is followed
    /// by the name (and whatever trails it), else the part after a leading name. A title that
    /// is nothing but the name, or that names no site, comes back as it is.
    func removed(from title: String) -> String {
        guard !keys.isEmpty else { return title }
        // Foundation splits at characters canonically equivalent to the separator's, so where
        // the separator's bytes are absent it finds nothing, unless the title holds U+0387 (the
        // Greek ano teleia, which is `·`): skip the split there (it took 57,000 instructions).
        let mayHoldAnoTeleia = title.containsBytes(of: "\u{0387}")
        for (separator, loosely) in SiteName.spacedSeparators.map({ ($0, true) }) + SiteName.tightSeparators.map({ ($0, false) }) {
            guard mayHoldAnoTeleia || title.containsBytes(of: separator) else { continue }
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            // A trailing name: `Story - Site`, `Story | Site | by Author`.
            for index in 1..<parts.count where (loosely || SiteName.joinsCJK(parts[index - 1], parts[index])) && names(parts[index][...], loosely: loosely) {
                let kept = parts[..<index].joined(separator: separator).trimmingWhitespace()
                if !kept.isEmpty, !names(kept[...], loosely: false) { return kept }
            }
            // A leading name: `Site | Story` (never `Site-Interview`).
            if loosely, names(parts[0][...], loosely: false) {
                let kept = parts[1...].joined(separator: separator).trimmingWhitespace()
                if !kept.isEmpty { return kept }
            }
        }
        return title
    }
}
