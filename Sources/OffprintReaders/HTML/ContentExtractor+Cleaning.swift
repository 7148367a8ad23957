import OffprintPlatform
extension ContentExtractor {
    /// Removes what inside the chosen content is still furniture: share bars, link lists,
    /// image galleries without text, and empty paragraphs.
    func clean(_ content: DOMNode) {
        for node in content.descendants() where node.parentIsAttached(to: content) {
            let hints = node.classAndID
            if hints.containsBytes(of: "share") && node.textContent.count < 500 {
                node.remove()
            } else if ["h1", "h2"].contains(node.name), flags.contains(.weightClasses), ContentHints.classWeight(node) < 0 {
                node.remove()
            }
        }
        if flags.contains(.cleanConditionally) {
            let measure = TextMeasure(content)
            for node in content.descendants(named: ["table", "ul", "div"]).reversed() where node.parentIsAttached(to: content) {
                if shouldRemove(node, measure: measure) { node.remove() }
            }
        }
        for paragraph in content.descendants(named: ["p"]) where paragraph.parentIsAttached(to: content) {
            if paragraph.textContent.isBlank, paragraph.first(named: ["img", "picture", "figure", "video", "svg"]) == nil {
                paragraph.remove()
            }
        }
    }

    private func shouldRemove(_ node: DOMNode, measure: TextMeasure) -> Bool {
        if node.hasAncestor(named: ["code", "pre"]) { return false }
        let weight = flags.contains(.weightClasses) ? ContentHints.classWeight(node) : 0
        if weight < 0 { return true }
        let text = node.normalizedText
        if text.unicodeScalars.count(where: { $0 == "," || $0 == "，" || $0 == "、" || $0 == "،" }) >= 10 { return false }
        // A container that is mostly lists counts as a list.
        var isList = node.name == "ul" || node.name == "ol"
        if !isList {
            let listText = node.descendants(named: ["ul", "ol"]).filter { !$0.hasAncestor(named: ["ul", "ol"]) || $0.parentElement === node }
                .reduce(0) { $0 + measure.length($1) }
            isList = measure.length(node) > 0 && Double(listText) / Double(measure.length(node)) > 0.9
        }
        let paragraphs = node.descendants(named: ["p"]).count
        let images = node.descendants(named: ["img"]).count
        let items = node.descendants(named: ["li"]).count - 100
        let inputs = node.descendants(named: ["input"]).count
        let density = measure.linkDensity(node)
        let length = text.count
        let inFigure = node.hasAncestor(named: ["figure"])
        if node.name == "table", node.first(named: ["th"]) != nil || node.attributes["role"] == "table" { return false }
        if images > 1, Double(paragraphs) / Double(images) < 0.5, !inFigure { return true }
        if !isList, items > paragraphs { return true }
        if Double(inputs) > Double(paragraphs) / 3 { return true }
        if !isList, length < 25, images == 0 || images > 2, !inFigure { return true }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        return false
    }
}
