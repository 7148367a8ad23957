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

    @Test func replacingChildrenDetachesTheOldAndMovesTheNew() {
        let root = DOMNode(element: "div", attributes: [:])
        let kept = DOMNode(element: "p", attributes: [:])
        let dropped = DOMNode(text: "gone")
        root.append(dropped)
        root.append(kept)
        let elsewhere = DOMNode(element: "section", attributes: [:])
        let moved = DOMNode(element: "span", attributes: [:])
        elsewhere.append(moved)
        let wrapper = DOMNode(element: "p", attributes: [:])
        root.replaceChildren(with: [kept, wrapper, moved])
        #expect(root.children.count == 3 && root.children[0] === kept && root.children[1] === wrapper && root.children[2] === moved)
        #expect(kept.parent === root && wrapper.parent === root && moved.parent === root)
        #expect(dropped.parent == nil && elsewhere.children.isEmpty)
        // The dropped text moves into the new paragraph, which had no children.
        wrapper.replaceChildren(with: [dropped])
        #expect(dropped.parent === wrapper && wrapper.children.count == 1)
    }

    @Test func classAndIDIsTheJoinedValuesLowerCased() {
        let ascii = DOMNode(element: "div", attributes: ["class": "Main-Content Z@[", "id": "Post_1"])
        #expect(ascii.classAndID == "main-content z@[ post_1")
        let other = DOMNode(element: "div", attributes: ["class": "ÉTÉ İnfo", "id": "ΣΑ"])
        #expect(other.classAndID == ("ÉTÉ İnfo" + " " + "ΣΑ").lowercased())
        #expect(DOMNode(element: "div", attributes: [:]).classAndID == " ")
    }
}
