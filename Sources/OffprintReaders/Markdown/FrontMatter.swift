import Yams
import OffprintCore

/// YAML front matter at the top of a Markdown file (between `---` lines), read with Yams.
///
/// Known keys set article fields: `title`, `author`/`authors`, `date`, `updated`, `lang`,
/// `dir`, `tags`, `categories`, `url`, `summary`, `site`; every other key goes to `extra`.
struct FrontMatter {
    /// The Markdown after the front matter.
    let body: Substring
    /// The key–value pairs, in order.
    let fields: [(key: String, value: Node)]

    /// Splits front matter from the text; `nil` fields when there is none.
    init(_ text: String) throws(ConversionError) {
        // CRLF, LF or CR line ends, as the text reader splits them; the lines share the text's indices.
        let lines = text.hasPrefix("---") ? PlainTextReader.lines(of: text) : []
        guard lines.count > 1, lines[0] == "---" else {
            body = Substring(text)
            fields = []
            return
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" || $0.trimmingWhitespace() == "..." }) else {
            throw ConversionError(.malformed("front matter: line 1: starts with --- but has no closing --- line"))
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        // After the closing line and its line break ("\r\n" is one Character).
        let closing = lines[end]
        body = closing.base[closing.endIndex...].dropFirst()
        try FrontMatter.checkAliasKeys(in: lines[1..<end])
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConversionError(.malformed("front matter: \(FrontMatter.describe(error, lineOffset: 1))"), underlyingError: error)
        } catch {
            throw ConversionError(error, stage: .reading) { .malformed("front matter: \($0)") }
        }
        guard let node else {
            fields = []
            return
        }
        guard let mapping = node.mapping else {
            throw ConversionError(.malformed("front matter: line 2: is not a list of key: value lines"))
        }
        try FrontMatter.checkExpansion(of: mapping, budget: FrontMatter.expansionBudget(yaml))
        fields = mapping.compactMap { key, value in key.string.map { ($0, value) } }
    }

    /// How many values and bytes the front matter may reach once its aliases are expanded:
    /// a few times its own size (without aliases it is never more than that).
    static func expansionBudget(_ yaml: String) -> Int { 100_000 + 4 * yaml.utf8.count }

    /// Refuses, before Yams composes it, front matter that uses an alias as a key (`*a: x`,
    /// `? *a`, `{*a : x}`): Yams hashes keys to find duplicates, and a hash walks the alias's
    /// whole expansion, so a few hundred bytes would hash for hours. (libyaml itself bounds
    /// nesting.) Conservative: a `*` that only looks like one in a plain scalar is refused too.
    static func checkAliasKeys(in lines: ArraySlice<Substring>) throws(ConversionError) {
        var afterQuestionMark = false
        for (offset, line) in lines.enumerated() {
            var previous: Character = afterQuestionMark ? "?" : " "
            for index in line.indices {
                let character = line[index]
                if character == "*", " [{,?:-".contains(previous) {
                    let after = line[line.index(after: index)...]
                    let name = after.prefix(while: { !" ,[]{}:".contains($0) })
                    let tail = after.dropFirst(name.count).drop(while: { $0 == " " || $0 == "\t" })
                    if !name.isEmpty, tail.first == ":" || previous == "?" {
                        throw ConversionError(.malformed("front matter: line \(offset + 2): an alias (*\(name)) used as a key is not supported"))
                    }
                }
                if character != " ", character != "\t" { previous = character }
            }
            afterQuestionMark = previous == "?"
        }
    }

    /// Walks every top-level value as its aliases expand, without recursion, and stops with
    /// an error naming the key's line once the values and their bytes pass `budget` (a few
    /// hundred bytes of aliases can stand for billions of values).
    static func checkExpansion(of mapping: Node.Mapping, budget: Int) throws(ConversionError) {
        var remaining = budget
        for (key, value) in mapping {
            var stack = [key, value]
            while let node = stack.popLast() {
                switch node {
                case .scalar(let scalar): remaining -= 1 + scalar.string.utf8.count
                case .sequence(let sequence):
                    remaining -= 1
                    stack.append(contentsOf: sequence)
                case .mapping(let inner):
                    remaining -= 1
                    for (innerKey, innerValue) in inner { stack += [innerKey, innerValue] }
                case .alias: remaining -= 1
                }
                if remaining < 0 {
                    let line = (key.mark?.line ?? 1) + 1
                    throw ConversionError(.malformed("front matter: line \(line): '\(key.string ?? "")' expands (through aliases) to more than \(budget) values and bytes"))
                }
            }
        }
    }

    /// "line 4, column 7: could not find expected ':'", with lines counted in the whole file.
    static func describe(_ error: YamlError, lineOffset: Int) -> String {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return "line \(mark.line + lineOffset), column \(mark.column): \(problem)"
        default:
            return "\(error)".trimmingWhitespace()
        }
    }

    /// Sets the article's fields from the front matter; other keys go to `extra`.
    func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        for (key, value) in fields {
            if let field = MetadataField(key: key) {
                field.apply(text: FrontMatter.text(value), items: FrontMatter.list(value), key: key, location: "front matter", to: &article, warnings: &warnings)
            } else {
                FrontMatter.flatten(value, as: key, into: &article.extra)
            }
        }
    }

    /// Puts an unknown field in `extra`: a mapping as one entry per leaf, named by its path
    /// (`series: {name: X, part: 2}` gives `series.name` and `series.part`), anything else as text.
    static func flatten(_ node: Node, as key: String, into extra: inout [String: String]) {
        if case .mapping(let mapping) = node {
            for (subkey, value) in mapping {
                flatten(value, as: key + "." + (subkey.string ?? text(subkey)), into: &extra)
            }
        } else {
            extra[key] = text(node)
        }
    }

    /// A scalar as written; a list's items joined with commas; a mapping's `name` (as in
    /// `author: {name: ..., url: ...}`), else its values joined with commas.
    static func text(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string
        case .sequence(let sequence): sequence.map(text).filter { !$0.isEmpty }.joined(separator: ", ")
        case .mapping(let mapping): mapping["name"].map(text) ?? mapping.values.map(text).filter { !$0.isEmpty }.joined(separator: ", ")
        case .alias: ""
        }
    }

    /// A list's items; one mapping as one item; a scalar split on commas or semicolons.
    static func list(_ node: Node) -> [String] {
        switch node {
        case .sequence(let sequence): sequence.map(text).filter { !$0.isEmpty }
        case .mapping: [text(node)].filter { !$0.isEmpty }
        default: MetadataField.list(text(node))
        }
    }
}
