import Foundation

/// Runs a program and collects what it printed.
///
/// Waiting never holds a thread of Swift's cooperative pool: the pipes are drained on
/// Dispatch's global queues and the caller is resumed by the process's termination handler.
/// (A blocking `waitUntilExit()` in an `async` test holds one of the pool's few threads, one
/// per core, for as long as the program runs; with two cores, two validators stalled the
/// whole suite and every test reported the run's full length as its own time.)
public struct ExternalProcess: Sendable {
    public let status: Int32
    public let output: String
    public let error: String
    /// Whether the program ended by a signal it did not handle (then `status` is the signal).
    public let wasKilledBySignal: Bool

    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String]? = nil, input: Data? = nil) async throws -> ExternalProcess {
        try await start(executable, arguments, in: directory, environment: environment, input: input).finished()
    }

    /// Starts a program and returns at once; `finished()` waits for it.
    public static func start(_ executable: String, _ arguments: [String], in directory: URL? = nil,
                             environment: [String: String]? = nil, input: Data? = nil) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let outputPipe = Pipe(), errorPipe = Pipe(), inputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe
        let running = Running(process)
        // Three things end a run: the exit, and the end of each output pipe.
        running.group.enter()
        process.terminationHandler = { [group = running.group] _ in group.leave() }
        do {
            try process.run()
        } catch {
            running.group.leave()
            throw error
        }
        // Read both pipes while the process runs, so a chatty process never blocks on a full pipe.
        running.drain(outputPipe) { $0.output = $1 }
        running.drain(errorPipe) { $0.error = $1 }
        DispatchQueue.global().async {
            if let input { try? inputPipe.fileHandleForWriting.write(contentsOf: input) }
            try? inputPipe.fileHandleForWriting.close()
        }
        return running
    }

    /// A program that was started and may still be running.
    public final class Running: @unchecked Sendable {
        fileprivate struct Collected { var output = Data(), error = Data() }
        private var collected = Collected()
        private let lock = NSLock()

        let process: Process
        let group = DispatchGroup()

        init(_ process: Process) { self.process = process }

        /// Reads a pipe to its end on a global Dispatch queue (never the cooperative pool).
        fileprivate func drain(_ pipe: Pipe, into store: @escaping @Sendable (inout Collected, Data) -> Void) {
            group.enter()
            DispatchQueue.global().async { [self] in
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                lock.withLock { store(&collected, data) }
                group.leave()
            }
        }

        public var processIdentifier: Int32 { process.processIdentifier }

        /// Sends SIGINT, as Ctrl-C in a terminal does.
        public func interrupt() { process.interrupt() }

        /// Sends SIGINT as soon as `condition` holds (checked every few milliseconds on a
        /// Dispatch thread, so a busy cooperative pool cannot delay it), or after `timeout`
        /// seconds; does nothing if the program has ended by then.
        public func interrupt(once condition: @escaping @Sendable () -> Bool, timeout: TimeInterval = 60) {
            DispatchQueue.global().async { [self] in
                let deadline = Date().addingTimeInterval(timeout)
                while process.isRunning, !condition(), Date() < deadline { usleep(2_000) }
                if process.isRunning { process.interrupt() }
            }
        }

        /// Waits, without blocking a thread, until the program has exited and closed its output.
        public func finished() async -> ExternalProcess {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                group.notify(queue: .global()) { continuation.resume() }
            }
            let data = lock.withLock { collected }
            return ExternalProcess(
                status: process.terminationStatus,
                output: String(decoding: data.output, as: UTF8.self),
                error: String(decoding: data.error, as: UTF8.self),
                wasKilledBySignal: process.terminationReason == .uncaughtSignal)
        }
    }
}

/// Runs long synchronous work (an in-process conversion of many files) on a Dispatch thread
/// and waits for it without holding a thread of the cooperative pool, which has only one
/// thread per core: work that never suspends would otherwise keep every other test waiting,
/// and their times would count the wait.
public func offThePool<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(returning: work()) }
    }
}

/// `offThePool` for work that throws.
public func offThePool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}
