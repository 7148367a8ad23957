import Synchronization

/// Serializes opening zip archives.
///
/// libzip before 1.9 (Debian 12 ships 1.7.3) fills two function-local statics on the first
/// calls to `zip_open` / `zip_open_from_source` without locking, so two threads opening their
/// first archives at once can see a half-set value and fail with "Read-only archive"
/// (libzip issue #289). In a parallel batch that hit the first EPUB of about one run in
/// seventy. Opening is a tiny part of writing an archive, so every open goes through this lock;
/// everything after it works on the thread's own archive, which libzip allows.
enum ZipOpening {
    private static let lock = Mutex(())

    /// Runs `open` (a libzip open call) with no other open running.
    static func serialized<Result>(_ open: () -> Result) -> Result {
        lock.withLock { _ in open() }
    }
}
