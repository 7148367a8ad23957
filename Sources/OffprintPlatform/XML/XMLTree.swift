import CLibxml2

/// Parses XML (EPUB package documents, XHTML pages, NCX) with libxml2 into a `DOMNode` tree.
/// Element and attribute names keep their namespace prefix (`dc:language`, `xml:lang`).
/// Returns `nil` for a document that is not well-formed. No network access.
package enum XMLTree {
    package static func parse(_ bytes: [UInt8]) -> DOMNode? {
        _ = LibxmlTree.initialized
        guard !bytes.isEmpty else { return nil }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlReadMemory(pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return LibxmlTree.copy(document, qualifiedNames: true)
    }
}
