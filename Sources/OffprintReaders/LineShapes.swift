/// The byte length, last byte and word count of every line of a scraped page, gathered once so
/// that the headline features that compare a candidate with every other line (repeated, glued
/// to a label, printed alone elsewhere) compare bytes only where these agree.
struct LineShapes {
    let byteCounts: [Int]
    let lastBytes: [UInt8]
    let words: [Double]

    init(_ lines: [ScrapedLine]) {
        byteCounts = lines.map { $0.text.utf8.count }
        lastBytes = lines.map { $0.text.utf8.last ?? 0 }
        words = lines.map(\.words)
    }
}
