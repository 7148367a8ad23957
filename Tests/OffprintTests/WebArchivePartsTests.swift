import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintPlatform
@testable import OffprintReaders

@Suite struct WebArchivePartsTests {
    /// Output names from URLs: readable, never a path, never hidden, never empty.
    @Test(arguments: [
        ("https://example.org/news/flood-story.html", "example.org-news-flood-story"),
        ("http://example.com/", "example.com"),
        ("https://example.org/a/b?id=3&x=y#part", "example.org-a-b-id-3-x-y"),
        ("https://example.org/../../etc/passwd", "example.org-..-..-etc-passwd"),
        ("https://../..", "page"),
        ("https://example.org/%D8%AE%D8%A8%D8%B1", "example.org-خبر"),
        ("dns:example.org", "dns-example.org"),
        ("", "page"),
    ])
    func namesFromURLs(url: String, name: String) {
        #expect(RecordName.fromURL(url) == name)
        #expect(!RecordName.fromURL(url).contains("/") && !RecordName.fromURL(url).hasPrefix("."))
    }

    @Test func longURLsMakeNamesThatFitAFileSystem() {
        let name = RecordName.fromURL("https://example.org/" + String(repeating: "وثيقة-", count: 200))
        #expect(name.utf8.count <= RecordName.maximumURLNameBytes)
    }

    @Test func repeatedNamesGetNumbers() {
        var names = RecordNames()
        #expect(["a", "a", "a-2", "a"].map { names.unique($0) } == ["a", "a-2", "a-2-2", "a-3"])
    }

    @Test(arguments: [
        ("4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n", "Wikipedia"),
        ("4;ext=1\r\nWiki\r\n0\r\n\r\n", "Wiki"),
        ("4\r\nWiki\r\n", "Wiki"),
    ])
    func chunkedBodiesAreJoined(body: String, joined: String) {
        #expect(HTTPPayload.dechunked(Data(body.utf8), limit: 100).map { String(decoding: $0, as: UTF8.self) } == joined)
    }

    @Test(arguments: ["not chunked at all", "ffffffffffffffffff\r\nx", "10\r\nshort"])
    func bodiesThatAreNotChunkedAreNotJoined(body: String) {
        #expect(HTTPPayload.dechunked(Data(body.utf8), limit: 100) == nil)
    }

    @Test func charsetsComeFromTheContentType() {
        #expect(HTTPPayload.charset(of: "text/html; charset=\"Windows-1256\"") == "windows-1256")
        #expect(HTTPPayload.charset(of: "text/html") == nil)
        #expect(HTTPPayload.mediaType("Text/HTML; charset=UTF-8") == "text/html")
    }

    @Test func inflationStopsAtItsLimit() throws {
        let zeros = try #require(Deflater.gzip(Data(count: 1_000_000)))
        #expect(throws: Inflater.Failure.self) { try Inflater.decompress(zeros, format: .gzip, limit: 999_999) }
        #expect(try Inflater.decompress(zeros, format: .gzip, limit: 1_000_000).count == 1_000_000)
        #expect(throws: Inflater.Failure.self) { try Inflater.decompress(zeros.prefix(20), format: .gzip, limit: 1_000_000) }
    }

    @Test func shardsPartitionPaths() throws {
        let paths = (0..<1_000).map { "folder/article-\($0).md" }
        let parts = try (1...7).map { try #require(Shard("\($0)/7")) }
        for path in paths { #expect(parts.filter { $0.contains(path) }.count == 1) }
        // Roughly even: no part has fewer than half its share.
        for part in parts { #expect(paths.filter(part.contains).count > 1_000 / 7 / 2) }
    }

    @Test func recordsOfLaterInputsWaitForEarlierOnes() {
        let written = Locked<[String]>([])
        let stream = OrderedRecordStream(inputs: [0, 1, 2]) { data in written.withLock { $0.append(String(decoding: data, as: UTF8.self)) } }
        stream.emit(Data("c1".utf8), input: 2)
        stream.emit(Data("a1".utf8), input: 0)
        stream.emit(Data("b1".utf8), input: 1)
        stream.finish(input: 2)
        stream.emit(Data("a2".utf8), input: 0)
        #expect(written.withLock { $0 } == ["a1", "a2"])
        stream.finish(input: 0)
        #expect(written.withLock { $0 } == ["a1", "a2", "b1"])
        stream.finish(input: 1)
        #expect(written.withLock { $0 } == ["a1", "a2", "b1", "c1"])
    }
}
