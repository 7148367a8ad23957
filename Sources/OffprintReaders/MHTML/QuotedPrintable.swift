import Foundation

/// Decodes quoted-printable bodies (RFC 2045 §6.7): `=XY` is a byte, `=` at a line's end joins
/// it to the next. A malformed escape is kept as it stands, as mail readers do.
enum QuotedPrintable {
    static func decode(_ bytes: some Collection<UInt8>) -> Data {
        let input = Array(bytes)
        var output = Data()
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            guard byte == UInt8(ascii: "=") else {
                output.append(byte)
                index += 1
                continue
            }
            // A soft line break: `=` then optional white space and CRLF or LF.
            var next = index + 1
            while next < input.count, input[next] == 0x20 || input[next] == 0x09 { next += 1 }
            if next < input.count, input[next] == 0x0D, next + 1 < input.count, input[next + 1] == 0x0A {
                index = next + 2
                continue
            }
            if next < input.count, input[next] == 0x0A {
                index = next + 1
                continue
            }
            if index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
