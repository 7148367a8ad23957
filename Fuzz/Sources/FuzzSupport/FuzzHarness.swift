import Foundation
import Offprint

/// What every fuzz target does with one input: read it as its reader's format, clean it up,
/// and run every writer on the article. Errors are expected (most inputs are not articles);
/// a crash, a sanitizer report or a timeout is a finding.
public enum FuzzHarness {
    nonisolated(unsafe) static let converter = Converter()

    /// One input handed to a fuzz target; returns 0 (libFuzzer's convention).
    public typealias Entry = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the process's arguments, calling `entry` for each input. SwiftPM
    /// gives an executable its own `main`, so libFuzzer's is not used; its driver is.
    public static func run(_ entry: Entry) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
    }

    /// Reads `bytes` as a file named `name` (its extension picks the reader) and writes every format.
    public static func convert(_ bytes: UnsafePointer<UInt8>, _ count: Int, name: String) {
        let data = Data(bytes: bytes, count: count)
        var warnings: [ConversionWarning] = []
        let format = (name as NSString).pathExtension
        guard let article = try? converter.article(from: ReaderInput(data: data, name: name), format: format, warnings: &warnings) else { return }
        writeAll(article)
    }

    /// Reads `bytes` as a JSON Lines archive, record by record, and writes every format of each.
    public static func convertArchive(_ bytes: UnsafePointer<UInt8>, _ count: Int, reader: any ArticleArchiveReader = JSONLinesReader()) {
        let data = Data(bytes: bytes, count: count)
        try? reader.forEachRecord(in: .data(data), limit: 1_000_000) { record in
            var warnings: [ConversionWarning] = []
            guard record.problem == nil else { return }
            if let article = try? converter.article(fromRecord: record, name: "archive\(record.location)", reader: reader, warnings: &warnings) {
                writeAll(article)
            }
        }
    }

    /// Writes `bytes` to a file and runs `offprint check`'s checker on it.
    public static func check(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        let path = scratchFolder + "/offprint-fuzz-book-\(getpid()).epub"
        FileManager.default.createFile(atPath: path, contents: Data(bytes: bytes, count: count))
        _ = EPUBChecker().check(path)
    }

    static func writeAll(_ article: Article) {
        for writer in converter.registry.writers {
            _ = try? converter.output(article, writer: writer)
        }
    }

    /// Memory when it exists (`/dev/shm`), else the temporary folder.
    static let scratchFolder: String = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
}

/// libFuzzer's driver (LLVM 12 and later), linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzHarness.Entry
) -> Int32
