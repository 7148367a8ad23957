import Dispatch
import Foundation

/// A live line on the terminal: `[ 523/10000] 812 files/s, about 12 s left`.
final class ProgressLine: @unchecked Sendable {
    // Mutable state is only touched on `queue`.
    private let total: Int
    private let console: Console
    private let completed: @Sendable () -> Int
    private let queue = DispatchQueue(label: "offprint.progress")
    private var timer: (any DispatchSourceTimer)?
    private let started = Date()

    init(total: Int, console: Console, completed: @escaping @Sendable () -> Int) {
        self.total = total
        self.console = console
        self.completed = completed
    }

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(200))
        timer.setEventHandler { [self] in draw() }
        timer.resume()
        queue.sync { self.timer = timer }
    }

    func stop() {
        queue.sync {
            timer?.cancel()
            timer = nil
            console.error("\r\u{1B}[K")
        }
    }

    private func draw() {
        let done = completed()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let width = String(total).count
        let count = String(repeating: " ", count: max(0, width - String(done).count)) + String(done)
        var line = "\r\u{1B}[K[\(count)/\(total)] \(Int(rate)) files/s"
        if rate > 0, done < total {
            line += ", about \(Int((Double(total - done) / rate).rounded(.up))) s left"
        }
        console.error(line)
    }
}
