import Foundation
import Testing
import TestSupport
@testable import Offprint
@testable import OffprintChecker

/// Replays the saved crash corpus (`Fuzz/Crashes/TARGET/`): inputs that once crashed, hung or
/// blew up a fuzz target, or were crafted to. Each goes through what its target does (read,
/// then every writer; or `check`), and must finish, quickly, whatever the outcome.
@Suite struct FuzzCrashReplayTests {
    static let crashes = Paths.packageRoot.appending(path: "Fuzz/Crashes")

    static func inputs(of target: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: crashes.appending(path: target), includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }

    @Test(arguments: [("FuzzText", "txt"), ("FuzzMarkdown", "md"), ("FuzzHTML", "html"), ("FuzzJSON", "json")])
    func readersAndWritersFinishOnEverySavedInput(target: String, format: String) throws {
        let inputs = try Self.inputs(of: target)
        #expect(!inputs.isEmpty, "Fuzz/Crashes/\(target) is empty")
        let converter = Converter()
        for input in inputs {
            let clock = ContinuousClock(), started = clock.now
            var warnings: [ConversionWarning] = []
            if let article = try? converter.article(from: ReaderInput(data: try Data(contentsOf: input), name: input.lastPathComponent), format: format, warnings: &warnings) {
                for writer in converter.registry.writers { _ = try? converter.output(article, writer: writer) }
            }
            #expect(clock.now - started < .seconds(10), "\(input.lastPathComponent)")
        }
    }

    @Test func jsonLinesArchivesFinishOnEverySavedInput() throws {
        let inputs = try Self.inputs(of: "FuzzJSONLines")
        #expect(!inputs.isEmpty)
        let converter = Converter(), reader = JSONLinesReader()
        for input in inputs {
            var records = 0
            try? reader.forEachRecord(in: .data(try Data(contentsOf: input)), limit: Int.max) { record in
                var warnings: [ConversionWarning] = []
                if let article = try? converter.article(fromRecord: record, name: "\(record.location.number)", reader: reader, warnings: &warnings) {
                    records += 1
                    for writer in converter.registry.writers { _ = try? converter.output(article, writer: writer) }
                }
            }
            _ = records
        }
    }

    @Test func checkFinishesOnEverySavedBook() throws {
        let inputs = try Self.inputs(of: "FuzzCheck")
        #expect(!inputs.isEmpty)
        for input in inputs {
            let clock = ContinuousClock(), started = clock.now
            _ = EPUBChecker().check(input.path)
            #expect(clock.now - started < .seconds(10), "\(input.lastPathComponent)")
        }
    }
}
