import CLibxml2

/// Parses HTML with libxml2's HTML parser, which recovers from tag soup the way browsers do,
/// and copies the result into a `DOMNode` tree. The only code that touches libxml2: the C
/// document is freed before `parse` returns. No network access (`HTML_PARSE_NONET`).
enum HTMLTree {
    /// Elements nested deeper than this are flattened into their ancestor: a 10,000-deep page
    /// is still read, and the recursive steps after parsing (and releasing the tree) stay well
    /// inside a worker thread's stack.
    static let maximumDepth = 160

    /// The root `html` element of a UTF-8 page.
    static func parse(_ utf8: [UInt8]) -> DOMNode {
        let root = DOMNode(element: "#document", attributes: [:])
        // XML_PARSE_HUGE lifts libxml2's nesting limit from 256 to 2,048 levels.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return root }
        defer { xmlFreeDoc(document) }
        // Copy iteratively: (C node, Swift parent, depth).
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
                let element = DOMNode(element: name(node).lowercased(), attributes: attributes(node))
                let target = depth >= maximumDepth ? parent : element
                if depth < maximumDepth { parent.append(element) }
                var children: [(xmlNodePtr, DOMNode, Int)] = []
                var next = node.pointee.children
                while let current = next {
                    children.append((current, target, depth + 1))
                    next = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    parent.append(DOMNode(text: String(cString: content)))
                }
            default:
                break
            }
        }
        return root
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                var value = ""
                var text = current.pointee.children
                while let part = text {
                    if let content = part.pointee.content { value += String(cString: content) }
                    text = part.pointee.next
                }
                result[String(cString: name).lowercased()] = value
            }
            attribute = current.pointee.next
        }
        return result
    }
}
