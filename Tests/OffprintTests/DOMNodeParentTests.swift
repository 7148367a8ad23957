import Testing
@testable import OffprintPlatform

/// `DOMNode.parent` is an unretained link: these check it behaves as the weak reference it
/// replaced, whatever moves a node and whichever node is freed first.
@Suite struct DOMNodeParentTests {
    @Test func aChildOutlivingItsParentSeesNoParent() {
        var kept: DOMNode?
        do {
            let parent = DOMNode(element: "div", attributes: [:])
            let child = DOMNode(element: "p", attributes: [:])
            parent.append(child)
            #expect(child.parent === parent)
            kept = child
        }
        #expect(kept?.parent == nil)
    }

    @Test func movingRemovingAndReplacingKeepTheLinkTrue() {
        let first = DOMNode(element: "div", attributes: [:])
        let child = DOMNode(element: "p", attributes: [:])
        first.append(child)
        var second: DOMNode? = DOMNode(element: "section", attributes: [:])
        second!.append(child)
        #expect(child.parent === second && first.children.isEmpty)
        child.remove()
        #expect(child.parent == nil && second!.children.isEmpty)

        let old = DOMNode(element: "span", attributes: [:])
        second!.append(old)
        old.replace(with: [child])
        #expect(child.parent === second && old.parent == nil)
        // The node the child was replaced into goes first: the child is left without a parent.
        second = nil
        #expect(child.parent == nil)
    }

    @Test func aCopyLinksToItsOwnNodes() {
        let root = DOMNode(element: "div", attributes: [:])
        let child = DOMNode(element: "p", attributes: [:])
        root.append(child)
        child.append(DOMNode(text: "text"))
        var copy: DOMNode? = root.deepCopy()
        let copiedText = copy!.children[0].children[0]
        #expect(copiedText.parent === copy!.children[0] && copy!.children[0].parent === copy)
        #expect(child.parent === root)
        let copiedChild = copy!.children[0]
        copy = nil
        #expect(copiedChild.parent == nil && copiedText.parent === copiedChild)
    }
}
