import Foundation

/// Hands records to one sink (standard output, for `--stdout`) in input order while workers
/// convert in parallel, so the stream is the same for any `--jobs`.
///
/// Records of the input at the head of the order go out at once; those of later inputs wait
/// in memory until every input before theirs is finished. A worker whose records would take
/// the waiting ones past `maximumPendingBytes` waits too, so memory stays bounded however
/// slow one input is (the head's worker never waits, so the stream always moves).
final class OrderedRecordStream: @unchecked Sendable {
    private let condition = NSCondition()
    private let sink: @Sendable (Data) -> Void
    private let rank: [Int: Int]
    private let order: [Int]
    private let maximumPendingBytes: Int
    private var head = 0
    private var pending: [Int: [Data]] = [:]
    private var pendingBytes = 0
    private var finished: Set<Int> = []

    /// A stream of the records of `inputs` (input indices, in the order they are written).
    init(inputs: [Int], maximumPendingBytes: Int = 64_000_000, sink: @escaping @Sendable (Data) -> Void) {
        order = inputs
        rank = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1, $0) })
        self.maximumPendingBytes = maximumPendingBytes
        self.sink = sink
    }

    /// Writes one record of `input` now, or once the inputs before it are finished.
    func emit(_ record: Data, input: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard let position = rank[input] else { return }
        while position != head, pendingBytes > 0, pendingBytes + record.count > maximumPendingBytes {
            condition.wait()
        }
        if position == head {
            sink(record)
        } else {
            pending[input, default: []].append(record)
            pendingBytes += record.count
        }
    }

    /// Says that `input` has no more records, letting the ones after it go out.
    func finish(input: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard let position = rank[input] else { return }
        finished.insert(position)
        while head < order.count {
            for record in pending.removeValue(forKey: order[head]) ?? [] {
                sink(record)
                pendingBytes -= record.count
            }
            guard finished.contains(head) else { break }
            head += 1
        }
        condition.broadcast()
    }
}
