import Foundation
import OffprintCore
import OffprintPlatform
import OffprintCleanup

/// Reads web pages saved for offline reading: finds the article among the page's navigation,
/// comments and share bars (`ContentExtractor`), takes its metadata from JSON-LD, Open Graph and
/// `<meta>` (`HTMLMetadata`), and loads its images from the folder saved beside the page.
/// Nothing is ever fetched from the network.
public struct HTMLReader: ArticleReader {
    public let format = "html"
    public let fileExtensions = ["html", "htm", "xhtml", "shtml"]
    public let summary = "web pages saved offline: the article found among the page around it, with local images"

    public init() {}

    /// Content that starts (after white space) with a doctype, `<html` or a comment.
    public func recognizes(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1_024), as: UTF8.self).trimmingWhitespace().lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || (head.hasPrefix("<!--") && head.contains("<html"))
    }

    /// The most start tags a page may hold. Reading costs time and memory per element (the tree,
    /// the extraction passes, the blocks), so a page of a few megabytes that is nothing but
    /// tiny paragraphs could take a minute and gigabytes. Saved articles hold a few thousand
    /// elements (10,000 for the longest encyclopedia page we have seen); this bound is thirty
    /// times that, read in under five seconds and under 600 MB whatever the elements are.
    public static let maximumElements = 300_000

    /// An upper estimate of a page's elements: every `<` followed by a letter (a start tag, or
    /// text in a script that looks like one).
    static func possibleElements(in utf8: [UInt8]) -> Int {
        utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0
            var index = 0
            // memchr finds each `<` (a few in a hundred bytes) faster than a loop over every byte.
            while index < bytes.count, let found = memchr(base + index, 0x3C, bytes.count - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                if index < bytes.count, (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A { count += 1 }
            }
            return count
        }
    }

    /// Pages whose article has fewer characters than this are "no article content".
    static let minimumText = 120

    /// The characters of the blocks' text that is not the text of a link.
    static func proseCharacters(in blocks: [Block]) -> Int {
        struct ProseCounter: ModelWalker {
            var characters = 0
            mutating func visit(_ block: Block) -> ModelWalkStep {
                if case .code(let text, _) = block.kind { characters += text.characterCount() }
                return .descend
            }
            mutating func visit(_ inline: Inline) -> ModelWalkStep {
                switch inline {
                case .text(let text), .code(let text): characters += text.characterCount()
                case .link: return .skipChildren
                case .emphasis, .strong, .strikethrough, .lineBreak: break
                }
                return .descend
            }
        }
        var counter = ProseCounter()
        counter.walk(blocks)
        return counter.characters
    }

    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        try read(input, images: ImageLoader(baseDirectory: input.fileURL?.deletingLastPathComponent(), captured: input.resources), warnings: &warnings)
    }

    /// Reads a page whose images `images` loads (from the folder beside it, or from the parts
    /// of the file it came in).
    func read(_ input: ReaderInput, images: ImageLoader, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        let utf8 = try HTMLCharset.utf8(input.data, encoding: input.encoding, transportCharset: input.transportCharset, fallback: input.fallbackEncoding)
        let elements = HTMLReader.possibleElements(in: utf8)
        guard elements <= HTMLReader.maximumElements else {
            throw ConversionError(.malformed(
                "the page holds \(elements) elements, over the \(HTMLReader.maximumElements) that can be read in bounded time and memory; is it one article?"))
        }
        // One parse serves the metadata and, copied, each extraction pass (passes change the
        // tree they are given).
        let document = HTMLTree.parse(utf8)
        let metadata = HTMLMetadata(document: document)
        let pageHost = (metadata.url ?? input.url).flatMap { URL(string: $0)?.host }.map(ContentExtractor.siteHost)
        let extracted = ContentExtractor.content(pageHost: pageHost) { document.deepCopy() }
        // A declared language the article's text plainly contradicts (a site template's
        // `lang="en"` on a Croatian article) gives way to the text's.
        let language = metadata.language.flatMap { LanguageTag($0)?.description }
            .map { declared in extracted.map { LanguageDetector.standard.language(of: $0.content.textContent, declared: declared) } ?? declared }
        let direction = (extracted?.direction ?? metadata.direction).flatMap { TextDirection(rawValue: $0.lowercased()) }
        // A captured page's links and images resolve against the address it was captured from.
        let captured = input.url.flatMap { URL(string: $0) }
        let baseURL = captured.map { page in metadata.baseReference.flatMap { URL(string: $0, relativeTo: page)?.absoluteURL } ?? page } ?? metadata.baseURL
        let converter = DOMBlockConverter(baseURL: baseURL, articleLanguage: language, articleDirection: direction?.rawValue,
                                          resolvesRelativeImages: captured != nil)
        var body = HTMLReader.removingCaptionsAndStamps(HTMLReader.removingRepeatedBlocks(extracted.map { converter.blocks(of: $0.content) } ?? []))
        // Text outside links: an index of links, however long, is not an article. A page that
        // states its article's text in its structured data (and shows it only through a
        // script) yields that text.
        if HTMLReader.proseCharacters(in: body) < HTMLReader.minimumText,
           let marked = document.descendants().first(where: { ($0.attributes["itemprop"] ?? "").lowercased().contains("articlebody") }) {
            // The element the page itself marks as the article body (schema.org microdata).
            body = converter.blocks(of: marked)
        }
        if HTMLReader.proseCharacters(in: body) < HTMLReader.minimumText {
            let stated = HTMLReader.paragraphs(of: metadata.articleBody ?? "")
            guard HTMLReader.proseCharacters(in: stated) >= HTMLReader.minimumText else {
                throw ConversionError(.notAnArticle("no article content found"))
            }
            body = stated
        }
        let title = metadata.title ?? PlainTextReader.fallbackTitle(from: body, name: input.name)
        // The page's own headline usually opens the content; the title already says it.
        body = HTMLReader.removingLeadingHeadline(body, title: title)
        // A standfirst printed above the article's container, as the page's description says it.
        body = HTMLReader.withLead(body, summary: metadata.summary, document: document, converter: converter)
        var article = Article(
            id: metadata.url ?? input.url ?? input.name, title: title, kicker: metadata.section, authors: metadata.authors,
            published: metadata.published, modified: metadata.modified,
            source: ArticleSource(url: metadata.url ?? input.url, siteName: metadata.siteName, path: input.name),
            language: language, direction: direction, tags: metadata.keywords, summary: metadata.summary, body: body)
        if let given = metadata.language, language == nil {
            warnings.append(ConversionWarning("the page's language '\(given)' is not a BCP 47 tag; detecting it from the text"))
        }
        article.enforceModelLimits(warnings: &warnings)
        images.loadImages(of: &article, warnings: &warnings)
        return article
    }

    /// Plain text as paragraphs, one per non-blank line.
    static func paragraphs(of text: String) -> [Block] {
        text.split(whereSeparator: \.isNewline).map { DOMNode.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }.map { Block.paragraph($0) }
    }

    static func sameHeadline(_ heading: String, _ title: String) -> Bool {
        let a = FurnitureLexicon.normalize(heading), b = FurnitureLexicon.normalize(title)
        return !a.isEmpty && (a == b || b.hasPrefix(a) || a.hasPrefix(b))
    }
}
