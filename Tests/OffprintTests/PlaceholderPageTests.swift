import Testing
@testable import OffprintPlatform

/// `HTMLTree` lets libxml2 read placeholders for long attribute values and script and style
/// texts and puts the originals back (`PlaceholderPage`): the tree must be the one libxml2
/// builds from the page as it is, wherever the scan errs (comments, text, dropped tags and
/// attributes, raw text libxml2 reads otherwise).
@Suite struct PlaceholderPageTests {
    private let long = "a long value, caf\u{E9} \u{05E9}\u{05DC}\u{05D5}\u{05DD}"

    private func bothWays(_ html: String) -> (set: DOMNode, read: DOMNode) {
        let bytes = Array(html.utf8)
        return (HTMLTree.parse(bytes, usingPlaceholders: true), HTMLTree.parse(bytes, usingPlaceholders: false))
    }

    @Test func thisLibxml2ReadsPlaceholdersAsTheValuesTheyStandFor() {
        #expect(HTMLTree.placeholdersAreExact)
    }

    @Test func longValuesAreSetAsideAndComeBack() throws {
        let html = "<div class=\"\(long)\" id=short data-x = '\(long) \"quoted\"'><a href=\"https://example.com/a/long/path?q=1\">x</a></div>"
        let stash = try #require(Array(html.utf8).withUnsafeBufferPointer { PlaceholderPage.make($0) })
        #expect(stash.values.count == 3)
        #expect(!stash.page.contains(0xD7), "the Hebrew letters went with their value")
        let (set, read) = bothWays(html)
        #expect(set.isSameTree(as: read))
        let div = try #require(set.first(named: ["div"]))
        #expect(div.attributes["class"] == long)
        #expect(div.attributes["data-x"] == "\(long) \"quoted\"")
        #expect(div.attributes["id"] == "short")
        #expect(set.first(named: ["a"])?.attributes["href"] == "https://example.com/a/long/path?q=1")
    }

    @Test func scriptAndStyleTextsAreSetAsideAndComeBack() throws {
        let script = "var a = \"<p class='x'>\" + b; // </scrip \r\n\t \(long)"
        let html = "<style>p { margin: 0 } /* \(long) */</style><script>\(script)</SCRIPT><p>after</p>"
        let stash = try #require(Array(html.utf8).withUnsafeBufferPointer { PlaceholderPage.make($0) })
        #expect(stash.isRawText == [true, true])
        let (set, read) = bothWays(html)
        #expect(set.isSameTree(as: read))
        #expect(set.first(named: ["script"])?.textContent == script)
    }

    /// A set-aside script's text becomes a `String` only when asked for: the original, its
    /// copies (made before or after) and a page read without placeholders agree.
    @Test func scriptTextMadeWhenAskedIsTheSameInEveryCopy() throws {
        let script = "window.data = {\"k\": \"\(long)\"};"
        let bytes = Array("<html><head><script>\(script)</script></head><body><p>x</p></body></html>".utf8)
        let document = HTMLTree.parse(bytes, usingPlaceholders: true)
        let early = document.deepCopy()
        #expect(document.first(named: ["script"])?.textContent == script)
        let late = document.deepCopy()
        #expect(early.first(named: ["script"])?.children.first?.text == script)
        #expect(late.first(named: ["script"])?.textContent == script)
        #expect(early.isSameTree(as: HTMLTree.parse(bytes, usingPlaceholders: false)))
    }

    @Test func valuesThatReadOtherwiseStay() throws {
        // References, NUL and non-characters are read by libxml2 in its own way.
        for value in ["fish &amp; chips and more", "one\u{0}two three four five", "text then \u{FFFF} and more"] {
            let html = "<p title=\"\(value)\">x</p>"
            #expect(Array(html.utf8).withUnsafeBufferPointer { PlaceholderPage.make($0) } == nil)
            let (set, read) = bothWays(html)
            #expect(set.isSameTree(as: read))
        }
        // A page holding the placeholder byte is read as it is.
        #expect(Array("<p title=\"\(long)\">\u{7F}</p>".utf8).withUnsafeBufferPointer { PlaceholderPage.make($0) } == nil)
    }

