import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// On Ctrl-C or SIGTERM, runs a cleanup (removing temporary files) and exits with 130, so an
/// interrupted run leaves no partial output. The handler runs on a dispatch queue, not inside
/// the signal handler, so it may take locks.
final class InterruptHandler {
    private let sources: [any DispatchSourceSignal]

    init(cleanup: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cleanup()
                exit(130)
            }
            source.resume()
            return source
        }
    }

    /// Restores the default handling.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
