import Foundation
import Testing

/// What a test needs beyond Swift: the external program or data it runs. A test that runs one
/// of the programs is slow and also carries the `.slow` condition below; the corpus
/// evaluations take milliseconds on the sample and stay in the fast suite.
extension Tag {
    /// EPUBCheck, the Nu HTML Checker or the JSON Schema validator (Java or Python).
    @Tag public static var validators: Tag
    /// The reader evaluations on the sample corpus (`Tests/Fixtures/corpus`).
    @Tag public static var corpus: Tag
    /// Headless Chromium printing pages to PDF.
    @Tag public static var chromium: Tag
    /// calibre's `ebook-convert` reading books.
    @Tag public static var calibre: Tag
    /// A `swift build` of the example plug-in package.
    @Tag public static var pluginBuild: Tag
    /// Apache Spark in local mode (pyspark and Java), running `Examples/spark`.
    @Tag public static var spark: Tag
}

/// The fast suite: `OFFPRINT_FAST=1 swift test` skips every test marked `.slow`.
///
/// Swift Testing's tags cannot be filtered from `swift test` on Swift 6.3 (`--skip` and
/// `--filter` match test identifiers, which do not contain tags; `--skip tag:x` skips nothing),
/// so the switch is this condition. `.ci/run` runs everything.
public enum FastSuite {
    public static let isOn = ProcessInfo.processInfo.environment["OFFPRINT_FAST"] == "1"
}

extension Trait where Self == ConditionTrait {
    /// Skipped in the fast suite (`OFFPRINT_FAST=1`); give the test a tag saying why it is slow.
    public static var slow: Self {
        .disabled(if: FastSuite.isOn, "slow: skipped when OFFPRINT_FAST=1")
    }
}
