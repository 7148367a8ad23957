/// Where an article stands among the inputs: the input's index, then the record's line for
/// archives with many records.
public struct CollectionPosition: Sendable, Hashable, Comparable {
    public var input: Int
    public var record: Int

    public init(input: Int, record: Int = 0) {
        self.input = input
        self.record = record
    }

    public static func < (lhs: CollectionPosition, rhs: CollectionPosition) -> Bool {
        (lhs.input, lhs.record) < (rhs.input, rhs.record)
    }
}
