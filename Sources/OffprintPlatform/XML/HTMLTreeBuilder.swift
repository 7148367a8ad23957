import CLibxml2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a `DOMNode` tree straight from the events of libxml2's HTML parser (its SAX
/// interface), instead of letting libxml2 build its own tree and copying that: one tree is
/// allocated, walked and freed per page instead of two.
///
/// libxml2's HTML parser does its tag-soup recovery (implied `html`, `head`, `body` and `p`,
/// elements closed early) itself and reports the result as events, so the tree is the one
/// `htmlReadMemory` would build, made as `LibxmlTree.copy` would copy it:
/// * consecutive text joins into one text node, as libxml2's tree builder joins it (an element,
///   a comment or a processing instruction between two runs keeps them apart; script and style
///   text, which libxml2 reports as CDATA, joins only other CDATA);
/// * a text node ends at its first NUL byte, as `String(cString:)` read it;
/// * an element name with a namespace prefix (`fb:like`) keeps its local part, as libxml2's
///   tree builder splits it (`HTMLTreeBuilder.localName`);
/// * an attribute written without a value is `""`, or its own name for HTML's boolean
///   attributes (`checked`, `hidden` is not one of them);
/// * elements nested deeper than `HTMLTree.maximumDepth` are flattened into their ancestor.
///
/// Given a `PlaceholderPage`, it puts each set-aside value and script or style text back as its
/// placeholder arrives, and reports whether every one came back where it was taken from
/// (`restoredEveryValue`).
final class HTMLTreeBuilder {
    let document = DOMNode(element: "#document", attributes: [:])
    /// For each element libxml2 has open, innermost last, the node its content goes into: the
    /// element itself, or past `HTMLTree.maximumDepth` the ancestor it is flattened into.
    @exclusivity(unchecked) private var open: [DOMNode] = []
    /// Text reported since the last other event, not yet a node.
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var hasText = false
    @exclusivity(unchecked) private var textIsCDATA = false

    /// Whether `rawText` takes the rest of a long script or style text in one step.
    private let skipsRawText: Bool

    /// The values set aside from the page libxml2 reads, and the original page they are in.
    private let stash: PlaceholderPage?
    private let original: UnsafeBufferPointer<UInt8>?
    /// The original page itself, kept by the text nodes made from it until they are read.
    private let originalPage: [UInt8]?
    /// Which set-aside values came back, and whether one came back where it may not (twice, in
    /// a `meta` element, as part of a value).
    @exclusivity(unchecked) private var restored: [Bool]
    @exclusivity(unchecked) private(set) var restoredCount = 0
    @exclusivity(unchecked) private var misplaced = false

    /// Whether every set-aside value came back as a whole attribute value, once each: only then
    /// is the tree the one the original page makes.
    var restoredEveryValue: Bool { !misplaced && restoredCount == (stash?.values.count ?? 0) }

    /// Element names made from libxml2's names (with their packed keys), by the address of
    /// libxml2's name, in a small table indexed by that address: libxml2 hands over element
    /// names from its dictionary (each name stored once per parse) or from its constant strings
    /// for implied elements, so one address is one name for the whole parse.
    @exclusivity(unchecked) private var names = [(address: UnsafeRawPointer?, name: String, key: UInt64)](repeating: (nil, "", 0), count: 128)

    init(skipsRawText: Bool = false, stash: PlaceholderPage? = nil, original: UnsafeBufferPointer<UInt8>? = nil, originalPage: [UInt8]? = nil) {
        self.skipsRawText = skipsRawText
        self.stash = stash
        self.original = original
        self.originalPage = originalPage
        restored = Array(repeating: false, count: stash?.values.count ?? 0)
        open.reserveCapacity(64)
        text.reserveCapacity(1_024)
    }

