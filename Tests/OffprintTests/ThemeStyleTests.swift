import Foundation
import Testing
@testable import OffprintWriters

/// What the built-in style sheets must say for every script and every screen: fonts chosen by
/// language, nothing wider than a small screen, logical properties only. (The Chromium tests
/// check the rendering; these check the rules, fast.)
@Suite struct ThemeStyleTests {
    static let html = TemplateSet.builtIn.style("html/style.css")
    static let epub = TemplateSet.builtIn.style("epub/style.css")

    /// The declarations of every rule whose selector list names `selector` exactly, joined.
    static func declarations(of selector: String, in css: String) -> String? {
        let uncommented = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        var found: [String] = []
        var rest = Substring(uncommented)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let selectors = rest[..<open].split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let body = rest[rest.index(after: open)..<close]
            // An at-rule's block holds rules of its own: look inside it, not at it.
            if selectors.first?.hasPrefix("@") == true {
                rest = rest[rest.index(after: open)...]
                continue
            }
            if selectors.contains(selector) { found.append(String(body)) }
            rest = rest[rest.index(after: close)...]
        }
        return found.isEmpty ? nil : found.joined(separator: ";")
    }

    /// The first font a declaration block names for `property`.
    static func firstFont(_ declarations: String?, property: String = "font-family") -> String? {
        guard let declarations, let range = declarations.range(of: property + ":") else { return nil }
        return declarations[range.upperBound...].split(separator: ",").first?.trimmingCharacters(in: .whitespaces)
    }

    @Test func htmlFontsAreChosenByLanguage() throws {
        #expect(Self.firstFont(Self.declarations(of: "[lang]", in: Self.html), property: "--font-text") == "\"Noto Serif\"")
        #expect(Self.firstFont(Self.declarations(of: ":lang(ar)", in: Self.html), property: "--font-text") == "\"Noto Naskh Arabic\"")
        #expect(Self.firstFont(Self.declarations(of: ":lang(ar)", in: Self.html), property: "--font-heading") == "\"Noto Sans Arabic\"")
        #expect(Self.firstFont(Self.declarations(of: ":lang(he)", in: Self.html), property: "--font-text") == "\"Noto Serif Hebrew\"")
        #expect(Self.firstFont(Self.declarations(of: ":lang(zh)", in: Self.html), property: "--font-text") == "\"Noto Serif CJK SC\"")
        #expect(Self.firstFont(Self.declarations(of: ":lang(ja)", in: Self.html), property: "--font-text") == "\"Noto Serif CJK JP\"")
        #expect(Self.firstFont(Self.declarations(of: ":lang(ko)", in: Self.html), property: "--font-text") == "\"Noto Serif CJK KR\"")
        // The page and every element naming its language start from the Latin stacks, after which
        // the script rules come, so a lang="en" run inside an Arabic page is set in Latin type.
        let reset = try #require(Self.html.range(of: ":root, [lang] {"))
        let arabic = try #require(Self.html.range(of: ":lang(ar), :lang(fa)"))
        #expect(reset.lowerBound < arabic.lowerBound)
    }

    @Test func epubFontsAreOrderedPerScript() {
        #expect(Self.firstFont(Self.declarations(of: "[lang]", in: Self.epub)) == "\"Noto Serif\"")
        #expect(Self.firstFont(Self.declarations(of: "[lang|=\"ar\"]", in: Self.epub)) == "\"Noto Naskh Arabic\"")
        #expect(Self.firstFont(Self.declarations(of: "body:lang(ar)", in: Self.epub)) == "\"Noto Naskh Arabic\"")
        #expect(Self.firstFont(Self.declarations(of: "h1:lang(ar)", in: Self.epub)) == "\"Noto Sans Arabic\"")
        #expect(Self.firstFont(Self.declarations(of: "[lang|=\"he\"]", in: Self.epub)) == "\"Noto Serif Hebrew\"")
        #expect(Self.firstFont(Self.declarations(of: "[lang|=\"zh\"]", in: Self.epub)) == "\"Noto Serif CJK SC\"")
        #expect(Self.firstFont(Self.declarations(of: "[lang|=\"ja\"]", in: Self.epub)) == "\"Noto Serif CJK JP\"")
    }

    @Test func smallScreensNeverScrollSideways() {
        #expect(Self.declarations(of: "body", in: Self.html)?.contains("overflow-wrap: anywhere") == true)
        #expect(Self.declarations(of: ".table-scroll", in: Self.html)?.contains("overflow-x: auto") == true)
        #expect(Self.declarations(of: "img", in: Self.html)?.contains("max-inline-size: 100%") == true)
        #expect(Self.declarations(of: "pre", in: Self.html)?.contains("overflow-x: auto") == true)
    }

    @Test func theRelatedHeadingIsSmallerThanTheChapterTitle() throws {
        let size = { (selector: String) -> Double? in
            guard let block = Self.declarations(of: selector, in: Self.epub), let range = block.range(of: "font-size:") else { return nil }
            return Double(block[range.upperBound...].trimmingCharacters(in: .whitespaces).prefix { $0.isNumber || $0 == "." })
        }
        let title = try #require(size("h1"))
        let related = try #require(size(".related h2"))
        #expect(related < title * 0.8)
    }

    @Test func logicalPropertiesOnlyAndNoCSSDirection() {
        for css in [Self.html, Self.epub] {
            for physical in ["margin-left", "margin-right", "padding-left", "padding-right", "border-left", "border-right", "text-align: left", "text-align: right", "float:"] {
                #expect(!css.contains(physical), "\(physical)")
            }
        }
        #expect(!Self.epub.contains("direction:"))
        // A quotation's bar is on its own start side, whatever the page's direction.
        #expect(Self.declarations(of: "blockquote", in: Self.html)?.contains("border-inline-start") == true)
        #expect(Self.declarations(of: "blockquote", in: Self.epub)?.contains("border-inline-start") == true)
    }
}
