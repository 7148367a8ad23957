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
        var article = try ConversionError.wrapping(stage: .reading, reason: ConversionError.Reason.malformed) {
            try reader.read(input, warnings: &warnings)
        }
        cleanup.apply(to: &article, warnings: &warnings)
        return article
    }

    /// Reads one record of an archive (a JSON Lines line, a captured page) and cleans the
    /// article up, as `article(from:format:warnings:)` does for a file.
    public func article(fromRecord record: ArchiveRecord, name: String, reader: any ArticleArchiveReader, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        var article = try ConversionError.wrapping(stage: .reading, reason: ConversionError.Reason.malformed) {
            try reader.readRecord(record, name: name, warnings: &warnings)
        }
        cleanup.apply(to: &article, warnings: &warnings)
        return article
    }

    /// The bytes of one output format for an article.
    public func output(_ article: Article, writer: any ArticleWriter) throws(ConversionError) -> Data {
        try ConversionError.wrapping(stage: .writing(format: writer.format), restaging: true, reason: ConversionError.Reason.writerFailed) {
            try writer.write(article, context: context)
        }
    }

    /// One output format for an article whose file is named `baseName`, with the files that go
    /// beside it.
    public func output(_ article: Article, writer: any ArticleWriter, baseName: String) throws(ConversionError) -> WriterOutput {
        try ConversionError.wrapping(stage: .writing(format: writer.format), restaging: true, reason: ConversionError.Reason.writerFailed) {
            try writer.output(article, baseName: baseName, context: context)
        }
    }
}
