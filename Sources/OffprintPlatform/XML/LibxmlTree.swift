import CLibxml2

/// Copies a libxml2 document into a `DOMNode` tree, iteratively (deep pages cannot overflow the
/// stack) and flattening elements nested deeper than `HTMLTree.maximumDepth`. Shared by
/// `HTMLTree` and `XMLTree`, the only code that touches libxml2.
enum LibxmlTree {
    /// libxml2 2.9 sets up its global state on first use without a lock and asks that
    /// `xmlInitParser()` be called once before threads parse; parsers touch this first, and a
    /// `static let` runs it exactly once, thread-safely.
    static let initialized: Void = xmlInitParser()

    /// The copied tree; `qualifiedNames` keeps namespace prefixes (`dc:language`, `xml:lang`).
    static func copy(_ document: xmlDocPtr, qualifiedNames: Bool) -> DOMNode {
        let root = DOMNode(element: "#document", attributes: [:])
        var stack: [(xmlNodePtr, DOMNode, Int)] = children(of: document.pointee.children, parent: root, depth: 0).reversed()
        while let (node, parent, depth) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = self.name(node.pointee.name, node.pointee.ns, qualified: qualifiedNames)
                let element = DOMNode(element: qualifiedNames ? name : name.lowercased(), attributes: attributes(node, qualified: qualifiedNames))
                // Past the depth limit, the element's children join its ancestor.
                let target = depth >= HTMLTree.maximumDepth ? parent : element
                if depth < HTMLTree.maximumDepth { parent.append(element) }
                stack.append(contentsOf: children(of: node.pointee.children, parent: target, depth: depth + 1).reversed())
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { parent.append(DOMNode(text: String(cString: content))) }
            default:
                break
            }
        }
        return root
    }

    private static func children(of first: xmlNodePtr?, parent: DOMNode, depth: Int) -> [(xmlNodePtr, DOMNode, Int)] {
        var result: [(xmlNodePtr, DOMNode, Int)] = []
        var next = first
        while let current = next {
            result.append((current, parent, depth))
            next = current.pointee.next
        }
        return result
    }

    private static func name(_ name: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?, qualified: Bool) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        guard qualified, let prefix = namespace?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    private static func attributes(_ node: xmlNodePtr, qualified: Bool) -> DOMAttributes {
        var result = DOMAttributes()
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var text = current.pointee.children
            while let part = text {
                if let content = part.pointee.content { value += String(cString: content) }
                text = part.pointee.next
            }
            let key = name(current.pointee.name, current.pointee.ns, qualified: qualified)
            result[qualified ? key : key.lowercased()] = value
            attribute = current.pointee.next
        }
        return result
    }
}
