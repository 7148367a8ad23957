import Foundation
import OffprintCore
import OffprintPlatform

extension EPUBCheckRun {
    /// Languages, manifest against zip entries, spine direction, and every page.
    mutating func checkPackage(_ package: DOMNode, at packagePath: String) {
        let folder = (packagePath as NSString).deletingLastPathComponent
        let languages = package.descendants(named: ["dc:language"]).map { $0.normalizedText }
        if languages.isEmpty { report("no-language", "the package has no dc:language", in: packagePath) }
        for language in languages where !EPUBCheckRun.isWellFormed(language) {
            report("bad-language-tag", "dc:language '\(language)' is not a well-formed BCP 47 tag", in: packagePath)
        }
        let packageElement = package.first(named: ["package"])
        if let tag = packageElement?.attributes["xml:lang"], !EPUBCheckRun.isWellFormed(tag) {
            report("bad-language-tag", "xml:lang '\(tag)' on the package is not a well-formed BCP 47 tag", in: packagePath)
        }

        // Manifest and zip entries, both ways.
        let names = Set(entries.map(\.name))
        var manifest: [String: (path: String, mediaType: String)] = [:]
        for item in package.descendants(named: ["item"]) {
            guard let id = item.attributes["id"], let href = item.attributes["href"] else { continue }
            if href.contains("://") {
                report("remote-resource", "the manifest lists a remote resource, \(href)", in: packagePath)
                continue
            }
            let path = EPUBCheckRun.resolve(href, in: folder)
            manifest[id] = (path, item.attributes["media-type"] ?? "")
            if !names.contains(path) {
                report("manifest-missing-file", "the manifest lists \(href), which is not in the book", in: packagePath)
            }
        }
        let listed = Set(manifest.values.map(\.path))
        for entry in entries where !entry.name.hasSuffix("/") && entry.name != "mimetype" && !entry.name.hasPrefix("META-INF/") && entry.name != packagePath {
            if !listed.contains(entry.name) { report("unlisted-file", "is in the book but not in the manifest", in: entry.name) }
        }

        // Pages, and the direction they read in.
        var pageDirections: [TextDirection] = []
        // (A listed file that is missing was reported above.)
        // The navigation page belongs to the book, not to one article: it speaks the package's language.
        let navigation = package.descendants(named: ["item"]).first { ($0.attributes["properties"] ?? "").split(separator: " ").contains("nav") }
            .flatMap { $0.attributes["href"] }.map { EPUBCheckRun.resolve($0, in: folder) }
        for item in manifest.values.sorted(by: { $0.path < $1.path }) where item.mediaType == "application/xhtml+xml" && names.contains(item.path) {
            let expectedLanguage = item.path == navigation ? languages.first : nil
            if let direction = checkPage(item.path, bookLanguage: expectedLanguage) { pageDirections.append(direction) }
        }
        for item in manifest.values.sorted(by: { $0.path < $1.path }) where item.mediaType == "text/css" {
            checkStyleSheet(item.path)
        }
        for item in manifest.values.sorted(by: { $0.path < $1.path }) where item.mediaType == "image/svg+xml" && names.contains(item.path) {
            if let image = xml(item.path), let root = image.elements.first { checkSVG(root, in: item.path) }
        }
        // The spine reads in the direction of the book's language (an Arabic anthology of English
        // articles pages right to left, as its reader asked); without a known language, in the
        // direction of most pages.
        let progression = package.first(named: ["spine"])?.attributes["page-progression-direction"]
        let readsRightToLeft = progression == "rtl"
        if let language = languages.first, let expected = TextDirection(language: language) {
            if readsRightToLeft, !expected.isRightToLeft {
                report("spine-direction", "the spine reads right to left, but the book's language \(language) is written left to right", in: packagePath)
            } else if !readsRightToLeft, expected.isRightToLeft {
                report("spine-direction", "the book's language \(language) is written right to left, but the spine has no page-progression-direction=\"rtl\"", in: packagePath)
            }
        } else {
            let mostlyRightToLeft = pageDirections.filter(\.isRightToLeft).count * 2 > pageDirections.count
            if readsRightToLeft, !mostlyRightToLeft {
                report("spine-direction", "the spine reads right to left, but most pages are left to right", in: packagePath)
            } else if !readsRightToLeft, mostlyRightToLeft {
                report("spine-direction", "most pages are right to left, but the spine has no page-progression-direction=\"rtl\"", in: packagePath)
            }
        }
    }

