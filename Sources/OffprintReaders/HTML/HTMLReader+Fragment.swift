import Foundation
import OffprintCore
import OffprintPlatform

extension HTMLReader {
    /// The blocks of HTML that is already the article (a read-it-later service's cleaned-up
    /// copy): converted as the page's article would be, but without looking for the article
    /// among furniture, which would cut a short or list-like article down. Scripts, styles,
    /// forms and other elements that are never content are still left out.
    ///
    /// Relative links and images are made absolute against `baseURL` (the article's address):
    /// such content has no files beside it.
    static func articleBlocks(ofFragment html: String, baseURL: URL?, language: String?, direction: TextDirection?) -> [Block] {
        let document = HTMLTree.parse(Array(html.utf8))
        let root = document.first(named: ["body"]) ?? document
        for node in root.descendants() where ContentHints.neverContent.contains(node) && node.name != "footer" && node.name != "aside" {
            node.remove()
        }
        var converter = DOMBlockConverter(baseURL: baseURL, articleLanguage: language, articleDirection: direction?.rawValue)
        converter.resolvesRelativeImages = true
        return converter.blocks(of: root)
    }
}
