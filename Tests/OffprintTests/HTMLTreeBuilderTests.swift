import Testing
@testable import OffprintPlatform

/// `HTMLTree` builds its `DOMNode`s from libxml2's parser events: these check it makes the tree
/// libxml2's own tree builder made (text joined and parted as there, names, attributes without
/// values) and that deep pages are flattened, not refused.
@Suite struct HTMLTreeBuilderTests {
    private func body(_ html: String) -> DOMNode {
        let document = HTMLTree.parse(Array("<html><body>\(html)</body></html>".utf8))
        return document.first(named: ["body"])!
    }

    private func texts(_ node: DOMNode) -> [String] { node.children.filter(\.isText).map(\.text) }

    @Test func textJoinsAcrossReferencesAndPartsAtCommentsAndElements() {
        let paragraph = body("<p>fish &amp; chips, &#x41;nd more</p>").first(named: ["p"])!
        #expect(texts(paragraph) == ["fish & chips, And more"])
        let parted = body("<p>before<!-- note -->after<b>bold</b>tail</p>").first(named: ["p"])!
        #expect(texts(parted) == ["before", "after", "tail"])
    }

    @Test func scriptTextIsKeptWhole() {
        let script = body("<script>if (a < b && c > d) { go(\"</p>\"); }</script>").first(named: ["script"])
        #expect(script?.textContent == "if (a < b && c > d) { go(\"</p>\"); }")
    }

    /// Long script and style text is taken whole by the builder (`HTMLTreeBuilder.rawText`)
    /// instead of libxml2's character by character: the tree must be the one libxml2 builds
    /// alone, wherever the text ends and whatever it holds.
    @Test func takingRawTextWholeBuildsLibxml2sTree() {
        #expect(HTMLTree.rawTextSkipIsExact, "this libxml2 reads raw text as the builder expects")
        let long = String(repeating: "x = \"<b>\u{E9}\u{05E9}</b>\"; if (a </ b) {} // </scrip\r\n\t\r", count: 60)
        let pages = [
            "<script>\(long)</SCRIPT><p>after</p>",
            "<style>\(long)</stylez><p>after</p>",
            "<script>\(long)\u{1}tail</script><p>after</p>",
            "<script>\(long)\u{FFFF}tail</script><p>after</p>",
            "<script>\(long)\u{FFFE}</script><p>after</p>",
            "<script>\(long)",
            "<script>\(long)</scr",
            "<script>" + String(repeating: " ", count: 2_500) + "</script><p>after</p>",
            "<script>" + String(repeating: "\u{05E9}", count: 1_500) + "</script><p>after</p>",
            "<script type=\"application/ld+json\">\(long)</script><script>\(long)</script>",
            "<p>x<script>\(long)</script>y<style>\(long)</style>z</p>",
            "<svg><style>\(long)</style></svg><textarea>\(long)</textarea>",
        ]
        for page in pages {
            let bytes = Array("<html><body>\(page)</body></html>".utf8)
            let skipped = HTMLTree.parse(bytes, skippingRawText: true, usingPlaceholders: false)
            let read = HTMLTree.parse(bytes, skippingRawText: false, usingPlaceholders: false)
            #expect(skipped.isSameTree(as: read), "\(page.prefix(30))")
        }
        #expect(body("<script>\(long)</script>").first(named: ["script"])?.textContent == long)
        #expect(body("<style>\(long)</STYLE>").first(named: ["style"])?.textContent == long)
    }

    @Test func attributesAreLowerCasedAndValuelessOnesGetHTMLsValue() {
        let input = body("<input CHECKED Disabled data-flag Class=\"A b\" id=x>").first(named: ["input"])!
        #expect(input.attributes["checked"] == "checked")
        #expect(input.attributes["disabled"] == "disabled")
        #expect(input.attributes["data-flag"] == "")
        #expect(input.attributes["class"] == "A b")
        #expect(input.attributes["id"] == "x")
        #expect(input.attributes.keys == ["checked", "disabled", "data-flag", "class", "id"])
    }

    @Test func prefixedElementNamesKeepTheirLocalPart() {
        let root = body("<fb:like data-href=\"x\">liked</fb:like><DIV>upper</DIV>")
        #expect(root.first(named: ["like"])?.textContent == "liked")
        #expect(root.first(named: ["div"])?.textContent == "upper")
    }

    @Test func tagSoupIsRecoveredAsTheParserDoes() {
        // libxml2 closes the open paragraph at the next one and implies the missing elements.
        let document = HTMLTree.parse(Array("<p>one<p>two".utf8))
        #expect(document.children.map(\.name) == ["html"])
        #expect(document.descendants(named: ["p"]).map(\.textContent) == ["one", "two"])
    }

    @Test func deepPagesAreFlattenedPastTheDepthLimit() {
        let depth = 3_000
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let document = HTMLTree.parse(Array(html.utf8))
        var deepest = 0
        var stack: [(DOMNode, Int)] = [(document, 0)]
        while let (node, level) = stack.popLast() {
            deepest = max(deepest, level)
            stack.append(contentsOf: node.children.map { ($0, level + 1) })
        }
        #expect(deepest <= HTMLTree.maximumDepth + 1)
        #expect(document.textContent == "deep text")
    }
}
