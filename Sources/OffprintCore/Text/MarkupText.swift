/// Escapes article text for HTML and XML, dropping the characters those formats forbid.
///
/// Article text is never markup: every `<`, `&` and quote is escaped, whatever the input held.
package enum MarkupText {
    /// Whether a character may appear in HTML and XML 1.0 output. C0 controls other than tab,
    /// line feed and carriage return, C1 controls and noncharacters are not allowed.
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: return false
        default: return scalar.value & 0xFFFE != 0xFFFE
        }
    }

    /// Appends `text` to `output` with `& < > " '` escaped and forbidden characters dropped.
    package static func escape(_ text: some StringProtocol, into output: inout String) {
        if !needsWork(text) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
    }

    /// `text` escaped for use in element content or a quoted attribute value.
    package static func escaped(_ text: some StringProtocol) -> String {
        var output = ""
        escape(text, into: &output)
        return output
    }

    /// Whether any byte of the text could need escaping or dropping: markup characters, controls,
    /// or the lead bytes of C1 controls (0xC2) and of the noncharacters U+FDD0… and U+FFFE/U+FFFF (0xEF, 0xF0–0xF4).
    private static func needsWork(_ text: some StringProtocol) -> Bool {
        text.containsUTF8Byte(where: needsWork)
    }

    /// Whether the text may hold a character `isAllowed` rejects (a quick byte scan).
    package static func mayContainForbidden(_ text: String) -> Bool {
        text.containsUTF8Byte { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xEF || byte >= 0xF0
        }
    }

    /// `& < > " '`, controls but tab, line feed and carriage return, DEL, and the lead bytes
    /// 0xC2, 0xEF and 0xF0–0xF4, as one bit per byte value in four 64-bit words.
    @inline(__always)
    private static func needsWork(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = 0x5000_00C4_FFFF_D9FF
        case 1: word = 0x8000_0000_0000_0000
        case 2: word = 0
        default: word = 0x001F_8000_0000_0004
        }
        return (word >> UInt64(byte & 63)) & 1 == 1
    }
}
