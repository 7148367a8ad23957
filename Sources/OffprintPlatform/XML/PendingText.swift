/// Bytes of a page that become a text node's `String` when first asked for.
final class PendingText {
    let page: [UInt8]
    let range: Range<Int>

    init(page: [UInt8], range: Range<Int>) {
        self.page = page
        self.range = range
    }

    var text: String { page.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) } }
}
