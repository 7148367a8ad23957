import Foundation

/// Prepares an archive's records on several threads while one thread hands them on in file
/// order, so that a single large archive keeps idle cores busy and its outputs, names and
/// report stay those of a one-thread run.
///
/// The thread that reads the archive `submit`s each record and then commits, in order, every
/// record whose preparation is done; it waits when `capacity` records are in flight, so memory
/// holds at most that many records and their results.
final class RecordPipeline<Item: Sendable, Prepared: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let prepare: @Sendable (Item) -> Prepared
    private let capacity: Int
    private var queue: [(number: Int, item: Item)] = []
    private var done: [Int: (item: Item, prepared: Prepared)] = [:]
    private var submitted = 0
    private var committed = 0
    private var closed = false
    private var running = 0

    /// Starts `width` threads that run `prepare`.
    init(width: Int, prepare: @escaping @Sendable (Item) -> Prepared) {
        self.prepare = prepare
        capacity = 2 * width
        running = width
        for _ in 0..<width {
            let thread = Thread { [self] in work() }
            // As much stack as the main thread: readers recurse (to a bounded depth).
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func work() {
        condition.lock()
        while true {
            while queue.isEmpty && !closed { condition.wait() }
            if queue.isEmpty { break }
            let job = queue.removeFirst()
            condition.unlock()
            let prepared = prepare(job.item)
            condition.lock()
            done[job.number] = (job.item, prepared)
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The results ready to commit, in order; called with the lock held.
    private func takeReady() -> [(item: Item, prepared: Prepared)] {
        var ready: [(item: Item, prepared: Prepared)] = []
        while let next = done.removeValue(forKey: committed) {
            ready.append(next)
            committed += 1
        }
        return ready
    }

    /// Adds a record, first committing those before it that are ready.
    func submit(_ item: Item, commit: (Item, Prepared) -> Void) {
        condition.lock()
        while submitted - committed >= capacity, done[committed] == nil { condition.wait() }
        let ready = takeReady()
        queue.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
        for (item, prepared) in ready { commit(item, prepared) }
    }

    /// Commits every record left, in order, and waits for the threads to end.
    func finish(commit: (Item, Prepared) -> Void) {
        condition.lock()
        closed = true
        condition.broadcast()
        while committed < submitted {
            while done[committed] == nil { condition.wait() }
            let ready = takeReady()
            condition.unlock()
            for (item, prepared) in ready { commit(item, prepared) }
            condition.lock()
        }
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
