/// A list of hint words (`ContentHints.unlikely`, `.positive`...) found in a class or id value
/// by one scan of its bytes: at each byte only the words that start with it are compared.
///
/// The answer is the same as asking, for each word, whether its UTF-8 bytes occur in the
/// value's (`String.containsBytes(of:)`), which is what the extractor's rules mean; asking word
/// by word took a `memchr` per word per element and was 5% of reading a web archive.
struct HintWords {
    /// The words, in the order given.
    let words: [String]
    /// The words' bytes, one after the other.
    private let bytes: [UInt8]
    /// Per word: where its bytes start in `bytes` and how many there are, ordered by first byte.
    private let spans: [(start: Int, count: Int)]
    /// Per first byte: the range of `spans` of the words starting with it.
    private let buckets: [Range<Int>]

    init(_ words: [String]) {
        self.words = words
        var bytes: [UInt8] = []
        var byFirstByte = [[(start: Int, count: Int)]](repeating: [], count: 256)
        for word in words where !word.isEmpty {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            byFirstByte[Int(bytes[start])].append((start, word.utf8.count))
        }
        var spans: [(start: Int, count: Int)] = []
        var buckets: [Range<Int>] = []
        for group in byFirstByte {
            buckets.append(spans.count..<(spans.count + group.count))
            spans.append(contentsOf: group)
        }
        self.bytes = bytes
        self.spans = spans
        self.buckets = buckets
        hasEmptyWord = words.contains(where: \.isEmpty)
    }

    /// Whether an empty word is listed (it occurs in every text).
    private let hasEmptyWord: Bool

    /// Whether any word occurs in `text`, byte for byte.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0, lowercasingASCII: false) }
    }

    /// Whether any word occurs in `text` with its ASCII letters lower-cased (the words are
    /// lower-case): for a value that is all ASCII, the same as `occurs(in: text.lowercased())`.
    func occurs(in text: UnsafeBufferPointer<UInt8>, lowercasingASCII: Bool) -> Bool {
        if hasEmptyWord { return true }
        guard let base = text.baseAddress else { return false }
        let count = text.count
        return bytes.withUnsafeBufferPointer { words in
            spans.withUnsafeBufferPointer { spans in
                buckets.withUnsafeBufferPointer { buckets in
                    for offset in 0..<count {
                        let bucket = buckets[Int(HintWords.byte(base[offset], lowercasing: lowercasingASCII))]
                        for index in bucket {
                            let span = spans[index]
                            guard span.count <= count - offset else { continue }
                            var matched = 1
                            while matched < span.count,
                                  HintWords.byte(base[offset + matched], lowercasing: lowercasingASCII) == words[span.start + matched] {
                                matched += 1
                            }
                            if matched == span.count { return true }
                        }
                    }
                    return false
                }
            }
        }
    }

    /// `byte`, lower-cased when it is an ASCII capital and `lowercasing` is set.
    @inline(__always)
    static func byte(_ byte: UInt8, lowercasing: Bool) -> UInt8 {
        lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
