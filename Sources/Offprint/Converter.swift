import Foundation
import OffprintCore
import OffprintCleanup
import OffprintReaders
import OffprintWriters

/// Converts one input: read, clean up, write each format. Holds no state between articles.
public struct Converter: Sendable {
    /// Where readers and writers come from.
    public var registry: FormatRegistry
    /// The passes between reading and writing.
    public var cleanup: CleanupPipeline
    /// What writers get besides the article.
    public var context: WritingContext

    /// Creates a converter.
    public init(registry: FormatRegistry = .standard, cleanup: CleanupPipeline = .standard, context: WritingContext = .default) {
        self.registry = registry
        self.cleanup = cleanup
        self.context = context
    }

    /// Reads an input with the named reader (or the one its name and content select) and
    /// cleans the article up. Errors carry the stage; the caller sets the path.
    public func article(from input: ReaderInput, format: String? = nil, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        let reader: any ArticleReader
        if let format {
            guard let named = registry.reader(named: format) else {
                throw ConversionError(.unrecognizedFormat("no reader named '\(format)' (readers: \(registry.readerNames.joined(separator: ", ")))"))
            }
            reader = named
        } else if let found = registry.reader(forFileNamed: input.name, content: input.data) {
            reader = found
        } else {
            throw ConversionError(.unrecognizedFormat("no reader for this file (readers: \(registry.readerNames.joined(separator: ", ")); name one with --from)"))
        }
        var article: Article
        do {
            article = try reader.read(input, warnings: &warnings)
        } catch let error as ConversionError {
            throw error
        } catch {
            throw ConversionError(.malformed("\(error)"))
        }
        cleanup.apply(to: &article, warnings: &warnings)
        return article
    }

    /// The bytes of one output format for an article.
    public func output(_ article: Article, writer: any ArticleWriter) throws(ConversionError) -> Data {
        do {
            return try writer.write(article, context: context)
        } catch var error as ConversionError {
            error.stage = .writing(format: writer.format)
            throw error
        } catch {
            throw ConversionError(.writerFailed("\(error)"), stage: .writing(format: writer.format))
        }
    }
}
