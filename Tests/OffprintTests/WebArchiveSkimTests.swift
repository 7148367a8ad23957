import Foundation
import Testing
@testable import OffprintPlatform
@testable import OffprintReaders

/// The index pass skims a compressed web archive: of a record with its own gzip member it
/// inflates the header and status line and finds the next member by its header and the
/// trailer's size field. The index must be the one a full reading builds, whatever the
/// records hold (compressible text, bytes that look random, gzip headers inside them).
@Suite struct WebArchiveSkimTests {
    private func noise(_ count: Int, seed: UInt64) -> [UInt8] { NoiseBytes.make(count, seed: seed) }

    private func record(_ type: String, url: String, digest: String? = nil, block: [UInt8]) -> Data {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(url)\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        if let digest { header += "WARC-Payload-Digest: \(digest)\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        return Deflater.gzip(Data(header.utf8) + Data(block) + Data("\r\n\r\n".utf8))!
    }

    private func response(_ url: String, type: String, body: [UInt8], status: Int = 200, digest: String? = nil) -> Data {
        record("response", url: url, digest: digest, block: Array("HTTP/1.1 \(status) X\r\nContent-Type: \(type)\r\n\r\n".utf8) + body)
    }

    private func index(of archive: Data, skimming: Bool) throws -> (WebArchiveIndex, skipped: Int) {
        let stream = try ArchiveStream(origin: .data(archive), skimming: skimming)
        return (WebArchiveIndex.build(stream), stream.skippedMembers)
    }

    @Test func skimmingFindsEveryRecordAFullReadingFinds() throws {
        let page = Array(String(repeating: "<p>Words of an article, long enough to be worth skipping.</p>\n", count: 2_000).utf8)
        var archive = Data()
        for number in 0..<30 {
            archive += record("request", url: "https://example.org/\(number)", block: Array("GET / HTTP/1.1\r\n\r\n".utf8))
            archive += response("https://example.org/\(number)", type: "text/html", body: page + Array("\(number)".utf8), digest: "sha1:P\(number)")
            // An image whose bytes look random, some holding a gzip header of their own.
            var image = noise(20_000 + number * 997, seed: UInt64(number))
            if number % 3 == 0 { image.replaceSubrange(500..<510, with: [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]) }
            archive += response("https://example.org/\(number).png", type: "image/png", body: image, digest: "sha1:I\(number)")
            if number % 5 == 0 { archive += response("https://example.org/missing/\(number)", type: "text/html", body: page, status: 404) }
        }
        let (full, _) = try index(of: archive, skimming: false)
        let (skimmed, skipped) = try index(of: archive, skimming: true)
        #expect(skipped >= 60, "the large records were passed over uninflated")
        #expect(skimmed.byURL == full.byURL)
        #expect(skimmed.byDigest == full.byDigest)
        #expect(full.byURL.count == 60)
    }

    @Test func recordsSharingAMemberAreReadInFull() throws {
        // One gzip member for the whole file: nothing can be skipped, everything is found.
        let page = Array(String(repeating: "<p>Shared member text.</p>\n", count: 1_000).utf8)
        var plain = Data()
        for number in 0..<5 {
            var header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/\(number)\r\n"
            let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8) + page
            header += "Content-Length: \(block.count)\r\n\r\n"
            plain += Data(header.utf8) + Data(block) + Data("\r\n\r\n".utf8)
        }
        let archive = Deflater.gzip(plain)!
        let (full, _) = try index(of: archive, skimming: false)
        let (skimmed, skipped) = try index(of: archive, skimming: true)
        #expect(skipped == 0)
        #expect(skimmed.byURL == full.byURL)
        #expect(full.byURL.count == 1, "only the record that starts the member can be found again")
    }
}
