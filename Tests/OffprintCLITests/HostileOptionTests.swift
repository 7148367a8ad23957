import Foundation
import Offprint
import Testing
import TestSupport

/// Numbers given on the command line are checked before any arithmetic is done with them.
@Suite struct HostileOptionTests {
    @Test func outOfRangeNumbersAreUsageErrorsNotTraps() async throws {
        let input = try TemporaryDirectory("in")
        try input.write("a.txt", "Title: A\n\nA perfectly ordinary paragraph of article text that converts.\n")
        let output = try TemporaryDirectory("out")
        let cases: [([String], String)] = [
            (["--max-size", "10000000000000"], "--max-size must be at most 2000 (megabytes)"),
            (["--max-size", "9223372036854775807"], "--max-size must be at most 2000 (megabytes)"),
            (["--max-size", "0"], "--max-size must be at least 1 (megabyte)"),
            (["--jobs", "9223372036854775807"], "--jobs must be at most 1024"),
            (["--jobs", "0"], "--jobs must be at least 1"),
        ]
        for (flags, message) in cases {
            let (status, console) = await offprint(["convert", input.path + "/a.txt", "--output", output.path] + flags)
            #expect(status == 2, "\(flags)")
            #expect(console.error.contains(message), "\(flags): \(console.error)")
        }
        #expect(try tree(output.path).isEmpty)
        #expect(await offprint(["convert", input.path + "/a.txt", "--output", output.path, "--max-size", "2000", "--jobs", "1024"]).status == 0)
    }
}
