/// Writes JSON text with a fixed key order, two-space indentation and UTF-8 left unescaped
/// (Arabic stays readable), for Offprint's records. Containers nested deeper than
/// `prettyDepth` are written compactly, so indentation cannot make the output grow with the
/// square of the nesting depth.
///
/// Offprint writes its records with this small emitter rather than `JSONEncoder`, whose key
/// order is either random or alphabetical; the records are read back with `JSONDecoder`, and
/// the tests check that the two agree.
struct JSONOutput {
    /// The JSON text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Its UTF-8 bytes: appending to a byte array costs a few instructions where appending
    /// to a `String` cost a few hundred (about a sixth of writing a record went to `+=`).
    private var bytes: [UInt8] = []
    private var indent = 0
    /// Whether the next value is the first in its object or array.
    private var first = true
    private let pretty: Bool
    /// The deepest level whose members go on lines of their own.
    static let prettyDepth = 12

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(16_384)
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
        append(pretty ? ": " : ":")
    }

    // MARK: Values

    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { source in
            // Runs of bytes that need no escape are copied whole. Every byte escaped is ASCII,
            // so a run ends and starts on scalar boundaries.
            var runStart = 0
            for index in 0..<source.count {
                let byte = source[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    // Other control characters as `\u00XX`, lower-case hex.
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
        }
        bytes.append(0x22)
    }

    mutating func number(_ value: Int) { append(String(value)) }
    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    private mutating func append(_ piece: String) { bytes.append(contentsOf: piece.utf8) }

    // MARK: Layout

    private mutating func open(_ bracket: String) {
        append(bracket)
        indent += 1
        first = true
    }

    private mutating func close(_ bracket: String) {
        let membersWerePretty = isPretty
        indent -= 1
        if !first, membersWerePretty { newline() }
        append(bracket)
        first = false
    }

    /// Puts a comma (unless first) and, when pretty, a new line before the next member.
    private mutating func separate() {
        if !first { bytes.append(0x2C) }
        if isPretty { newline() }
        first = false
    }

    /// Whether members at the current level go on lines of their own.
    private var isPretty: Bool { pretty && indent <= JSONOutput.prettyDepth }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }
}
