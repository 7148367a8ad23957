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
    /// `usingPlaceholders` lets libxml2 read placeholders for long attribute values
    /// (`PlaceholderPage`); on when `placeholdersAreExact`.
    package static func parse(_ utf8: [UInt8], skippingRawText: Bool = HTMLTree.rawTextSkipIsExact,
                              usingPlaceholders: Bool = HTMLTree.placeholdersAreExact) -> DOMNode {
        parsed(utf8, skippingRawText: skippingRawText, usingPlaceholders: usingPlaceholders).document
    }

    /// The document, how many raw texts the builder took whole, and whether it was read with
    /// attribute values set aside (`false` when none were, or when that parse was given up).
    private static func parsed(_ utf8: [UInt8], skippingRawText: Bool, usingPlaceholders: Bool)
        -> (document: DOMNode, rawTextSkips: Int, placeholdersUsed: Bool) {
        utf8.withUnsafeBufferPointer { original in
            let stash = PlaceholderPage.make(original, settingAside: usingPlaceholders)
            if let stash, !stash.values.isEmpty {
                let builder = HTMLTreeBuilder(skipsRawText: skippingRawText, stash: stash, original: original, originalPage: utf8)
                stash.page.withUnsafeBufferPointer { read($0, into: builder) }
                // A placeholder libxml2 did not read as a whole value: the original page decides
                // (with a crowded tag's attributes cut all the same).
                let document = builder.finish()
                if builder.restoredEveryValue { return (document, builder.rawTextSkips, true) }
            }
            let builder = HTMLTreeBuilder(skipsRawText: skippingRawText)
            if let plain = stash?.plain {
                plain.withUnsafeBufferPointer { read($0, into: builder) }
            } else {
                read(original, into: builder)
            }
            return (builder.finish(), builder.rawTextSkips, false)
        }
    }

    /// Runs libxml2's parser over the bytes with its events going to `builder`.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, into builder: HTMLTreeBuilder) {
        _ = LibxmlTree.initialized
        // XML_PARSE_HUGE lifts libxml2's limits on nesting and on the length of names and text.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else { return }
        defer { htmlFreeParserCtxt(context) }
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
        let document = withExtendedLifetime(builder) {
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(clamping: bytes.count), nil, "UTF-8", options)
            }
        }
        // No tree was asked for; should libxml2 make one anyway, it is not ours to keep.
        if let document { xmlFreeDoc(document) }
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
        let skipped = parsed(bytes, skippingRawText: true, usingPlaceholders: false)
        return skipped.rawTextSkips == 3
            && skipped.document.isSameTree(as: parse(bytes, skippingRawText: false, usingPlaceholders: false))
    }()

    /// Whether reading placeholders for long attribute values and script and style texts
    /// (`PlaceholderPage`) builds the same tree as libxml2's own reading, checked once on a page
    /// whose values and texts hold what could tell them apart (line breaks of every kind, tabs,
    /// controls in values, the other quote, `<`, `>`, `=`, end tags of other elements,
    /// multi-byte characters, values longer than libxml2's 100-byte buffer and texts longer
    /// than its 1,000-byte pieces, blanks around `=`), where every placeholder must have come
    /// back. A libxml2 that reads them otherwise (one that normalises line breaks, as an HTML5
    /// tokenizer does) fails the check and reads every page as it is.
    package static let placeholdersAreExact: Bool = {
        let long = String(repeating: "caf\u{E9} \u{05E9}\u{05DC}\u{05D5}\u{05DD} \u{1F600} a\r\nb\rc\nd\te f <p> x=y </b> ", count: 12)
        let probe = "<html><head><title>t</title><style>p { x: 1 } \(long)</style></head><body>"
            + "<div class=\"\(long)\u{2}'q'\" data-x = '\(long)\"q\"'><p title=\"<b>\(long)</b>\">text</p>"
            + "<script>var s = \"\(long)\";</script><img src=\"https://example.com/image.png?size=large\" alt='\(long)'>"
            + "<script type=\"application/ld+json\">{\"a\": \"\(long)\"}</SCRIPT ></div></body></html>"
        let bytes = Array(probe.utf8)
        let set = parsed(bytes, skippingRawText: true, usingPlaceholders: true)
        return set.placeholdersUsed
            && set.document.isSameTree(as: parse(bytes, skippingRawText: false, usingPlaceholders: false))
    }()

    /// The builder a parser context's events go to (the context is the events' user data).
    private static func builder(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
        guard let pointer = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(pointer).takeUnretainedValue()
    }
}
