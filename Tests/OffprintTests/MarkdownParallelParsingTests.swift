import Dispatch
import Foundation
import Synchronization
import Testing
@testable import OffprintCore
@testable import OffprintPlatform

/// cmark-gfm's table of inline characters is global, and each parse changes it: parses on
/// several threads at once (a batch with `--jobs`) must still all read strikethrough, tables
/// and autolinks, whatever the timing.
@Suite struct MarkdownParallelParsingTests {
    @Test func parsesOnManyThreadsReadWhatOneThreadReads() {
        let text = "Some ~~struck~~ text and www.example.org.\n\n| a | b |\n| --- | --- |\n| ~~c~~ | d |\n"
        var notes = MarkdownTree.Notes()
        let expected = MarkdownTree.blocks(from: text, notes: &notes)
        #expect(expected.count == 2)
        let differing = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<1_000 {
                var notes = MarkdownTree.Notes()
                if MarkdownTree.blocks(from: text, notes: &notes) != expected { differing.wrappingAdd(1, ordering: .relaxed) }
            }
        }
        #expect(differing.load(ordering: .relaxed) == 0)
    }
}
