import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintWriters

@Suite struct JSONRoundTripTests {
    static func readJSON(_ data: Data) throws -> Article {
        var warnings: [ConversionWarning] = []
        return try JSONArticleReader().read(ReaderInput(data: data, name: "record.json"), warnings: &warnings)
    }

    @Test func everythingSurvivesJSONToModelToJSON() throws {
        let first = try JSONWriter().write(Fixtures.everything, context: Fixtures.context)
        let article = try Self.readJSON(first)
        #expect(article == Fixtures.everything)
        let second = try JSONWriter().write(article, context: Fixtures.context)
        #expect(first == second)
    }

    @Test func everyExampleSurvivesTheRoundTrip() throws {
        let converter = Converter()
        for name in ["000_c3eeed336fa56d7d.txt", "english-field-notes.txt", "with-header-lines.txt", "مقال-مختلط.txt", "notes/reading-list.json"] {
            var warnings: [ConversionWarning] = []
            let data = try Data(contentsOf: Paths.examples.appending(path: name))
            let article = try converter.article(from: ReaderInput(data: data, name: name), warnings: &warnings)
            let record = try JSONWriter().write(article, context: Fixtures.context)
            var again = try converter.article(from: ReaderInput(data: record, name: "x.json"), warnings: &warnings)
            #expect(again == article, "\(name)")
            again = try Self.readJSON(record)
            #expect(try JSONWriter().write(again, context: Fixtures.context) == record, "\(name)")
        }
    }

    @Test func arabicStaysReadableAndKeysKeepTheirOrder() throws {
        let text = String(decoding: try JSONWriter().write(Fixtures.seedArticle(), context: Fixtures.context), as: UTF8.self)
        #expect(text.contains("الولايات المتحدة تدعو حفتر"))
        #expect(!text.contains("\\u"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["schemaVersion", "id", "title", "kicker", "authors", "source", "language", "direction",
                         "categories", "tags", "body", "related", "resources", "extra"])
    }

    /// Errors name the place in the record.
    @Test(arguments: [
        (#"{"id": "a", "title": "t", "body": [{"type": "paragraph", "content": "oops"}]}"#, "reading: at $.body[0].content: expected an array"),
        (#"{"id": "a"}"#, "reading: at $: required field 'title' is missing"),
        (#"{"schemaVersion": 9, "id": "a", "title": "t"}"#, "reading: at $.schemaVersion: schema version 9 is not supported (this Offprint reads version 1)"),
        (#"{"id": "a", "title": "t", "published": "soon"}"#, "reading: at $.published: 'soon' is not an ISO 8601 date"),
        (#"{"id": "a", "title": "t", "body": [{"type": "chart"}]}"#, "reading: at $.body[0].type: unknown block type 'chart' (known: paragraph, heading, quote, list, code, figure, rule, table)"),
        (#"{"id": "a", "titel": "t", "title": "t"}"#, "reading: at $.titel: unknown field"),
        (#"{"id": "a", "title": "t", "body": [{"type": "paragraph", "content": [{"type": "link", "url": "https://x.org", "content": [], "rel": "x"}]}]}"#,
         "reading: at $.body[0].content[0].rel: unknown field"),
        (#"{"id": "a", "title": "t", "direction": "sideways"}"#, "reading: at $.direction: expected \"ltr\" or \"rtl\", found \"sideways\""),
    ])
    func badRecordsSayWhere(json: String, message: String) {
        #expect { try Self.readJSON(Data(json.utf8)) } throws: { error in
            (error as? ConversionError)?.description == message
        }
    }

    @Test func truncatedJSONIsAnError() {
        #expect { try Self.readJSON(Data(#"{"id": "a", "title": "#.utf8)) } throws: { error in
            (error as? ConversionError)?.description.hasPrefix("reading: not valid JSON") == true
        }
    }
}
