/// How text, code and link targets are written in Markdown so that a CommonMark reader with
/// GitHub's extensions (tables, strikethrough, autolinks) reads back exactly what was written:
/// text that looks like Markdown stays text.
///
/// Backslash escapes keep characters literal; a character that cannot be escaped where it stands
/// (a space opening a line, a line feed inside a paragraph) is written as a numeric character
/// reference; an empty HTML comment (`<!---->`, which renders as nothing) separates what must
/// not join (an e-mail address that would become a link).
enum MarkdownEscaping {
    /// Separates two pieces of Markdown that would otherwise join into one construct.
    static let separator = "<!---->"

    /// `text` as Markdown text. `atLineStart`: the text opens a line, where `#`, `>`, `-`, `+`,
    /// `=`, `:`, `1.` and indentation mean something. `inHeading`: `#` is escaped everywhere (a
    /// heading drops a closing run of them). `inTable`: cells are split at `|` before anything
    /// else (it is always escaped).
    static func text(_ text: String, atLineStart: Bool, inHeading: Bool = false) -> String {
        guard needsEscaping(text, atLineStart: atLineStart, inHeading: inHeading) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var escapeAt = -1 // the `.` or `)` after a line's opening digits
        for index in scalars.indices {
            let scalar = scalars[index]
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if index == 0, atLineStart {
                if scalar == " " || scalar == "\t" {
                    result += reference(scalar)
                    continue
                }
                // `:` too: a line of `:` and `-` under another is a table's delimiter row.
                if "#>-+=:".unicodeScalars.contains(scalar) {
                    result += "\\" + String(scalar)
                    continue
                }
                var digits = 0
                while digits < scalars.count, ("0"..."9").contains(scalars[digits]) { digits += 1 }
                if digits > 0, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" { escapeAt = digits }
            }
            switch scalar {
            case "\\", "`", "*", "[", "]", "<", "~", "|":
                result += "\\" + String(scalar)
            case "_" where !(previous.map(isAlphanumeric) == true && next.map(isAlphanumeric) == true):
                result += "\\_"
            case "&" where next.map { isAlphanumeric($0) && $0.isASCII || $0 == "#" } == true:
                result += "\\&"
            case "!" where next == nil || next == "[":
                result += "\\!"
            case "#" where inHeading:
                result += "\\#"
            case "\n", "\r":
                result += reference(scalar)
            case ":" where next == "/" && index + 2 < scalars.count && scalars[index + 2] == "/":
                // `http://...` in text would become a link (GFM autolinks).
                result += "\\:"
            case "." where index >= 3 && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www":
                result += "\\."
            case "@" where previous.map { isAlphanumeric($0) || "._+-".unicodeScalars.contains($0) } == true && next.map(isAlphanumeric) == true:
                // `name@example.org` would become a mailto: link; no escape stops it, a break does.
                result += separator + "@"
            case _ where index == escapeAt:
                result += "\\" + String(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `text` holds anything `text(_:atLineStart:inHeading:)` would change: one scan of
    /// its bytes, since most text (prose in any script) holds nothing of the kind.
    static func needsEscaping(_ text: String, atLineStart: Bool, inHeading: Bool) -> Bool {
        let bytes = text.utf8
        if atLineStart, let first = bytes.first, " \t#>-+=:0123456789".utf8.contains(first) { return true }
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                 UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "_"), UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "@"),
                 UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return true
            case UInt8(ascii: "#") where inHeading:
                return true
            case UInt8(ascii: ".") where previous.0 | 0x20 == UInt8(ascii: "w") && previous.1 | 0x20 == UInt8(ascii: "w") && previous.2 | 0x20 == UInt8(ascii: "w"):
                return true
            case UInt8(ascii: "/") where previous.2 == UInt8(ascii: ":"):
                return true
            default:
                break
            }
            previous = (previous.1, previous.2, byte)
            index = bytes.index(after: index)
        }
        return false
    }

    /// A numeric character reference: `&#32;`.
    static func reference(_ scalar: Unicode.Scalar) -> String { "&#\(scalar.value);" }

    /// Letters and digits of any script: what `_` inside a word sits between.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// White space as CommonMark's delimiter rules see it.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .spaceSeparator || "\t\n\u{0B}\u{0C}\r".unicodeScalars.contains(scalar)
    }

    /// Punctuation as CommonMark's delimiter rules see it (cmark-gfm: ASCII punctuation and
    /// Unicode's P categories).
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x21...0x2F).contains(scalar.value) || (0x3A...0x40).contains(scalar.value) || (0x5B...0x60).contains(scalar.value) || (0x7B...0x7E).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// A code span that reads back as `code`: fenced by more backticks than any run inside it,
    /// padded with a space when it starts or ends with a backtick or with spaces on both sides.
    /// A line break inside inline code cannot be written (CommonMark reads it as a space).
    static func codeSpan(_ code: String, inTable: Bool) -> String {
        guard !code.isEmpty else { return "" }
        var content = code.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        if inTable { content = content.replacingOccurrences(of: "|", with: "\\|") }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: content) + 1)
        let allSpaces = content.allSatisfy { $0 == " " }
        let pad = content.hasPrefix("`") || content.hasSuffix("`") || (!allSpaces && content.hasPrefix(" ") && content.hasSuffix(" ")) ? " " : ""
        return fence + pad + content + pad + fence
    }

    /// The longest run of `character` in `text`.
    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for each in text {
            current = each == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// A link or image destination: as it is when that is unambiguous, else in `<...>` with
    /// `<`, `>` and `\` escaped. Character references (`&amp;`) would be decoded, so an `&`
    /// that starts one is escaped; a line break cannot be written and becomes `%0A`.
    static func destination(_ url: String) -> String {
        var needsBrackets = url.isEmpty
        var escaped = ""
        let scalars = Array(url.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "\n": escaped += "%0A"
            case "\r": escaped += "%0D"
            case "\\", "<", ">": escaped += "\\" + String(scalar); needsBrackets = true
            case "&" where next.map { $0.isASCII && isAlphanumeric($0) || $0 == "#" } == true: escaped += "\\&"
            case " ", "(", ")": escaped.unicodeScalars.append(scalar); needsBrackets = true
            default:
                if scalar.properties.generalCategory == .control { needsBrackets = true }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return needsBrackets ? "<" + escaped + ">" : escaped
    }
}