    /// One XHTML page: `lang`, `xml:lang` and `dir` on its root, agreeing, well-formed, in
    /// `bookLanguage` when given, and no remote resources. Returns the page's direction.
    private mutating func checkPage(_ path: String, bookLanguage: String?) -> TextDirection? {
        guard let document = xml(path), let root = document.first(named: ["html"]) else { return nil }
        let lang = root.attributes["lang"], xmlLang = root.attributes["xml:lang"], dir = root.attributes["dir"]
        if lang == nil { report("missing-lang", "the page has no lang attribute", in: path) }
        if xmlLang == nil { report("missing-xml-lang", "the page has no xml:lang attribute", in: path) }
        if let lang, let xmlLang, lang != xmlLang { report("lang-mismatch", "lang '\(lang)' and xml:lang '\(xmlLang)' differ", in: path) }
        if let bookLanguage, let lang, lang.lowercased() != bookLanguage.lowercased() {
            report("lang-mismatch", "the book's own page is in '\(lang)', but the package's language is '\(bookLanguage)'", in: path)
        }
        for element in [root] + root.descendants() {
            for attribute in ["lang", "xml:lang"] {
                if let tag = element.attributes[attribute], !EPUBCheckRun.isWellFormed(tag) {
                    report("bad-language-tag", "\(attribute) '\(tag)' is not a well-formed BCP 47 tag", in: path)
                }
            }
            // What a reading system would fetch: media sources, objects, SVG images.
            var fetched = ["src", "poster", "srcset", "data"]
            if element.name == "image" || element.name == "svg:image" { fetched += ["href", "xlink:href"] }
            for attribute in fetched {
                if let reference = element.attributes[attribute], EPUBCheckRun.isRemote(reference) {
                    report("remote-resource", "refers to a remote resource, \(reference)", in: path)
                }
            }
            if element.name == "link", let reference = element.attributes["href"], EPUBCheckRun.isRemote(reference) {
                report("remote-resource", "links a remote resource, \(reference)", in: path)
            }
            // Style in the page fetches as a style sheet does.
            var styles = element.attributes["style"].map { [$0] } ?? []
            if element.name == "style" { styles.append(element.textContent) }
            for reference in styles.flatMap(EPUBCheckRun.remoteReferences(inCSS:)) {
                report("remote-resource", "its style fetches a remote resource, \(reference)", in: path)
            }
        }
        for svg in root.descendants().filter({ SVGRules.localName($0.name) == "svg" && !$0.hasAncestor(named: ["svg", "svg:svg"]) }) {
            checkSVG(svg, in: path)
        }
        guard let dir, let direction = TextDirection(rawValue: dir) else {
            report("missing-dir", dir == nil ? "the page has no dir attribute" : "dir '\(dir ?? "")' is neither ltr nor rtl", in: path)
            return nil
        }
        if let lang, let expected = TextDirection(language: lang), expected != direction {
            report("dir-mismatch", "the page is in \(lang), written \(expected.rawValue), but says dir=\"\(dir)\"", in: path)
        }
        return direction
    }

    /// An SVG image (a file of the book, or inline in a page) that can run or fetch: scripts,
    /// event handlers, foreign objects, animation, references out of the image.
    private mutating func checkSVG(_ root: DOMNode, in path: String) {
        var problems: [String] = []
        for element in [root] + root.descendants() {
            let name = SVGRules.localName(element.name)
            if SVGRules.activeElements.contains(name) { problems.append("a <\(name)> element") }
            for key in element.attributes.keys.sorted() {
                if let problem = SVGRules.problem(withAttribute: key, value: element.attributes[key] ?? "", allowingRelativeFiles: true) { problems.append(problem) }
            }
            if name == "style", let problem = SVGRules.problem(withStyle: element.textContent) { problems.append(problem) }
        }
        var seen = Set<String>()
        for problem in problems where seen.insert(problem).inserted {
            report("scripted-svg", "an SVG image holds active content: \(problem)", in: path)
        }
    }

    /// Whether a tag is BCP 47 as written: Offprint reads `en_US` leniently, but a book must
    /// say `en-US`.
    static func isWellFormed(_ tag: String) -> Bool {
        LanguageTag(tag) != nil && !tag.contains("_")
    }

    /// Whether a reference points outside the book (a reading system would fetch it).
    static func isRemote(_ reference: String) -> Bool {
        let trimmed = reference.trimmingWhitespace().lowercased()
        return trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") || trimmed.hasPrefix("//")
            || trimmed.contains(" http://") || trimmed.contains(" https://") || trimmed.contains(",http")
    }

    /// A style sheet: no `url(...)` or `@import` of a remote resource.
    private mutating func checkStyleSheet(_ path: String) {
        guard let bytes = archive.contents(of: path) else { return }
        for reference in EPUBCheckRun.remoteReferences(inCSS: bytes) {
            report("remote-resource", "the style sheet fetches a remote resource, \(reference)", in: path)
        }
    }

    /// The remote targets of `url(...)` and `@import` in CSS text.
    /// Foundation's search finds the markers, so a style sheet of tens of megabytes costs
    /// milliseconds (splitting it into strings cost seconds).
    static func remoteReferences(inCSS css: String) -> [String] {
        remoteReferences(inCSS: Array(css.utf8))
    }

    static func remoteReferences(inCSS bytes: [UInt8]) -> [String] {
        let data = Data(bytes)
        var references: [String] = []
        for marker in [Data("url(".utf8), Data("@import".utf8)] {
            var searchStart = 0
            while let found = data.range(of: marker, in: searchStart..<data.count) {
                var index = found.upperBound
                while index < bytes.count, [0x20, 0x22, 0x27].contains(bytes[index]) { index += 1 }
                let start = index
                while index < bytes.count, ![0x29, 0x22, 0x27, 0x3B, 0x20].contains(bytes[index]) { index += 1 }
                let reference = String(decoding: bytes[start..<index], as: UTF8.self)
                if isRemote(reference) { references.append(reference) }
                searchStart = max(index, found.upperBound)
            }
        }
        return references
    }

    /// A manifest `href` as a path in the zip.
    static func resolve(_ href: String, in folder: String) -> String {
        let decoded = href.removingPercentEncoding ?? href
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for part in decoded.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