    /// Pages where the scan and libxml2 disagree, or where libxml2 drops what it read: each must
    /// still give libxml2's own tree (the parse with placeholders is given up when one does not
    /// come back as a value).
    @Test func wrongGuessesStillGiveLibxml2sTree() {
        let value = "\"\(long)\""
        let pages = [
            "<!-- <p class=\(value)> --><p class=\(value)>after</p>",
            "<!-- unclosed <p class=\(value)>",
            "<script>var a = '<p class=\(value)>';</script><p class=\(value)>x</p>",
            "<style>p[title=\(value)] {}</style><p>x</p>",
            "<script src=\(value)/><p class=\(value)>x</p>",
            "<p class=\(value) class=\(value)>duplicate</p>",
            "<p CLASS=\(value) class=\(value)>duplicate in another case</p>",
            "<button @click=\(value) class=\(value)>bogus name</button>",
            "<a <data-ct=\(value) href=\(value)>bogus tag in tag</a>",
            "<a ``data-x=\(value)>backticks</a>",
            "<p>text</p><html lang=en class=\(value)><body class=\(value)><p>late</p>",
            "<head><meta content=\(value) name=description></head><p>x</p>",
            "<p>some text x=\(value) in a paragraph</p>",
            "<textarea>x=\(value)</textarea><title>t=\(value)</title>",
            "</a class=\(value)><p>end tag</p>",
            "<p title=\(value)x=\(value)>no blank between</p>",
            "<p title= \r\n\t\(value) id=\(value)>blanks around</p>",
            "<p title=\(value)",
            "<p title=\"\(long)",
            "<!DOCTYPE html PUBLIC \(value) \(value)><p>doctype</p>",
            "<?xml version=\"1.0\" encoding=\(value)?><p>pi</p>",
            "<p title='\(long) > < = / \r\n\r \t \u{2} end'>breaks and controls</p>",
            "<svg viewBox=\"0 0 24 24 0 0 24 24\"><path d=\"M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10\"/></svg>",
            "<select><option value=\(value) selected>one<option value=\(value)>two</select>",
            "<table><tr><td class=\(value)>cell<div class=\(value)>misplaced</div></td></tr></table>",
            String(repeating: "<div class=\(value)>", count: 200) + "deep" + String(repeating: "</div>", count: 200),
            "<script></div>\(long)</script><p>markup first</p>",
            "<script><p>\(long)</script><p>markup first</p>",
            "<script>\(long)</scripty>more \(long)</script><p>another end tag</p>",
            "<script>\(long)\u{2}</script><style>\(long)\u{FFFE}</style><p>dropped characters</p>",
            "<script>\(long)",
            "<script/>\(long)<style/>\(long)",
            "<!-- <script>\(long)</script> --><p>comment</p>",
            "<p>text <script>\(long)</script> text</p><noscript><style>\(long)</style></noscript>",
            "<svg><style>\(long)</style><script>\(long)</script></svg>",
            "<textarea><script>\(long)</script></textarea>",
            "<script>" + String(repeating: "\(long) ", count: 40) + "</script><p>longer than a piece</p>",
        ]
        for page in pages {
            let (set, read) = bothWays("<html><body>\(page)</body></html>")
            #expect(set.isSameTree(as: read), "\(page.prefix(40))")
            let (bare, bareRead) = bothWays(page)
            #expect(bare.isSameTree(as: bareRead), "\(page.prefix(40))")
        }
    }

    /// A crafted tag with thousands of attributes: past `maximumAttributes` they are cut before
    /// libxml2 reads the page (it and `DOMAttributes` test each name against all before it), with
    /// or without placeholders, and when the page holds the placeholder byte; the tag's other
    /// attributes, its content and what follows stay.
    @Test func aCrowdedTagKeepsItsFirstAttributesOnly() throws {
        let crowded = (0..<5_000).map { " a\($0)=\"\($0)\"" }.joined()
        let page = "<p class=\"\(long)\" id=first\(crowded) title='\(long)'>kept text</p><img src=\"after.png\">"
        for html in [page, page + "\u{7F}"] {
            for placeholders in [true, false] {
                let document = HTMLTree.parse(Array(html.utf8), usingPlaceholders: placeholders)
                let paragraph = try #require(document.first(named: ["p"]))
                #expect(paragraph.attributes.count == PlaceholderPage.maximumAttributes)
                #expect(paragraph.attributes["class"] == long && paragraph.attributes["id"] == "first")
                #expect(paragraph.attributes["a253"] == "253" && paragraph.attributes["a254"] == nil && paragraph.attributes["title"] == nil)
                #expect(paragraph.normalizedText == "kept text")
                #expect(document.first(named: ["img"])?.attributes["src"] == "after.png")
            }
        }
        // A tag at the bound is read as it is.
        let full = "<p" + (0..<PlaceholderPage.maximumAttributes).map { " b\($0)=x" }.joined() + ">text</p>"
        #expect(Array(full.utf8).withUnsafeBufferPointer { PlaceholderPage.make($0) } == nil)
        #expect(HTMLTree.parse(Array(full.utf8)).first(named: ["p"])?.attributes.count == PlaceholderPage.maximumAttributes)
    }
}
