import Foundation
import OffprintCore

/// Writes an `Article` in one output format.
///
/// Conform to add a format of your own, then add it to a `FormatRegistry`; the CLI's `--to`
/// takes its names from the registry, so a plug-in writer is as first-class as the built-in ones.
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
    /// The name `--to` uses, such as `epub`.
    var format: String { get }
    /// The extension of files this writer makes, without the dot.
    var fileExtension: String { get }
    /// One line saying what the writer makes.
    var summary: String { get }
    /// The bytes of the output file for one article.
    func write(_ article: Article, context: WritingContext) throws -> Data
}

/// What writers may need besides the article: the theme, reproducible time, text options.
public struct WritingContext: Sendable {
    /// The templates and style sheets for HTML and EPUB pages.
    public var templates: TemplateSet
    /// `SOURCE_DATE_EPOCH`, seconds since 1970: the time stamp to use when the article has no
    /// date. Output never depends on the clock.
    public var sourceDateEpoch: Int?
    /// Options for plain-text output.
    public var text: PlainTextOptions
    /// Whether pages and books carry the article's images or only their alternative text.
    public var images: ImagePolicy
    /// The cover image for books (`--cover`); `nil` makes a cover page from the title.
    public var coverImage: Resource?
    /// The paper printed pages are laid out for.
    public var paper: PaperSize

    /// Creates a context; every part has a default.
    public init(templates: TemplateSet = .builtIn, sourceDateEpoch: Int? = nil, text: PlainTextOptions = .default,
                images: ImagePolicy = .embed, coverImage: Resource? = nil, paper: PaperSize = .a4) {
        self.templates = templates
        self.sourceDateEpoch = sourceDateEpoch
        self.text = text
        self.images = images
        self.coverImage = coverImage
        self.paper = paper
    }

    /// The built-in theme, no `SOURCE_DATE_EPOCH`, unwrapped text.
    public static let `default` = WritingContext()

    /// The context with `SOURCE_DATE_EPOCH` read from the environment, when it is set and valid.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> WritingContext {
        var context = WritingContext()
        context.sourceDateEpoch = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingWhitespace()) }
        return context
    }
}

/// The paper size of printed pages (`@page { size }`).
public enum PaperSize: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The CSS `size` value.
    public var cssSize: String { self == .a4 ? "A4" : "letter" }
}

/// What happens to the images an article carries.
public enum ImagePolicy: String, Sendable, CaseIterable {
    /// HTML pages embed them as `data:` URLs, EPUB books package them.
    case embed
    /// Only their alternative text is kept.
    case drop
}

/// Options for the plain-text writer.
public struct PlainTextOptions: Sendable, Hashable {
    /// Wrap paragraphs at this many columns; `nil` leaves each paragraph on one line.
    public var lineWidth: Int?

    /// Creates options.
    public init(lineWidth: Int? = nil) {
        self.lineWidth = lineWidth
    }

    /// No wrapping.
    public static let `default` = PlainTextOptions()
}