    func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        flushText()
        let parent = open.last ?? document
        let (elementName, key) = self.elementName(name)
        guard open.count < HTMLTree.maximumDepth else {
            if stash != nil { restoreValues(attributes, in: elementName) }
            open.append(parent)
            return
        }
        let element = DOMNode(element: elementName, key: key, attributes: self.attributes(attributes, in: elementName))
        parent.appendNew(element)
        open.append(element)
    }

    private func elementName(_ name: UnsafePointer<xmlChar>?) -> (String, UInt64) {
        guard let name else { return ("", 0) }
        let address = UnsafeRawPointer(name)
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: address) >> 3) & (names.count - 1)
        if names[slot].address == address { return (names[slot].name, names[slot].key) }
        let made = HTMLTreeBuilder.localName(name)
        let key = DOMNode.nameKey(made)
        names[slot] = (address, made, key)
        return (made, key)
    }

    func endElement() {
        flushText()
        _ = open.popLast()
    }

    func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32, cdata: Bool) {
        // libxml2 drops text outside every element.
        guard !open.isEmpty else { return }
        if hasText, textIsCDATA != cdata { flushText() }
        hasText = true
        textIsCDATA = cdata
        if let bytes, length > 0 { text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length))) }
    }

    /// A piece of a script's or style's text, which libxml2 reports as CDATA in pieces of
    /// 1,000 bytes and more, having read it one character at a time (a tenth of the instructions
    /// of reading a crawl went there). After such a piece, the builder finds where the text ends
    /// itself, by libxml2's own rule (the first `</` followed by the element's name in any case),
    /// takes it whole and moves the parser's input there, so libxml2 goes on at the end tag.
    ///
    /// libxml2 hands a full piece over before it steps past the piece's last character: its
    /// input is then at that character, and steps that character's width after the call. The
    /// builder acts only when the input is exactly there (the piece matches the bytes that end
    /// with that character), and leaves to libxml2 text without its end tag and text holding a
    /// character libxml2 would drop or replace (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE, U+FFFF).
    func rawText(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32, parser: UnsafeMutablePointer<xmlParserCtxt>?) {
        characters(bytes, length, cdata: true)
        let length = Int(length)
        guard skipsRawText, length >= HTMLTreeBuilder.rawTextPiece, !open.isEmpty, let bytes, let parser,
              let input = parser.pointee.input, let name = parser.pointee.name,
              let base = input.pointee.base, let current = input.pointee.cur, let end = input.pointee.end, current < end else { return }
        let width = HTMLTreeBuilder.sequenceLength(current.pointee)
        guard current - base >= length - width, end - current >= width,
              memcmp(current + width - length, bytes, length) == 0 else { return }
        let start = current + width
        guard let stop = HTMLTreeBuilder.rawTextEnd(from: start, to: end, element: name) else { return }
        text.append(contentsOf: UnsafeBufferPointer(start: start, count: stop - start))
        input.pointee.cur = stop - width
        rawTextSkips += 1
    }

    /// The size of libxml2's pieces of raw text (`HTML_PARSER_BIG_BUFFER_SIZE`).
    static let rawTextPiece = 1_000

    /// How many times `rawText` took the rest of a text itself.
    private(set) var rawTextSkips = 0

    /// The length of the UTF-8 sequence a byte starts.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Where raw text starting at `start` ends: at the first `</` followed by `element`'s name
    /// (ASCII letters compared without case, as `xmlStrncasecmp` does); `nil` when no end tag
    /// comes before `end`, or when a character before it is one libxml2 does not copy as it is.
    static func rawTextEnd(from start: UnsafePointer<xmlChar>, to end: UnsafePointer<xmlChar>, element: UnsafePointer<xmlChar>) -> UnsafePointer<xmlChar>? {
        let nameLength = strlen(element)
        guard nameLength > 0 else { return nil }
        var at = start
        while at < end {
            // Eight bytes at a time past text with no control character, `<` or 0xEF in it.
            while end - at >= 8 {
                let word = UnsafeRawPointer(at).loadUnaligned(as: UInt64.self)
                guard !hasByte(word, below: 0x20), !hasByte(word, equalTo: 0x3C), !hasByte(word, equalTo: 0xEF) else { break }
                at += 8
            }
            guard at < end else { break }
            let byte = at.pointee
            if byte < 0x20 {
                guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { return nil }
            } else if byte == 0x3C {
                if end - at >= 2 + nameLength, at[1] == 0x2F, sameLetters(at + 2, element, count: nameLength) { return at }
            } else if byte == 0xEF, end - at >= 3, at[1] == 0xBF, at[2] == 0xBE || at[2] == 0xBF {
                return nil
            }
            at += 1
        }
        return nil
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the word's bytes is below `limit` (at most 0x80): the usual word-at-a-time
    /// test, exact for "is there any such byte".
    @inline(__always)
    private static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    @inline(__always)
    private static func hasByte(_ word: UInt64, equalTo value: UInt8) -> Bool {
        hasByte(word ^ (ones &* UInt64(value)), below: 1)
    }

    private static func sameLetters(_ first: UnsafePointer<xmlChar>, _ second: UnsafePointer<xmlChar>, count: Int) -> Bool {
        for index in 0..<count {
            let a = first[index], b = second[index]
            if a == b { continue }
            guard a | 0x20 == b | 0x20, (0x61...0x7A).contains(a | 0x20) else { return false }
        }
        return true
    }

    /// A comment or processing instruction: nothing of it is kept, but it parts the text around it.
    func otherNode() {
        flushText()
    }

    func finish() -> DOMNode {
        flushText()
        return document
    }

    private func flushText() {
        guard hasText else { return }
        hasText = false
        let node = text.withUnsafeBufferPointer { buffer in
            if textIsCDATA, stash != nil, buffer.first == PlaceholderPage.marker { return restoredText(buffer) }
            let end = memchr(buffer.baseAddress!, 0, buffer.count).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - buffer.baseAddress! }
            return DOMNode(text: String(decoding: UnsafeBufferPointer(rebasing: buffer[..<(end ?? buffer.count)]), as: UTF8.self))
        }
        text.removeAll(keepingCapacity: true)
        open.last?.appendNew(node)
    }

    /// An element's name as libxml2's tree builder keeps it: after the first `:` (its namespace
    /// prefix), unless the name starts or ends with that colon; lower-cased.
    static func localName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        var length = 0
        var colon: Int?
        while name[length] != 0 {
            if colon == nil, name[length] == 0x3A { colon = length }
            length += 1
        }
        var start = 0
        if let colon, colon > 0, colon < length - 1 { start = colon + 1 }
        return lowercased(UnsafeBufferPointer(start: name + start, count: length - start))
    }

    private func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, in element: String) -> DOMAttributes {
        var result = DOMAttributes()
        guard let list else { return result }
        var count = 0
        while list[count] != nil { count += 2 }
        result.reserveCapacity(count / 2)
        var index = 0
        while let name = list[index] {
            let key = HTMLTreeBuilder.lowercased(UnsafeBufferPointer(start: name, count: HTMLTreeBuilder.strlen(name)))
            let value: String
            if let given = list[index + 1] {
                value = restoredValue(given, in: element) ?? String(cString: given)
            } else {
                // `<input checked>`: libxml2 gives HTML's boolean attributes their own name as value.
                value = htmlIsBooleanAttr(name) != 0 ? String(cString: name) : ""
            }
            result.add(key, value)
            index += 2
        }
        return result
    }

    /// The original of a value libxml2 read as a placeholder, or `nil` for any other value.
    private func restoredValue(_ value: UnsafePointer<xmlChar>, in element: String) -> String? {
        guard let stash, let original, value[0] == PlaceholderPage.marker else { return nil }
        guard let number = PlaceholderPage.placeholderNumber(value), number < restored.count, !restored[number],
              !stash.isRawText[number], element != "meta" else {
            misplaced = true
            return nil
        }
        restored[number] = true
        restoredCount += 1
        return String(decoding: UnsafeBufferPointer(rebasing: original[stash.values[number]]), as: UTF8.self)
    }

    /// A text node for the original script or style text libxml2 read as a placeholder (its
    /// `String` made when first asked for); any other text opening with the marker byte gives
    /// up the parse (the text is kept as it is meanwhile).
    private func restoredText(_ text: UnsafeBufferPointer<UInt8>) -> DOMNode {
        guard let stash, let originalPage, let number = PlaceholderPage.placeholderNumber(text), number < restored.count,
              !restored[number], stash.isRawText[number] else {
            misplaced = true
            return DOMNode(text: String(decoding: text, as: UTF8.self))
        }
        restored[number] = true
        restoredCount += 1
        return DOMNode(textIn: originalPage, range: stash.values[number])
    }

    /// Accounts for the values of an element flattened past the depth limit (kept nowhere).
    private func restoreValues(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, in element: String) {
        guard let list else { return }
        var index = 0
        while list[index] != nil {
            if let value = list[index + 1] { _ = restoredValue(value, in: element) }
            index += 2
        }
    }

    private static func strlen(_ text: UnsafePointer<xmlChar>) -> Int {
        var length = 0
        while text[length] != 0 { length += 1 }
        return length
    }

    /// The bytes as a lower-cased string (libxml2 lower-cases HTML names already, so the
    /// Unicode case mapping runs only for a name that needs it).
    private static func lowercased(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        return bytes.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) ? string : string.lowercased()
    }
}
