#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The scan for what `PlaceholderPage` sets aside: start tags (their quoted values after `=`)
/// and the script and style texts after them, skipping comments, and the values of `meta`
/// elements (which libxml2 reads for a charset) and of `html`, `head` and `body` (dropped with
/// their attributes when they come late).
struct PlaceholderScan {
    let base: UnsafePointer<UInt8>
    let end: Int
    private(set) var values: [Range<Int>] = []
    private(set) var isRawText: [Bool] = []
    /// The attributes of a start tag past its `PlaceholderPage.maximumAttributes`th, from the
    /// next one's name to the tag's end: cut from the page libxml2 reads.
    private(set) var cuts: [Range<Int>] = []
    /// The current tag's attribute names so far (libxml2 drops a repeated one).
    private var names: [Range<Int>] = []

    init(base: UnsafePointer<UInt8>, end: Int) {
        self.base = base
        self.end = end
        names.reserveCapacity(32)
    }

    @inline(__always)
    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// An ASCII name's bytes lower-cased and packed into an integer (first byte lowest), for
    /// names of one to eight bytes; 0 for longer ones.
    @inline(__always)
    private func key(_ name: Range<Int>) -> UInt64 {
        guard name.count <= 8 else { return 0 }
        var key: UInt64 = 0
        for index in name.reversed() { key = key << 8 | UInt64(base[index] | 0x20) }
        return key
    }

    // "script", "style", "meta", "html", "head", "body" as `key` packs them.
    private static let script: UInt64 = 0x7470_6972_6373, style: UInt64 = 0x65_6C79_7473
    /// The names as C strings (a literal `StaticString` is NUL-terminated), for `rawTextEnd`.
    private static var scriptName: UnsafePointer<UInt8> { ("script" as StaticString).utf8Start }
    private static var styleName: UnsafePointer<UInt8> { ("style" as StaticString).utf8Start }
    private static let meta: UInt64 = 0x6174_656D, html: UInt64 = 0x6C6D_7468, head: UInt64 = 0x6461_6568, body: UInt64 = 0x7964_6F62

    /// Where `</` and the element's name (any case) start, from `start`.
    private func endTag(_ name: Range<Int>, from start: Int) -> Int? {
        var at = start
        while let open = find(0x3C, from: at) {
            if open + 1 + name.count < end, base[open + 1] == 0x2F, sameName(open + 2..<open + 2 + name.count, name) { return open }
            at = open + 1
        }
        return nil
    }

    private func commentEnd(from start: Int) -> Int? {
        var at = start
        while let dash = find(0x2D, from: at) {
            if dash + 2 < end, base[dash + 1] == 0x2D, base[dash + 2] == 0x3E { return dash + 3 }
            at = dash + 1
        }
        return nil
    }

    /// Whether a value reads the same as its placeholder: no reference, NUL or character
    /// libxml2 calls invalid (U+FFFE, U+FFFF; the page is valid UTF-8, so no surrogates).
    private func canSetAside(_ value: Range<Int>) -> Bool {
        let start = base + value.lowerBound, count = value.count
        guard memchr(start, 0x26, count) == nil, memchr(start, 0, count) == nil else { return false }
        var at = start
        let stop = base + value.upperBound
        while at < stop, let found = memchr(at, 0xEF, stop - at) {
            let lead = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if stop - lead > 2, lead[1] == 0xBF, lead[2] >= 0xBE { return false }
            at = lead + 1
        }
        return true
    }

