import Foundation
import Testing
import TestSupport
@testable import OffprintChecker

/// Zip archives built byte by byte, to say what no zip tool would write.
@Suite struct HostileArchiveTests {
    /// A stored zip whose central directory lists `entries`; names that share a `stream` point
    /// at one local file, so their contents overlap.
    static func zip(_ entries: [(name: String, stream: Int)], streams: [[UInt8]]) -> Data {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
        var output: [UInt8] = [], central: [UInt8] = []
        var offsets: [Int] = [], checksums: [Int] = []
        for (index, stream) in streams.enumerated() {
            let name = Array(entries.first { $0.stream == index }!.name.utf8)
            let checksum = Int(crc32(stream))
            offsets.append(output.count)
            checksums.append(checksum)
            output += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
                + le32(checksum) + le32(stream.count) + le32(stream.count) + le16(name.count) + le16(0) + name + stream
        }
        for entry in entries {
            let name = Array(entry.name.utf8), size = streams[entry.stream].count
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
                + le32(checksums[entry.stream]) + le32(size) + le32(size) + le16(name.count) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(offsets[entry.stream]) + name
        }
        let start = output.count
        output += central + le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(central.count) + le32(start) + le16(0)
        return Data(output)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    @Test func overlappingEntriesCannotMakeCheckInflateWithoutBound() throws {
        let folder = try TemporaryDirectory("zip")
        let sheets = 600
        let container = #"<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#
        let items = (0..<sheets).map { #"<item id="c\#($0)" href="s\#($0).css" media-type="text/css"/>"# }.joined()
        let package = #"<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" xml:lang="en"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>en</dc:language></metadata><manifest>\#(items)</manifest><spine/></package>"#
        // One 1 MB style sheet that 600 names share: 600 MB to read from a 1 MB book.
        let sheet = [UInt8](repeating: 0x20, count: 1_000_000)
        let entries = [("mimetype", 0), ("META-INF/container.xml", 1), ("OEBPS/content.opf", 2)] + (0..<sheets).map { ("OEBPS/s\($0).css", 3) }
        let book = try folder.write("overlap.epub", data: Self.zip(entries, streams: [Array("application/epub+zip".utf8), Array(container.utf8), Array(package.utf8), sheet]))
        let clock = ContinuousClock()
        let started = clock.now
        let findings = EPUBChecker().check(book)
        #expect(clock.now - started < .seconds(10))
        #expect(findings.map(\.code) == ["too-large"], "\(findings)")
        #expect(findings.first?.message.contains("inflate to more than 64 MB together") == true)
        // The same book with its entries apart is checked in full.
        let honest = try folder.write("honest.epub", data: Self.zip(Array(entries.prefix(4)) + [("OEBPS/s1.css", 4)], streams: [Array("application/epub+zip".utf8), Array(container.utf8), Array(package.utf8), sheet, sheet]))
        #expect(!EPUBChecker().check(honest).contains { $0.code == "too-large" })
    }
}
