import OffprintCore
import OffprintPlatform
extension ContentExtractor {
    /// Removes unlikely parts and empty containers, turns text-only `div`s into paragraphs, and
    /// returns the elements whose text is scored.
    func prepareCandidates(_ body: DOMNode) -> [DOMNode] {
        var scored: [DOMNode] = []
        for node in body.descendants() {
            guard node.parentIsAttached(to: body) else { continue }
            if flags.contains(.stripUnlikely), node.name != "body", node.name != "a", node.name != "article", node.name != "main" {
                let role = node.attributes["role"] ?? ""
                // A layout wrapper named for its sidebar ("two-col-sidebar-right") may hold the
                // page's own main content, or be it (an id naming a share widget on the
                // `articleBody`): that is never unlikely.
                if ContentHints.unlikelyRoles.contains(role)
                    || (node.hintText.map { ContentHints.matches($0, ContentHints.unlikely) && !ContentHints.matches($0, ContentHints.maybe) } == true
                        && !node.hasAncestor(named: ["table", "code"]) && !ContentHints.marksMainContent(node)
                        && node.firstElement(where: ContentHints.marksMainContent) == nil) {
                    node.remove()
                    continue
                }
            }
            if ContentHints.removedWhenEmpty.contains(node), isEmpty(node) {
                node.remove()
                continue
            }
            if node.name == "div" {
                let hasBlocks = node.children.contains { !$0.isText && (ContentHints.blockLevel.contains($0) || $0.holdsElement(in: ContentHints.blockLevel)) }
                if !hasBlocks {
                    node.name = "p"
                } else {
                    wrapLooseText(in: node)
                }
            }
            if ContentHints.scored.contains(node) {
                scored.append(node)
            } else if node.name == "blockquote" || node.name == "article",
                      !node.children.contains(where: { !$0.isText && (ContentHints.blockLevel.contains($0) || $0.holdsElement(in: ContentHints.blockLevel)) }) {
                // Text straight in a quote or an article element (a forum post) is a paragraph too.
                scored.append(node)
            }
        }
        return scored
    }

    private func isEmpty(_ node: DOMNode) -> Bool {
        node.children.allSatisfy { child in
            child.isText ? child.text.isBlank : ["br", "hr"].contains(child.name)
        }
    }

    /// Runs of text and inline elements directly in a `div` beside blocks become paragraphs.
    /// Runs without text are dropped. The `div`'s children are replaced at once, and each
    /// paragraph's filled at once, so a wide `div` costs time linear in its width.
    private func wrapLooseText(in node: DOMNode) {
        let children = node.children
        var rebuilt: [DOMNode] = []
        var paragraphs: [(paragraph: DOMNode, children: ArraySlice<DOMNode>)] = []
        var runStart: Int?
        func flush(to end: Int) {
            if let start = runStart, children[start..<end].contains(where: \.holdsNonBlankText) {
                let paragraph = DOMNode(element: "p", attributes: [:])
                paragraphs.append((paragraph, children[start..<end]))
                rebuilt.append(paragraph)
            }
            runStart = nil
        }
        for (index, child) in children.enumerated() {
            if child.isText || !(ContentHints.blockLevel.contains(child) || child.holdsElement(in: ContentHints.blockLevel)) {
                if runStart == nil { runStart = index }
            } else {
                flush(to: index)
                rebuilt.append(child)
            }
        }
        flush(to: children.count)
        guard rebuilt.count != children.count || zip(rebuilt, children).contains(where: { $0 !== $1 }) else { return }
        node.replaceChildren(with: rebuilt)
        for (paragraph, runChildren) in paragraphs { paragraph.replaceChildren(with: Array(runChildren)) }
    }