    /// libxml2's blanks (`IS_BLANK_CH`).
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }

    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    /// The name libxml2 reads at `start` (`htmlParseHTMLName`: a letter, `_`, `:` or `.`, then
    /// those, digits and `-`), as the range of its bytes; empty when there is none.
    @inline(__always)
    private func name(at start: Int) -> Range<Int> {
        guard start < end else { return start..<start }
        let first = base[start]
        guard PlaceholderScan.isLetter(first) || first == 0x5F || first == 0x3A || first == 0x2E else { return start..<start }
        var stop = start + 1
        while stop < end, PlaceholderScan.isNameByte(base[stop]) { stop += 1 }
        return start..<stop
    }

    private func sameName(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        for offset in 0..<first.count where base[first.lowerBound + offset] | 0x20 != base[second.lowerBound + offset] | 0x20 { return false }
        return true
    }

    @inline(__always)
    private func skipBlanks(from start: Int) -> Int {
        var at = start
        while at < end, PlaceholderScan.isBlank(base[at]) { at += 1 }
        return at
    }

    mutating func run() {
        var at = 0
        while let open = find(0x3C, from: at) {
            at = open + 1
            guard at < end else { return }
            if base[at] == 0x21 {
                if at + 2 < end, base[at + 1] == 0x2D, base[at + 2] == 0x2D {
                    guard let close = commentEnd(from: at + 3) else { return }
                    at = close
                }
                continue
            }
            // libxml2 reads a start tag where `<` is followed by a letter.
            guard PlaceholderScan.isLetter(base[at]) else { continue }
            let element = name(at: at)
            let elementKey = key(element)
            let setsAside = elementKey != PlaceholderScan.meta && elementKey != PlaceholderScan.html && elementKey != PlaceholderScan.head && elementKey != PlaceholderScan.body
            guard let (tagEnd, selfClosing) = attributes(from: element.upperBound, settingAside: setsAside) else { return }
            at = tagEnd
            if !selfClosing, elementKey == PlaceholderScan.script || elementKey == PlaceholderScan.style {
                // libxml2 reads text opening with `<` as markup first.
                if at < end, base[at] != 0x3C,
                   let stop = HTMLTreeBuilder.rawTextEnd(from: base + at, to: base + end, element: elementKey == PlaceholderScan.script ? PlaceholderScan.scriptName : PlaceholderScan.styleName) {
                    let close = stop - base
                    if close - at >= PlaceholderPage.minimumLength {
                        values.append(at..<close)
                        isRawText.append(true)
                    }
                    at = close
                } else {
                    guard let close = endTag(element, from: at) else { return }
                    at = close
                }
            }
        }
    }

    /// Reads a start tag's attributes from `start` as `htmlParseStartTag` does, noting the
    /// values to set aside; returns where the tag ends (past `>` or `/>`), or `nil` at the
    /// page's end.
    private mutating func attributes(from start: Int, settingAside: Bool) -> (end: Int, selfClosing: Bool)? {
        names.removeAll(keepingCapacity: true)
        var at = skipBlanks(from: start)
        var cut: Int?
        while at < end {
            let byte = base[at]
            let closes = byte == 0x3E || (byte == 0x2F && at + 1 < end && base[at + 1] == 0x3E)
            if closes, let cut { cuts.append(cut..<at) }
            if byte == 0x3E { return (at + 1, false) }
            if closes { return (at + 2, true) }
            if cut == nil, names.count == PlaceholderPage.maximumAttributes { cut = at }
            let attribute = name(at: at)
            guard !attribute.isEmpty else {
                // A bogus attribute: skipped up to a blank or the tag's end.
                while at < end, !PlaceholderScan.isBlank(base[at]), base[at] != 0x3E, !(base[at] == 0x2F && at + 1 < end && base[at + 1] == 0x3E) { at += 1 }
                at = skipBlanks(from: at)
                continue
            }
            at = skipBlanks(from: attribute.upperBound)
            if at < end, base[at] == 0x3D {
                at = skipBlanks(from: at + 1)
                guard at < end else { return nil }
                let quote = base[at]
                if quote == 0x22 || quote == 0x27 {
                    guard let close = find(quote, from: at + 1) else { return nil }
                    let value = at + 1..<close
                    // libxml2 drops a repeated attribute, placeholder and all. (Past 64 names,
                    // nothing more is set aside, so the test stays short on a hostile tag.)
                    if settingAside, value.count >= PlaceholderPage.minimumLength, names.count < 64, canSetAside(value),
                       !names.contains(where: { sameName($0, attribute) }) {
                        values.append(value)
                        isRawText.append(false)
                    }
                    at = close + 1
                } else {
                    while at < end, !PlaceholderScan.isBlank(base[at]), base[at] != 0x3E { at += 1 }
                }
            }
            names.append(attribute)
            at = skipBlanks(from: at)
        }
        return nil
    }
}
