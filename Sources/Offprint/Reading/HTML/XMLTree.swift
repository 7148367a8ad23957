import CLibxml2

/// Parses XML (EPUB package documents, XHTML pages, NCX) with libxml2 into a `DOMNode` tree.
/// Element and attribute names keep their namespace prefix (`dc:language`, `xml:lang`).
/// Returns `nil` for a document that is not well-formed. No network access.
enum XMLTree {
    static func parse(_ bytes: [UInt8]) -> DOMNode? {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard !bytes.isEmpty else { return nil }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        let root = DOMNode(element: "#document", attributes: [:])
        var stack: [(xmlNodePtr, DOMNode, Int)] = []
        var child = document.pointee.children
        while let current = child {
            stack.append((current, root, 0))
            child = current.pointee.next
        }
        stack.reverse()
        while let (node, parent, depth) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                guard depth < HTMLTree.maximumDepth else { continue }
                let element = DOMNode(element: qualifiedName(node.pointee.name, node.pointee.ns), attributes: attributes(node))
                parent.append(element)
                var children: [(xmlNodePtr, DOMNode, Int)] = []
                var next = node.pointee.children
                while let current = next {
                    children.append((current, element, depth + 1))
                    next = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { parent.append(DOMNode(text: String(cString: content))) }
            default:
                break
            }
        }
        return root
    }

    private static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        guard let prefix = namespace?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    private static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var text = current.pointee.children
            while let part = text {
                if let content = part.pointee.content { value += String(cString: content) }
                text = part.pointee.next
            }
            result[qualifiedName(current.pointee.name, current.pointee.ns)] = value
            attribute = current.pointee.next
        }
        return result
    }
}
