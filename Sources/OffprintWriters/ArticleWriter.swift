import Foundation
import OffprintCore

/// Writes an `Article` in one output format.
///
/// Conform to add a format of your own, then add it to a `FormatRegistry`; the CLI's `--to`
/// takes its names from the registry, so a plug-in writer is as first-class as the built-in ones.
/// A writer with options declares them as its `Options` (see `WriterOptions`); one without
/// needs to say nothing about them.
///
///     struct WordCountWriter: ArticleWriter {
///         let format = "wc"
///         let fileExtension = "wc.txt"
///         let summary = "the number of words in each article"
///         func write(_ article: Article, context: WritingContext) throws -> Data {
///             let words = article.body.map(\.plainText).joined(separator: " ").split(separator: " ").count
///             return Data("\(words)\n".utf8)
///         }
///     }
public protocol ArticleWriter: Sendable {
    /// What this writer can be told, with defaults.
    associatedtype Options: WriterOptions = NoWriterOptions
    /// The name `--to` uses, such as `epub`.
    var format: String { get }
    /// The extension of files this writer makes, without the dot.
    var fileExtension: String { get }
    /// One line saying what the writer makes.
    var summary: String { get }
    /// The options this writer writes with.
    var options: Options { get set }
    /// The bytes of the output file for one article.
    func write(_ article: Article, context: WritingContext) throws -> Data
    /// Something this writer makes once for a whole batch of per-article files, beside them
    /// (the HTML writer's `index.html`), or `nil`. The default is `nil`.
    func batchCompanion(outputDirectory: String, workingDirectory: String) throws(ConversionError) -> (any BatchCompanion)?
    /// The output for one article whose file is named `baseName` (without its extension) in
    /// the folder it goes to, with any files that go beside it (a Markdown note's images). The
    /// default is `write(_:context:)` with nothing beside it.
    func output(_ article: Article, baseName: String, context: WritingContext) throws -> WriterOutput
    /// Why this writer makes no one-file bundle, when it has a reason worth more than "it is
    /// not a collection writer" (a Markdown note per article goes in a folder), for the usage
    /// error `--bundle` gives. The default is `nil`.
    var bundleRefusal: String? { get }
}

extension ArticleWriter where Options == NoWriterOptions {
    /// A writer without options has none to keep.
    public var options: NoWriterOptions {
        get { NoWriterOptions() }
        set {}
    }
}

extension ArticleWriter {
    public func batchCompanion(outputDirectory: String, workingDirectory: String) throws(ConversionError) -> (any BatchCompanion)? { nil }

    public func output(_ article: Article, baseName: String, context: WritingContext) throws -> WriterOutput {
        WriterOutput(data: try write(article, context: context))
    }

    public var bundleRefusal: String? { nil }

    /// The settings this writer takes (its `Options`').
    public var settings: [WriterSetting] { Options.settings }

    /// This writer with the settings it takes out of `values` (by setting name) applied; the
    /// others are left for other writers.
    public func configured(with values: [String: [String]]) throws(WriterOptionError) -> Self {
        var copy = self
        for setting in Options.settings {
            if let given = values[setting.name] { try copy.options.set(setting.name, to: given) }
        }
        return copy
    }
}

/// What every writer may need besides the article and its own options: reproducible time.
public struct WritingContext: Sendable {
    /// `SOURCE_DATE_EPOCH`, seconds since 1970: the time stamp to use when the article has no
    /// date. Output never depends on the clock.
    public var sourceDateEpoch: Int?

    /// Creates a context.
    public init(sourceDateEpoch: Int? = nil) {
        self.sourceDateEpoch = sourceDateEpoch
    }

    /// No `SOURCE_DATE_EPOCH`.
    public static let `default` = WritingContext()

    /// The context with `SOURCE_DATE_EPOCH` read from the environment, when it is set and valid.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> WritingContext {
        var context = WritingContext()
        // A time outside the years 1 to 9999 cannot be written as a date; the CLI refuses it.
        context.sourceDateEpoch = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingWhitespace()) }
            .flatMap { ArticleDate.representableSeconds.contains($0) ? $0 : nil }
        return context
    }
}
