import Foundation
import OffprintReaders
import OffprintWriters

/// The readers and writers Offprint knows, looked up by name.
///
/// The CLI takes `--from` and `--to` names from the registry it runs with, so a library user's
/// writer becomes a first-class format by being added here:
///
///     let registry = FormatRegistry.standard.adding(writer: WordCountWriter())
///     OffprintCLI.main(registry: registry)
public struct FormatRegistry: Sendable {
    /// Readers in sniffing order: the first that recognises an unnamed file reads it.
    public private(set) var readers: [any ArticleReader]
    /// Writers in the order `offprint formats` lists them.
    public private(set) var writers: [any ArticleWriter]

    /// Creates a registry.
    public init(readers: [any ArticleReader], writers: [any ArticleWriter]) {
        self.readers = readers
        self.writers = writers
    }

    /// The built-in readers (JSON, JSON Lines, wallabag and Omnivore exports, web archives, HTML, MHTML, Markdown, then
    /// plain text) and writers (txt, html, json, jsonl, epub, md).
    public static let standard = FormatRegistry(
        readers: [
            JSONArticleReader(), JSONLinesReader(), WallabagReader(), OmnivoreReader(), WebArchiveReader(), HTMLReader(), MHTMLReader(),
            MarkdownReader(), PlainTextReader(),
        ],
        writers: [PlainTextWriter(), HTMLWriter(), JSONWriter(), JSONLinesWriter(), EPUBWriter(), MarkdownWriter()]
    )

    /// This registry with another writer; a writer with the same format name is replaced
    /// where it stands (so a configured writer keeps its place in listings).
    public func adding(writer: any ArticleWriter) -> FormatRegistry {
        var copy = self
        if let index = copy.writers.firstIndex(where: { $0.format == writer.format }) {
            copy.writers[index] = writer
        } else {
            copy.writers.append(writer)
        }
        return copy
    }

    /// This registry with another reader, tried before the built-in ones when sniffing.
    public func adding(reader: any ArticleReader) -> FormatRegistry {
        var copy = self
        copy.readers.removeAll { $0.format == reader.format }
        copy.readers.insert(reader, at: 0)
        return copy
    }

    /// The writer named `format`, or `nil`.
    public func writer(named format: String) -> (any ArticleWriter)? {
        writers.first { $0.format == format.lowercased() }
    }

    /// The reader named `format`, or `nil`.
    public func reader(named format: String) -> (any ArticleReader)? {
        readers.first { $0.format == format.lowercased() }
    }

    /// The reader for a file: by extension, else the first whose sniffing recognises the content.
    /// When several readers claim the extension (`.json`: Offprint's records, wallabag's and
    /// Omnivore's exports), the first of them that recognises the content reads it, and the
    /// first of them when none does.
    public func reader(forFileNamed name: String, content: Data) -> (any ArticleReader)? {
        let claiming = readers(claimingExtensionOf: name)
        if claiming.count > 1, let recognizing = claiming.first(where: { $0.recognizes(content) }) {
            return recognizing
        }
        if let reader = claiming.first { return reader }
        return readers.first { $0.recognizes(content) }
    }

    /// The readers whose extensions include the name's, in registry order: those of the double
    /// extension if any (`warc.gz` for `crawl.warc.gz`), else those of the last one.
    public func readers(claimingExtensionOf name: String) -> [any ArticleReader] {
        for fileExtension in FormatRegistry.extensions(of: name) {
            let claiming = readers.filter { $0.fileExtensions.contains(fileExtension) }
            if !claiming.isEmpty { return claiming }
        }
        return []
    }

    /// The first reader whose extensions include the name's (see `readers(claimingExtensionOf:)`).
    public func reader(claimingExtensionOf name: String) -> (any ArticleReader)? {
        readers(claimingExtensionOf: name).first
    }

    /// A name's extensions, lower-case, longest first: `["warc.gz", "gz"]` for `crawl.warc.gz`.
    static func extensions(of name: String) -> [String] {
        let last = (name as NSString).pathExtension.lowercased()
        guard !last.isEmpty else { return [] }
        let inner = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased()
        return inner.isEmpty ? [last] : [inner + "." + last, last]
    }

    /// The reader whose signature `content` starts with (`<!DOCTYPE html`, `{`, front matter),
    /// for a file without an extension found while walking a folder. Plain text has no
    /// signature, so a `README` or `LICENSE` beside the articles is not taken for one.
    public func reader(recognizingSignatureOf content: Data) -> (any ArticleReader)? {
        readers.first { $0.recognizesBySignature && $0.recognizes(content) }
    }

    /// Whether a file found while walking a folder should be converted: its extension is one a
    /// reader claims.
    public func handlesExtension(of name: String) -> Bool {
        reader(claimingExtensionOf: name) != nil
    }

    /// The names of the writers, for messages.
    public var writerNames: [String] { writers.map(\.format) }
    /// The names of the readers, for messages.
    public var readerNames: [String] { readers.map(\.format) }
}
