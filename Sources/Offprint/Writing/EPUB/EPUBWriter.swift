import Foundation

/// Writes an article as an EPUB 3 book (with a `toc.ncx` for older readers), zipped with libzip.
///
/// The steps, one file each: resolve the metadata (`EPUBBook`), render the chapter
/// (`EPUBChapter`), the title page and navigation (`EPUBPages`), the package document
/// (`EPUBPackageDocument`), the NCX (`EPUBNCX`), the container (`EPUBContainer`); `entries`
/// lists the files, and only then are they zipped. The same article always gives the same bytes.
public struct EPUBWriter: ArticleWriter {
    public let format = "epub"
    public let fileExtension = "epub"
    public let summary = "an EPUB 3 book for e-readers (with NCX), right-to-left aware"

    public init() {}

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        let book = EPUBBook(article: article, context: context)
        return Data(try EPUBWriter.zip(EPUBWriter.entries(for: book, templates: context.templates)))
    }

    /// Every file of the book, in archive order (`mimetype` first).
    static func entries(for book: EPUBBook, templates: TemplateSet) -> [EPUBEntry] {
        let folder = EPUBBook.contentFolder
        var entries = EPUBContainer.entries
        entries.append(EPUBEntry("\(folder)/package.opf", text: EPUBPackageDocument.xml(book)))
        entries.append(EPUBEntry("\(folder)/nav.xhtml", text: EPUBPages.navigation(book, templates: templates)))
        entries.append(EPUBEntry("\(folder)/toc.ncx", text: EPUBNCX.xml(book)))
        entries.append(EPUBEntry("\(folder)/style.css", text: templates.style("epub/style.css")))
        entries.append(EPUBEntry("\(folder)/title.xhtml", text: EPUBPages.titlePage(book, templates: templates)))
        for chapter in book.chapters {
            entries.append(EPUBEntry("\(folder)/\(chapter.fileName)", text: chapter.xhtml))
        }
        return entries
    }

    /// The last step: the entries zipped, in order.
    static func zip(_ entries: [EPUBEntry]) throws(ConversionError) -> [UInt8] {
        do {
            let archive = try ZipArchive()
            for entry in entries {
                try archive.add(entry.path, bytes: entry.bytes, compressed: entry.isCompressed)
            }
            return try archive.close()
        } catch {
            throw ConversionError(.writerFailed("libzip: \(error)"), stage: .writing(format: "epub"))
        }
    }
}
