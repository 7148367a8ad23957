import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore

@Suite struct ModelValueTests {
    @Test(arguments: [("ar", "ar"), ("en_us", "en-US"), ("zh-hant-tw", "zh-Hant-TW"), ("sr-Latn", "sr-Latn"), ("und", "und"),
                      ("de-CH-1901", "de-CH-1901"), ("es-419", "es-419"), ("en-x-private", "en-x-private"),
                      ("UK", "uk"), ("iw", "iw"), ("fil", "fil")])
    func wellFormedLanguageTags(input: String, canonical: String) {
        #expect(LanguageTag(input)?.description == canonical)
    }

    @Test(arguments: ["", "C", "POSIX", "e", "english-language-x", "en--US", "12", "en-US-", "x", "US", "GB", "EG", "us-en"])
    func malformedLanguageTags(input: String) {
        #expect(LanguageTag(input) == nil)
    }

    @Test func datesKeepTheirPrecision() throws {
        #expect(ArticleDate(parsing: "2019-12-14")?.description == "2019-12-14")
        #expect(ArticleDate(parsing: "2019/12/14")?.description == "2019-12-14")
        #expect(ArticleDate(parsing: "2019-12-14 09:30")?.description == "2019-12-14T09:30:00")
        #expect(ArticleDate(parsing: "2019-12-14T09:30:05.123+02:00")?.description == "2019-12-14T09:30:05+02:00")
        #expect(ArticleDate(parsing: "2019-12-14T09:30:05z")?.description == "2019-12-14T09:30:05Z")
        #expect(ArticleDate(parsing: "2019-02-30") == nil)
        #expect(ArticleDate(parsing: "14 December 2019") == nil)
    }

    @Test func datesConvertToUTC() throws {
        #expect(ArticleDate(parsing: "2019-12-14T01:30:00+02:00")?.utcTimestamp == "2019-12-13T23:30:00Z")
        #expect(ArticleDate(parsing: "2000-03-01")?.utcTimestamp == "2000-03-01T00:00:00Z")
        #expect(ArticleDate(secondsSince1970: 0).description == "1970-01-01T00:00:00Z")
        #expect(ArticleDate(secondsSince1970: 1_700_000_000).description == "2023-11-14T22:13:20Z")
    }

    @Test func sha1MatchesTheFIPSVectors() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA1.hash(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.hash([UInt8]())) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(SHA1.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func nameBasedUUIDsMatchPython() {
        // uuid.uuid5(uuid.NAMESPACE_URL, name) in Python.
        #expect(NameBasedUUID(name: "https://example.org/a").description == "77980eae-c343-5b01-9823-eb6ac1da021f")
        #expect(NameBasedUUID(name: "000_c3eeed336fa56d7d.txt").description == "04b930ec-4558-5a6b-9877-8292ad70da29")
    }

    @Test(arguments: ["out/a.html", "a.html", "/a.html", "/x/y/مقال.epub", "out/notes/", "", "/", "./a"])
    func pathPartsAgreeWithFoundation(path: String) {
        let (folder, name) = path.folderAndName
        #expect(folder == (path as NSString).deletingLastPathComponent, "\(path): folder \(folder)")
        #expect(name == (path as NSString).lastPathComponent, "\(path): name \(name)")
    }
}
