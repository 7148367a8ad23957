import Foundation
import Testing
@testable import OffprintCore
@testable import OffprintPlatform
@testable import OffprintReaders

/// A reading stream decodes a gzip member whole with libdeflate when it finds the member's end
/// and the trailer's size is plausible, and falls back to zlib's streaming inflate otherwise.
/// Either way the bytes are the same, and a trailer that lies is an error for its record, never
/// a crash or an allocation of the size it claims.
@Suite struct WholeMemberDecodingTests {
    private func noise(_ count: Int, seed: UInt64) -> [UInt8] { NoiseBytes.make(count, seed: seed) }

    private func record(_ url: String, body: [UInt8]) -> Data {
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8) + body
        let header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: \(url)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Data(header.utf8) + Data(block) + Data("\r\n\r\n".utf8)
    }

    private func page(_ number: Int) -> [UInt8] {
        Array("<html><body><h1>Page \(number)</h1>\(String(repeating: "<p>Text of page \(number), said again.</p>", count: 200))</body></html>".utf8)
    }

    /// Everything a stream reads, and how many members it decoded whole.
    private func readAll(_ archive: Data, upTo limit: Int = ArchiveStream.largestWholeMember) throws -> (Data, wholeMembers: Int) {
        let stream = try ArchiveStream(origin: .data(archive), wholeMembersUpTo: limit)
        var all = Data()
        while true {
            let piece = try stream.readData(1 << 16)
            if piece.isEmpty { break }
            all += piece
        }
        return (all, stream.wholeMembers)
    }

    @Test func wholeAndStreamedMembersReadTheSame() throws {
        var plain = Data()
        var archive = Data()
        for number in 0..<6 {
            // Small pages, and large records of stored noise, some holding a gzip header.
            var body = number.isMultiple(of: 2) ? page(number) : noise(150_000 + number * 1_001, seed: UInt64(number))
            if number == 3 { body.replaceSubrange(70_000..<70_010, with: [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]) }
            let member = record("https://example.org/\(number)", body: body)
            plain += member
            archive += try #require(Deflater.gzip(member))
        }
        let (whole, wholeCount) = try readAll(archive)
        #expect(whole == plain)
        #expect(wholeCount == 6, "every member, the one with a gzip header inside included, was decoded whole")
        // Members larger than the limit stream through zlib, with the same bytes.
        let (mixed, mixedCount) = try readAll(archive, upTo: 100_000)
        #expect(mixed == plain)
        #expect(mixedCount == 3, "only the small pages were decoded whole")
        let (streamed, streamedCount) = try readAll(archive, upTo: 0)
        #expect(streamed == plain)
        #expect(streamedCount == 0)
    }

    /// The first member's trailer says `size` (little-endian, its last four bytes).
    private func lying(_ member: Data, size: UInt32) -> Data {
        var bytes = [UInt8](member)
        for shift in 0..<4 { bytes[bytes.count - 4 + shift] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(shift))) }
        return Data(bytes)
    }

    @Test(arguments: [UInt32.max, 0xFFFF_FFF0, 16_000_000, 1, 0])
    func aTrailerThatLiesIsAnErrorForItsRecordOnly(claimed: UInt32) throws {
        let first = try #require(Deflater.gzip(record("https://example.org/liar", body: page(1))))
        let second = try #require(Deflater.gzip(record("https://example.org/honest", body: page(2))))
        let archive = lying(first, size: claimed) + second
        var problems: [String] = []
        var pages: [String] = []
        try WebArchiveReader().forEachRecord(in: .data(archive), limit: FileInput.defaultMaximumBytes) { record in
            if let problem = record.problem { problems.append("\(problem)") } else { pages.append(record.url ?? "") }
        }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("gzip") == true, "\(problems)")
        #expect(pages == ["https://example.org/honest"])
    }

    @Test func aTrailerThatUndersellsItsMemberIsNotTrusted() throws {
        // A size that fits the limit but is smaller than the data: libdeflate refuses it, zlib
        // reads the member and reports the bad length; nothing past the claimed size is kept.
        let member = record("https://example.org/short", body: page(3))
        let archive = lying(try #require(Deflater.gzip(member)), size: UInt32(member.count - 100))
        let stream = try ArchiveStream(origin: .data(archive))
        #expect(throws: ArchiveStream.Failure.self) {
            while try !stream.readData(1 << 16).isEmpty {}
        }
        #expect(stream.wholeMembers == 0)
    }
}
