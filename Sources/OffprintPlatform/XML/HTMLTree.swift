import CLibxml2

/// Parses HTML with libxml2's HTML parser, which recovers from tag soup the way browsers do,
/// into a `DOMNode` tree with lower-case names. The C document is freed before `parse`
/// returns. No network access (`HTML_PARSE_NONET`).
package enum HTMLTree {
    /// Elements nested deeper than this are flattened into their ancestor: a 10,000-deep page
    /// is still read, and the recursive steps after parsing (and releasing the tree) stay well
    /// inside a worker thread's stack.
    static let maximumDepth = 160

    /// The document of a UTF-8 page.
    package static func parse(_ utf8: [UInt8]) -> DOMNode {
        _ = LibxmlTree.initialized
        // XML_PARSE_HUGE lifts libxml2's nesting limit from 256 to 2,048 levels.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return DOMNode(element: "#document", attributes: [:]) }
        defer { xmlFreeDoc(document) }
        return LibxmlTree.copy(document, qualifiedNames: false)
    }
}
