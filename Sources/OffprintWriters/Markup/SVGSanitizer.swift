import Foundation
import OffprintCore
import OffprintPlatform

/// Rewrites an SVG image so that it can only draw (`SVGRules`): scripts, event handlers,
/// `<foreignObject>`, animation and references out of the image are dropped; drawing elements,
/// their attributes and styles stay. Used by every writer that embeds or packages images.
enum SVGSanitizer {
    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    /// The image, rewritten; `nil` when it is not well-formed XML with an `<svg>` root.
    static func sanitized(_ data: Data) -> Data? {
        guard let document = XMLTree.parse([UInt8](data)),
              let root = document.elements.first, SVGRules.localName(root.name) == "svg" else { return nil }
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        write(root, into: &output, isRoot: true)
        return Data(output.utf8)
    }

    /// One element and what it holds (depth is bounded by the XML tree's own limit).
    private static func write(_ element: DOMNode, into output: inout String, isRoot: Bool = false) {
        let name = SVGRules.localName(element.name)
        guard SVGRules.drawingElements.contains(name) else { return }
        if name == "style", SVGRules.problem(withStyle: element.textContent) != nil { return }
        output += "<" + name
        if isRoot { output += " xmlns=\"\(svgNamespace)\" xmlns:xlink=\"\(xlinkNamespace)\"" }
        for key in element.attributes.keys.sorted() {
            guard let value = element.attributes[key], let kept = keptName(key),
                  SVGRules.problem(withAttribute: key, value: value) == nil else { continue }
            output += " " + kept + "=\"" + MarkupText.escaped(value) + "\""
        }
        output += ">"
        for child in element.children {
            if child.isText { MarkupText.escape(child.text, into: &output) } else { write(child, into: &output) }
        }
        output += "</" + name + ">"
    }

    /// The name an attribute is written with, or `nil` to drop it: plain names, `xml:` ones and
    /// `xlink:href`; namespace declarations are written on the root, other namespaces dropped.
    private static func keptName(_ name: String) -> String? {
        guard let colon = name.firstIndex(of: ":") else { return name }
        let prefix = name[..<colon]
        if prefix == "xml" { return name }
        if prefix == "xlink", name.hasSuffix(":href") { return "xlink:href" }
        return nil
    }
}

extension Resource {
    /// Whether the resource is an SVG image, by its media type or its bytes.
    var isSVG: Bool {
        mediaType == ImageType.svg.mediaType || data.flatMap { ImageType(sniffing: $0) } == .svg
    }

    /// The bytes a writer may put in a page or a book: an SVG image sanitised (`nil` when it
    /// is not one that parses), any other image as it is.
    var writableData: Data? {
        guard let data else { return nil }
        return isSVG ? SVGSanitizer.sanitized(data) : data
    }
}