    /// Scores paragraphs into their ancestors and returns the best container.
    func topCandidate(scoring paragraphs: [DOMNode], in body: DOMNode, measure: TextMeasure) -> DOMNode? {
        var candidates: [DOMNode] = []
        for paragraph in paragraphs where paragraph.parentIsAttached(to: body) {
            // Of the paragraph's text (collapsed); characters past 300 change nothing below.
            let (characters, commas) = paragraph.normalizedTextCounts(characterLimit: 300)
            guard characters >= 25 else { continue }
            let contentScore = 1 + Double(commas) + min(Double(characters / 100), 3)
            var ancestor = paragraph.parentElement
            var level = 0
            while let current = ancestor, level < 5 {
                if current.score == nil {
                    current.score = ContentHints.tagWeight(current.name) + (flags.contains(.weightClasses) ? ContentHints.classWeight(current) : 0)
                    candidates.append(current)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                current.score! += contentScore / divider
                ancestor = current.parentElement
                level += 1
            }
        }
        for candidate in candidates {
            candidate.score = (candidate.score ?? 0) * (1 - measure.linkDensity(candidate))
        }
        // The root above the body (which holds the head's text) is never the article.
        guard var top = candidates.max(by: { ($0.score ?? 0) < ($1.score ?? 0) }), top !== body, top.hasAncestor(body) else {
            return body
        }
        top = climb(from: top, candidates: candidates, body: body)
        return top
    }

    /// Moves up to a better container: the common ancestor of several near-best candidates, a
    /// parent that scores higher, or the parent of an only child.
    private func climb(from start: DOMNode, candidates: [DOMNode], body: DOMNode) -> DOMNode {
        var top = start
        let topScore = top.score ?? 0
        let close = candidates.filter { $0 !== top && ($0.score ?? 0) / max(topScore, 1) >= 0.75 }.prefix(5)
        if close.count >= 3 {
            var ancestor = top.parentElement
            while let current = ancestor, current !== body {
                if close.filter({ $0.hasAncestor(current) }).count >= 3 {
                    top = current
                    break
                }
                ancestor = current.parentElement
            }
        }
        if top.score == nil { top.score = ContentHints.tagWeight(top.name) }
        var parent = top.parentElement
        var lastScore = top.score ?? 0
        let threshold = lastScore / 3
        while let current = parent, current !== body {
            guard let score = current.score else {
                parent = current.parentElement
                continue
            }
            if score < threshold { break }
            if score > lastScore {
                top = current
                break
            }
            lastScore = score
            parent = current.parentElement
        }
        while let parent = top.parentElement, parent !== body, parent.elements.count == 1 {
            top = parent
        }
        return top
    }

    /// The top candidate and those of its siblings that belong with it.
    func siblings(of top: DOMNode, measure: TextMeasure) -> [DOMNode] {
        guard let parent = top.parentElement else { return [top] }
        let topScore = top.score ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = top.attributes["class"] ?? ""
        var result: [DOMNode] = []
        for sibling in parent.children {
            if sibling === top {
                result.append(sibling)
                continue
            }
            if sibling.isText {
                // Text left loose beside the content (tag soup closed early) belongs with it.
                if WhitespaceCollapsing.collapsedLength(sibling.text) >= 25 {
                    let paragraph = DOMNode(element: "p", attributes: [:])
                    paragraph.append(DOMNode(text: sibling.text))
                    result.append(paragraph)
                }
                continue
            }
            var bonus = 0.0
            if !topClass.isEmpty, sibling.attributes["class"] == topClass { bonus += topScore * 0.2 }
            if let score = sibling.score, score + bonus >= threshold {
                result.append(sibling)
            } else if !topClass.isEmpty, sibling.attributes["class"] == topClass,
                      measure.length(sibling) >= 100, measure.linkDensity(sibling) < 0.25,
                      sibling.score == nil || sameTemplate(sibling, top) {
                // A section of the article in a wrapper like the top's, too deep for its
                // paragraphs' scores to reach (a subheading's, nearer, may reach it a little:
                // then it must be built like the top, not a box of other stories).
                result.append(sibling)
            } else if sibling.name == "p" {
                let length = measure.length(sibling)
                let density = measure.linkDensity(sibling)
                let text = sibling.normalizedText
                if (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && (text.contains(". ") || text.hasSuffix("."))) {
                    result.append(sibling)
                }
            }
        }
        return result
    }
}

/// Whether two wrappers open with the same element (by tag and class): sections of one
/// article written by one template.
private func sameTemplate(_ one: DOMNode, _ other: DOMNode) -> Bool {
    guard let first = one.elements.first, let second = other.elements.first else { return false }
    return first.name == second.name && first.attributes["class"] == second.attributes["class"]
}

extension DOMNode {
    /// The first element below (in document order) that satisfies `predicate`.
    func firstElement(where predicate: (DOMNode) -> Bool) -> DOMNode? {
        var stack = Array(children.reversed())
        while let node = stack.popLast() {
            guard !node.isText else { continue }
            if predicate(node) { return node }
            stack.append(contentsOf: node.children.reversed())
        }
        return nil
    }
}
