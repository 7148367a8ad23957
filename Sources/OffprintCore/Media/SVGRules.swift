/// What an SVG image may hold when Offprint writes or checks it: drawing, never acting.
///
/// An SVG file is a document, not only a picture: opened on its own (from an EPUB, or a page's
/// `data:` URL in a new tab) it runs `<script>`, `on...` handlers and HTML in
/// `<foreignObject>`, and fetches what its `href`s name. The writers keep only the elements
/// below and the checker reports the rest.
public enum SVGRules {
    /// Elements that draw, group, define or describe: everything else is dropped with its content.
    public static let drawingElements: Set<String> = [
        "svg", "g", "defs", "symbol", "use", "title", "desc", "style", "switch",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath", "image",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
        "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode",
        "feMorphology", "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    ]

    /// Elements that run code, embed other documents or change the drawing over time (an
    /// `<animate>` or `<set>` can turn an `href` into `javascript:`).
    public static let activeElements: Set<String> = [
        "script", "foreignObject", "iframe", "object", "embed", "handler", "listener",
        "set", "animate", "animateMotion", "animateTransform", "animateColor", "discard",
    ]

    /// An element's name without its namespace prefix (`svg:rect` → `rect`).
    public static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// Why an attribute must not be kept, or `nil` when it may: event handlers (`on...`),
    /// references that leave the image (an `href` to anything but `#fragment` or a raster
    /// `data:` image), and styles that fetch (`url(...)` of anything but `#fragment`, `@import`)
    /// or run (`expression(`, `javascript:`). `allowingRelativeFiles` lets a relative path
    /// pass (an image beside it in a book, which the checker accepts and the writers do not keep).
    public static func problem(withAttribute name: String, value: String, allowingRelativeFiles: Bool = false) -> String? {
        let local = localName(name).lowercased()
        if local.hasPrefix("on") { return "an event handler (\(name))" }
        if local == "href" || local == "src" {
            if isInternalReference(value) || allowingRelativeFiles && isRelativeFile(value) { return nil }
            return "a reference out of the image (\(name)=\"\(value.prefix(40))\")"
        }
        if local == "style" { return problem(withStyle: value) }
        // Presentation attributes such as fill="url(#g)" may point inside the image only.
        if value.lowercased().contains("url(") || value.lowercased().contains("javascript:") { return problem(withStyle: value) }
        return nil
    }

    /// Why CSS text (a `<style>` element or a `style` attribute) must not be kept, or `nil`.
    public static func problem(withStyle css: String) -> String? {
        let lowered = css.lowercased().filter { !$0.isWhitespace }
        if lowered.contains("@import") { return "a style that imports another file" }
        if lowered.contains("expression(") || lowered.contains("javascript:") || lowered.contains("behavior:") {
            return "a style that runs code"
        }
        for part in lowered.components(separatedBy: "url(").dropFirst() {
            let target = part.drop { $0 == "\"" || $0 == "'" }
            if !target.hasPrefix("#") { return "a style that fetches \(target.prefix { $0 != ")" }.prefix(40))" }
        }
        return nil
    }

    /// A path with no scheme and no host (`images/a.png`), which stays inside a book.
    public static func isRelativeFile(_ value: String) -> Bool {
        let trimmed = value.trimmingWhitespace()
        let beforeSlash = trimmed.prefix { $0 != "/" }
        return !trimmed.isEmpty && !trimmed.hasPrefix("/") && !beforeSlash.contains(":")
    }

    /// A `#fragment` in the same image, or a raster image carried in a `data:` URL.
    public static func isInternalReference(_ value: String) -> Bool {
        let trimmed = value.trimmingWhitespace().lowercased()
        return trimmed.hasPrefix("#")
            || ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"].contains { trimmed.hasPrefix($0) }
    }
}
