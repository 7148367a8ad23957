import CLibxml2

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
final class HTMLTreeBuilder {
    let document = DOMNode(element: "#document", attributes: [:])
    /// For each element libxml2 has open, innermost last, the node its content goes into: the
    /// element itself, or past `HTMLTree.maximumDepth` the ancestor it is flattened into.
    @exclusivity(unchecked) private var open: [DOMNode] = []
    /// Text reported since the last other event, not yet a node.
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var hasText = false
    @exclusivity(unchecked) private var textIsCDATA = false

    init() {
        open.reserveCapacity(64)
        text.reserveCapacity(1_024)
    }

    func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        flushText()
        let parent = open.last ?? document
        guard open.count < HTMLTree.maximumDepth else {
            open.append(parent)
            return
        }
        let element = DOMNode(element: HTMLTreeBuilder.localName(name), attributes: HTMLTreeBuilder.attributes(attributes))
        parent.append(element)
        open.append(element)
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
        let end = text.firstIndex(of: 0) ?? text.endIndex
        let string = text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<end]), as: UTF8.self) }
        text.removeAll(keepingCapacity: true)
        open.last?.append(DOMNode(text: string))
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

    private static func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> DOMAttributes {
        var result = DOMAttributes()
        guard let list else { return result }
        var count = 0
        while list[count] != nil { count += 2 }
        result.reserveCapacity(count / 2)
        var index = 0
        while let name = list[index] {
            let key = lowercased(UnsafeBufferPointer(start: name, count: strlen(name)))
            if let value = list[index + 1] {
                result[key] = String(cString: value)
            } else {
                // `<input checked>`: libxml2 gives HTML's boolean attributes their own name as value.
                result[key] = htmlIsBooleanAttr(name) != 0 ? String(cString: name) : ""
            }
            index += 2
        }
        return result
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
