import CLibxml2

/// Parses HTML with libxml2's HTML parser, which recovers from tag soup the way browsers do,
/// into a `DOMNode` tree with lower-case names, built from the parser's events
/// (`HTMLTreeBuilder`): libxml2 builds no tree of its own. No network access (`HTML_PARSE_NONET`).
package enum HTMLTree {
    /// Elements nested deeper than this are flattened into their ancestor: a 10,000-deep page
    /// is still read, and the recursive steps after parsing stay well inside a worker thread's
    /// stack.
    static let maximumDepth = 160

    /// The document of a UTF-8 page (the bytes of a Swift `String`: valid UTF-8).
    ///
    /// `skippingRawText` lets the builder take long script and style text in one step instead
    /// of libxml2's character by character (`HTMLTreeBuilder.rawText`); it is on when the
    /// libxml2 in use builds the same tree with it as without (`rawTextSkipIsExact`).
    package static func parse(_ utf8: [UInt8], skippingRawText: Bool = HTMLTree.rawTextSkipIsExact) -> DOMNode {
        parsed(utf8, skippingRawText: skippingRawText).document
    }

    /// The document, and how many raw texts the builder took whole.
    private static func parsed(_ utf8: [UInt8], skippingRawText: Bool) -> (document: DOMNode, rawTextSkips: Int) {
        _ = LibxmlTree.initialized
        // XML_PARSE_HUGE lifts libxml2's limits on nesting and on the length of names and text.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else { return (DOMNode(element: "#document", attributes: [:]), 0) }
        defer { htmlFreeParserCtxt(context) }
        let builder = HTMLTreeBuilder(skipsRawText: skippingRawText)
        let events = context.pointee.sax!
        // Only the events that make the tree; libxml2 builds no document of its own.
        events.pointee.internalSubset = nil
        events.pointee.externalSubset = nil
        events.pointee.startDocument = nil
        events.pointee.endDocument = nil
        events.pointee.reference = nil
        events.pointee.ignorableWhitespace = nil
        events.pointee.startElement = { context, name, attributes in HTMLTree.builder(context)?.startElement(name, attributes) }
        events.pointee.endElement = { context, _ in HTMLTree.builder(context)?.endElement() }
        events.pointee.characters = { context, bytes, length in HTMLTree.builder(context)?.characters(bytes, length, cdata: false) }
        events.pointee.cdataBlock = { context, bytes, length in
            HTMLTree.builder(context)?.rawText(bytes, length, parser: context?.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        events.pointee.comment = { context, _ in HTMLTree.builder(context)?.otherNode() }
        events.pointee.processingInstruction = { context, _, _ in HTMLTree.builder(context)?.otherNode() }
        context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        // No tree was asked for; should libxml2 make one anyway, it is not ours to keep.
        if let document { xmlFreeDoc(document) }
        return withExtendedLifetime(builder) { (builder.finish(), builder.rawTextSkips) }
    }

    /// Whether skipping raw text builds the same tree as libxml2's own reading, checked once
    /// on a page whose script and style text holds what could tell them apart (end tags of
    /// other elements and of the element in other cases, line breaks of every kind, tabs,
    /// multi-byte characters, text longer than libxml2's 1,000-byte pieces), where the builder
    /// must have taken each of the three long texts whole. A libxml2 whose HTML parser reads raw
    /// text differently (a later one with an HTML5 tokenizer) fails the check and is left to
    /// read it alone.
    package static let rawTextSkipIsExact: Bool = {
        let filler = String(repeating: "var s = \"<p>caf\u{E9} \u{05E9}\u{05DC}\u{05D5}\u{05DD}</p>\";\r\n\tif (a < b && c </ d) {}\r// </scrip \n", count: 40)
        let probe = "<html><head><script>" + filler + "</SCRIPT><style>" + filler + "p { x: 1 }</style ><script>" + filler
            + "</scriptx></head><body><p>after<script>short</script>" + filler + "</p></body></html>"
        let bytes = Array(probe.utf8)
        let skipped = parsed(bytes, skippingRawText: true)
        return skipped.rawTextSkips == 3 && skipped.document.isSameTree(as: parse(bytes, skippingRawText: false))
    }()

    /// The builder a parser context's events go to (the context is the events' user data).
    private static func builder(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let pointer = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(pointer).takeUnretainedValue()
    }
}
