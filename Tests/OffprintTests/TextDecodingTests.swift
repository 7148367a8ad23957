import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutByteOrderMark() throws {
        #expect(try TextDecoding.decode(Data("سلام".utf8)) == "سلام")
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("سلام".utf8))) == "سلام")
    }

    @Test func utf16WithByteOrderMark() throws {
        let little = Data([0xFF, 0xFE] + "سلام a".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = Data([0xFE, 0xFF] + "سلام a".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(try TextDecoding.decode(little) == "سلام a")
        #expect(try TextDecoding.decode(big) == "سلام a")
    }

    @Test func legacyEncodingNamedByTheUser() throws {
        // "مرحبا" in windows-1256.
        let bytes = Data([0xE3, 0xD1, 0xCD, 0xC8, 0xC7])
        #expect(try TextDecoding.decode(bytes, encoding: "windows-1256") == "مرحبا")
    }

    /// Errors are API: each input gets exactly this message.
    @Test(arguments: [
        (Data(), "reading: the file is empty (no text to convert)"),
        (Data("  \n\u{00A0}\n".utf8), "reading: the file is empty (no text to convert)"),
        (Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]), "reading: this is a binary file, not text (NUL byte at byte 4)"),
        (Data(Array("abc".utf8) + [0xC3, 0x28]), "reading: invalid UTF-8 at byte 3; if the file uses a legacy encoding, name it with --encoding (for example --encoding windows-1256)"),
        (Data([0xEF, 0xBB, 0xBF, 0x61, 0xFF]), "reading: invalid UTF-8 at byte 4; if the file uses a legacy encoding, name it with --encoding (for example --encoding windows-1256)"),
    ])
    func errorMessages(input: Data, message: String) {
        #expect { try TextDecoding.decode(input) } throws: { error in
            (error as? ConversionError)?.description == message
        }
    }

    @Test func unknownEncodingNamesAreRefused() {
        #expect(!TextDecoding.isKnownEncoding("klingon-8"))
        #expect(TextDecoding.isKnownEncoding("windows-1256"))
        #expect(throws: ConversionError.self) { try TextDecoding.decode(Data("x".utf8), encoding: "klingon-8") }
    }
}
