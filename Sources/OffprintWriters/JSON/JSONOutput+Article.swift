import Foundation
import OffprintCore

/// Offprint's JSON record, field by field, in the order of `Article.CodingKeys`.
extension JSONOutput {
    mutating func article(_ article: Article, includingResourceData: Bool = true) {
        object { json in
            json.key("schemaVersion"); json.number(Article.schemaVersion)
            json.key("id"); json.string(article.id)
            json.key("title"); json.string(article.title)
            if let kicker = article.kicker { json.key("kicker"); json.string(kicker) }
            json.key("authors"); json.strings(article.authors)
            if let published = article.published { json.key("published"); json.string(published.description) }
            if let modified = article.modified { json.key("modified"); json.string(modified.description) }
            json.key("source")
            json.object { source in
                if let url = article.source.url { source.key("url"); source.string(url) }
                if let siteName = article.source.siteName { source.key("siteName"); source.string(siteName) }
                if let path = article.source.path { source.key("path"); source.string(path) }
            }
            json.key("language"); json.string(article.languageTag)
            json.key("direction"); json.string(article.textDirection.rawValue)
            json.key("categories"); json.strings(article.categories)
            json.key("tags"); json.strings(article.tags)
            if let summary = article.summary { json.key("summary"); json.string(summary) }
            json.key("body"); json.blocks(article.body)
            json.key("related")
            json.array(article.related) { json, link in
                json.object { json in
                    json.key("title"); json.string(link.title)
                    if let url = link.url { json.key("url"); json.string(url) }
                }
            }
            json.key("resources")
            json.array(article.resources) { json, resource in
                json.object { json in
                    json.key("id"); json.string(resource.id)
                    json.key("mediaType"); json.string(resource.mediaType)
                    if includingResourceData, let data = resource.data { json.key("data"); json.string(data.base64EncodedString()) }
                    if let path = resource.path { json.key("path"); json.string(path) }
                }
            }
            json.key("extra")
            json.object { json in
                for key in article.extra.keys.sorted() {
                    json.key(key); json.string(article.extra[key] ?? "")
                }
            }
        }
    }

    mutating func strings(_ values: [String]) {
        array(values) { json, value in json.string(value) }
    }

    mutating func blocks(_ blocks: [Block]) {
        array(blocks) { json, block in json.block(block) }
    }

    mutating func block(_ block: Block) {
        object { json in
            switch block.kind {
            case .paragraph(let content):
                json.key("type"); json.string("paragraph")
                json.key("content"); json.inlines(content)
            case .heading(let level, let content):
                json.key("type"); json.string("heading")
                json.key("level"); json.number(level)
                json.key("content"); json.inlines(content)
            case .quote(let blocks):
                json.key("type"); json.string("quote")
                json.key("blocks"); json.blocks(blocks)
            case .list(let ordered, let start, let items):
                json.key("type"); json.string("list")
                json.key("ordered"); json.bool(ordered)
                json.key("start"); json.number(start)
                json.key("items"); json.array(items) { json, item in json.blocks(item) }
            case .code(let text, let syntax):
                json.key("type"); json.string("code")
                json.key("text"); json.string(text)
                if let syntax { json.key("syntax"); json.string(syntax) }
            case .figure(let image, let alt, let caption):
                json.key("type"); json.string("figure")
                json.key("image"); json.string(image)
                json.key("alt"); json.string(alt)
                json.key("caption"); json.inlines(caption)
            case .rule:
                json.key("type"); json.string("rule")
            case .table(let table):
                json.key("type"); json.string("table")
                json.key("table")
                json.object { json in
                    json.key("header"); json.array(table.header) { json, cell in json.inlines(cell) }
                    json.key("rows"); json.array(table.rows) { json, row in json.array(row) { json, cell in json.inlines(cell) } }
                    json.key("alignments"); json.array(table.alignments) { json, alignment in json.string(alignment.rawValue) }
                }
            }
            if let language = block.language { json.key("language"); json.string(language) }
            if let direction = block.direction { json.key("direction"); json.string(direction.rawValue) }
        }
    }

    mutating func inlines(_ inlines: [Inline]) {
        array(inlines) { json, inline in json.inline(inline) }
    }

    mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            string(text)
        case .emphasis(let content), .strong(let content), .strikethrough(let content):
            object { json in
                json.key("type"); json.string(inline.containerName)
                json.key("content"); json.inlines(content)
            }
        case .code(let text):
            object { json in
                json.key("type"); json.string("code")
                json.key("text"); json.string(text)
            }
        case .link(let url, let content):
            object { json in
                json.key("type"); json.string("link")
                json.key("url"); json.string(url)
                json.key("content"); json.inlines(content)
            }
        case .lineBreak:
            object { json in
                json.key("type"); json.string("lineBreak")
            }
        }
    }
}

extension Inline {
    /// The JSON `type` of an inline that wraps other inlines.
    var containerName: String {
        switch self {
        case .emphasis: return "emphasis"
        case .strong: return "strong"
        case .strikethrough: return "strikethrough"
        case .text, .code, .link, .lineBreak: return ""
        }
    }
}
