import Foundation

/// A block of MIME header fields (RFC 5322 / RFC 2045): names compared without case, folded
/// lines joined, and the parameters of structured fields (`boundary="..."`) read out.
struct MIMEHeaders: Sendable {
    /// The fields in order, names lower-cased.
    private(set) var fields: [(name: String, value: String)] = []

    /// The most fields one header block may hold; further ones are ignored.
    static let maximumFields = 200

    /// Parses header lines (already split, without line breaks); a line that is not a field
    /// and does not continue one is ignored.
    init(lines: some Sequence<Substring>) {
        for line in lines {
            if let first = line.first, first == " " || first == "\t" {
                if !fields.isEmpty { fields[fields.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces) }
                continue
            }
            guard fields.count < MIMEHeaders.maximumFields, let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty, !name.contains(" ") else { continue }
            fields.append((name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
    }

    /// The first field named `name` (any case).
    subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name == wanted }?.value
    }

    /// The media type of `Content-Type`, lower-cased (`text/html`), or `nil`.
    var mediaType: String? {
        self["content-type"].map { String($0.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// A parameter of a structured field, such as `boundary` of `Content-Type`; quotes removed.
    func parameter(_ parameter: String, of field: String) -> String? {
        guard let value = self[field] else { return nil }
        var rest = Substring(value)
        // Skip the value itself, then read `name=value` pairs, honouring quoted strings.
        guard let firstSemicolon = rest.firstIndex(of: ";") else { return nil }
        rest = rest[rest.index(after: firstSemicolon)...]
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
            var parsed = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped { parsed.append(character); escaped = false }
                    else if character == "\\" { escaped = true }
                    else if character == "\"" { break }
                    else { parsed.append(character) }
                }
                rest = rest.drop { $0 != ";" }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                parsed = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            if name == parameter.lowercased() { return parsed }
        }
        return nil
    }
}
