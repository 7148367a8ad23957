import Foundation
import OffprintCore
import OffprintPlatform

/// The article object of a page's JSON-LD (`<script type="application/ld+json">`), where
/// publishers state headline, authors and dates most precisely.
struct JSONLinkedData {
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "BackgroundNewsArticle",
    ]

    var headline: String?
    /// The article's `name`, which some pages state beside a `headline` that differs from it.
    var name: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var section: String?
    var keywords: [String]?
    var publisher: String?
    var description: String?
    var language: String?
    var url: String?
    /// The article's text, when the page states it (some pages carry the article only here).
    var articleBody: String?

    /// The first article object in the page's JSON-LD (`scripts`: its `<script>` elements in
    /// document order), or `nil`.
    init?(scripts: [DOMNode]) {
        for script in scripts where (script.attributes["type"] ?? "").lowercased() == "application/ld+json" {
            // Some pages wrap the JSON in a CDATA section.
            var json = script.textContent.trimmingWhitespace()
            if json.hasPrefix("<![CDATA[") { json.removeFirst(9) }
            if json.hasSuffix("]]>") { json.removeLast(3) }
            guard let data = json.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                  let article = JSONLinkedData.findArticle(in: value) else { continue }
            name = JSONLinkedData.string(article["name"])
            headline = JSONLinkedData.string(article["headline"]) ?? name
            authors = JSONLinkedData.names(article["author"])
            published = JSONLinkedData.string(article["datePublished"])
            modified = JSONLinkedData.string(article["dateModified"])
            section = JSONLinkedData.strings(article["articleSection"]).first
            let words = JSONLinkedData.strings(article["keywords"]).flatMap { MetadataField.list($0) }
            keywords = words.isEmpty ? nil : words
            publisher = JSONLinkedData.names(article["publisher"]).first
            description = JSONLinkedData.string(article["description"])
            articleBody = (article["articleBody"] as? String).flatMap { $0.isBlank ? nil : $0 }
            language = JSONLinkedData.string(article["inLanguage"]) ?? JSONLinkedData.names(article["inLanguage"]).first
            url = JSONLinkedData.string(article["url"]) ?? JSONLinkedData.string(article["mainEntityOfPage"])
                ?? JSONLinkedData.string((article["mainEntityOfPage"] as? [String: Any])?["@id"])
            return
        }
        return nil
    }

    private static func findArticle(in value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            return array.lazy.compactMap(findArticle).first
        }
        guard let object = value as? [String: Any] else { return nil }
        let types = strings(object["@type"])
        if types.contains(where: articleTypes.contains) { return object }
        if let graph = object["@graph"] { return findArticle(in: graph) }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = DOMNode.collapseWhitespace(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func strings(_ value: Any?) -> [String] {
        if let text = string(value) { return [text] }
        return (value as? [Any])?.compactMap(string) ?? []
    }

    /// Names from a string, a `{"name": ...}` object or a list of either.
    private static func names(_ value: Any?) -> [String] {
        if let text = string(value) { return [text] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        return (value as? [Any])?.flatMap(names) ?? []
    }
}
