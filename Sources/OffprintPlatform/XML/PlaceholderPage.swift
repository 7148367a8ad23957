#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A page with its long quoted attribute values and its script and style texts set aside: each
/// replaced by a short placeholder (DEL, 0x7F, which libxml2 copies from values and raw text
/// alike, then the placeholder's number in decimal) before libxml2 reads the page, and put back
/// by the tree builder (`HTMLTreeBuilder`) from the original bytes as they arrive.
///
/// libxml2 2.9 reads attribute values and raw text one character at a time at about 125
/// instructions a byte (a sixth of all the instructions of reading a crawl went to attribute
/// values, a thirtieth to the first 1,000 bytes of each script before the tree builder takes
/// the rest whole). It reads a quoted value as it is up to the closing quote, except `&`
/// (references), NUL and characters it reports as invalid; and script or style text as it is
/// up to the first `</` and the element's name, except control characters and non-characters
/// (dropped), and text opening with `<` (read as markup first). A value or text holding none of
/// those reads the same as its placeholder, and the parser is in the same state after it either
/// way. So wherever libxml2 hands a whole placeholder over as an attribute's value (or as the
/// raw text of an element), the original is what it would have read there.
///
/// The scan that finds them is a sketch of libxml2's (start tags and their attributes as
/// `htmlParseStartTag` reads them, comments, raw text); where it errs, a placeholder lands
/// somewhere else (in text, a comment, a tag or attribute libxml2 drops): then not every
/// placeholder comes back where it was taken from, and `HTMLTree` parses the original page.
struct PlaceholderPage {
    /// The page with the placeholders.
    let page: [UInt8]
    /// Where each set-aside value or text lies in the original page, by placeholder number.
    let values: [Range<Int>]
    /// Whether each placeholder stands for raw text (else for an attribute value).
    let isRawText: [Bool]

    /// The byte that opens a placeholder; a page holding it sets nothing aside.
    static let marker: UInt8 = 0x7F

    /// The page with only the cuts made (no placeholders), or `nil` when nothing was cut: what
    /// libxml2 reads when the placeholders are not used.
    let plain: [UInt8]?

    /// Values and texts shorter than this stay (a placeholder takes up to seven bytes).
    static let minimumLength = 16

    /// The attributes a start tag keeps; the rest are cut before libxml2 reads the page. libxml2
    /// tests each attribute's name against every one before it (as does `DOMAttributes`), so a
    /// crafted tag with 200,000 attributes took 90 CPU seconds; at this bound a page at the
    /// 32 MB input limit stays within seconds. The most a real page of the development corpus
    /// puts on one tag is 70.
    static let maximumAttributes = 256

    /// The page with its long quoted attribute values and script and style texts set aside
    /// (when `settingAside`, and the page does not hold the marker byte) and the attributes of
    /// a tag past `maximumAttributes` cut; `nil` when there is nothing to do either way.
    static func make(_ page: UnsafeBufferPointer<UInt8>, settingAside: Bool = true) -> PlaceholderPage? {
        guard let base = page.baseAddress, page.count > minimumLength else { return nil }
        var scan = PlaceholderScan(base: base, end: page.count)
        scan.run()
        let setsAside = settingAside && !scan.values.isEmpty && memchr(base, Int32(marker), page.count) == nil
        let values = setsAside ? scan.values : []
        guard !values.isEmpty || !scan.cuts.isEmpty else { return nil }
        let plain = scan.cuts.isEmpty ? nil : edited(page, values: [], cuts: scan.cuts)
        let output = values.isEmpty ? plain! : edited(page, values: values, cuts: scan.cuts)
        return PlaceholderPage(page: output, values: values, isRawText: setsAside ? scan.isRawText : [], plain: plain)
    }

    /// The page with each value replaced by its placeholder and each cut left out (both in page
    /// order; no value lies in a cut, as none is set aside past a tag's 64th name).
    private static func edited(_ page: UnsafeBufferPointer<UInt8>, values: [Range<Int>], cuts: [Range<Int>]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(page.count)
        var copied = 0
        var nextValue = 0, nextCut = 0
        while nextValue < values.count || nextCut < cuts.count {
            let takesValue = nextCut == cuts.count || (nextValue < values.count && values[nextValue].lowerBound < cuts[nextCut].lowerBound)
            let range = takesValue ? values[nextValue] : cuts[nextCut]
            output.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied..<range.lowerBound]))
            if takesValue {
                output.append(marker)
                appendDecimal(nextValue, to: &output)
                nextValue += 1
            } else {
                nextCut += 1
            }
            copied = range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied...]))
        return output
    }

    private static func appendDecimal(_ number: Int, to output: inout [UInt8]) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            output.append(UInt8(truncatingIfNeeded: 0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// The number of the placeholder a value (NUL-terminated, from libxml2) is, or `nil` when it
    /// is not exactly one.
    static func placeholderNumber(_ value: UnsafePointer<UInt8>) -> Int? {
        var count = 0
        while value[count] != 0, count <= 10 { count += 1 }
        return placeholderNumber(UnsafeBufferPointer(start: value, count: count))
    }

    /// The number of the placeholder the bytes are, or `nil` when they are not exactly one.
    static func placeholderNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 2, bytes.count <= 10, bytes[0] == marker else { return nil }
        var number = 0
        for byte in bytes.dropFirst() {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        return number
    }
}
