import OffprintCore

/// One part of a batch split among workers: `--shard 2/8` converts the inputs whose relative
/// path hashes to part 2 of 8, so eight runs of the same command, each with its own part,
/// convert every input exactly once between them.
///
/// The split depends only on each input's relative path (an archive goes whole to one part),
/// never on the other inputs or the order they are found in, so workers that list a shared
/// folder at slightly different times still agree on whose each input is. Output names are
/// decided over all inputs, so the parts' outputs are those of one unsplit run.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// The part, from 1 to `count`.
    public let index: Int
    /// How many parts there are.
    public let count: Int

    /// The most parts a batch may be split into.
    public static let mostParts = 1_000_000

    /// `K/N` with 1 ≤ K ≤ N ≤ `mostParts`, or `nil`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 7 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let index = Int(parts[0]), let count = Int(parts[1]),
              (1...Shard.mostParts).contains(count), (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Whether the input at `relativePath` is in this part.
    public func contains(_ relativePath: String) -> Bool {
        var hash = FNV1aHash()
        for scalar in relativePath.unicodeScalars { hash.add(scalar) }
        return Int(hash.value % UInt64(count)) == index - 1
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
