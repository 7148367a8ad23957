import Foundation
import Testing
@testable import OffprintWriters

/// `JSONOutput.string` copies runs of bytes and escapes only quotes, backslashes and control
/// characters: it must write what escaping scalar by scalar writes, and JSON readers must read
/// the text back.
@Suite struct JSONStringEscapingTests {
    /// The escaping as it was written before the byte runs.
    private func reference(_ value: String) -> String {
        var text = "\""
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
        return text + "\""
    }

    @Test func escapingAgreesWithTheScalarDefinitionAndReadsBack() throws {
        let controls = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        let pieces = controls + ["\"", "\\", "plain", " ", "\u{7F}", "\u{E9}", "e\u{301}", "\"\u{301}", "\u{0627}\u{0644}", "\u{4E2D}", "\u{1F600}", "\r\n"]
        var state: UInt64 = 21
        var values = ["", "\"", "\\", "no escapes at all"] + controls
        for _ in 0..<1_000 {
            var value = ""
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                value += pieces[Int(state >> 33) % pieces.count]
            }
            values.append(value)
        }
        for value in values {
            var output = JSONOutput(pretty: false)
            output.string(value)
            #expect(output.text == reference(value), "\(Array(value.unicodeScalars))")
            let decoded = try JSONSerialization.jsonObject(with: Data(output.text.utf8), options: [.fragmentsAllowed]) as? String
            #expect(decoded.map { Array($0.unicodeScalars) } == Array(value.unicodeScalars))
        }
    }
}
