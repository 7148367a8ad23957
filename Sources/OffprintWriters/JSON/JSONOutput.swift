/// Writes JSON text with a fixed key order, two-space indentation and UTF-8 left unescaped
/// (Arabic stays readable), for Offprint's records. Containers nested deeper than
/// `prettyDepth` are written compactly, so indentation cannot make the output grow with the
/// square of the nesting depth.
///
/// Offprint writes its records with this small emitter rather than `JSONEncoder`, whose key
/// order is either random or alphabetical; the records are read back with `JSONDecoder`, and
/// the tests check that the two agree.
struct JSONOutput {
    private(set) var text = ""
    private var indent = 0
    /// Whether the next value is the first in its object or array.
    private var first = true
    private let pretty: Bool
    /// The deepest level whose members go on lines of their own.
    static let prettyDepth = 12

    init(pretty: Bool) {
        self.pretty = pretty
        text.reserveCapacity(16_384)
    }

    // MARK: Containers

    mutating func object(_ body: (inout JSONOutput) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func array<S: Sequence>(_ elements: S, _ element: (inout JSONOutput, S.Element) -> Void) {
        open("[")
        for value in elements {
            separate()
            element(&self, value)
        }
        close("]")
    }

    /// Writes `"key": ` inside an object; the value follows.
    mutating func key(_ name: String) {
        separate()
        string(name)
        text += pretty ? ": " : ":"
    }

    // MARK: Values

    mutating func string(_ value: String) {
        text += "\""
        if !value.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            text += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16, uppercase: false)
                        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        text.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        text += "\""
    }

    mutating func number(_ value: Int) { text += String(value) }
    mutating func bool(_ value: Bool) { text += value ? "true" : "false" }

    // MARK: Layout

    private mutating func open(_ bracket: String) {
        text += bracket
        indent += 1
        first = true
    }

    private mutating func close(_ bracket: String) {
        let membersWerePretty = isPretty
        indent -= 1
        if !first, membersWerePretty { newline() }
        text += bracket
        first = false
    }

    /// Puts a comma (unless first) and, when pretty, a new line before the next member.
    private mutating func separate() {
        if !first { text += "," }
        if isPretty { newline() }
        first = false
    }

    /// Whether members at the current level go on lines of their own.
    private var isPretty: Bool { pretty && indent <= JSONOutput.prettyDepth }

    private mutating func newline() {
        text += "\n"
        text += String(repeating: "  ", count: indent)
    }
}
