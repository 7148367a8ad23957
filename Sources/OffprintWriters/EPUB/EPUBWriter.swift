import Foundation
import OffprintCore
import OffprintPlatform

/// Writes an article as an EPUB 3 book (with a `toc.ncx` for older readers), zipped with libzip;
/// as a collection (`--bundle`), an anthology with a chapter per article.
///
/// The steps, one file each: resolve the metadata (`EPUBBook`), render the chapters
/// (`EPUBChapter`), the cover, title page and navigation (`EPUBPages`), the package document
/// (`EPUBPackageDocument`), the NCX (`EPUBNCX`), the container (`EPUBContainer`); `entries`
/// lists the files, and only then are they zipped. The same articles always give the same bytes.
public struct EPUBWriter: ArticleCollectionWriter {
    public let format = "epub"
    public let fileExtension = "epub"
    public let summary = "an EPUB 3 book for e-readers (with NCX), right-to-left aware; --bundle makes an anthology"

    public var options: Options

    /// A writer with the given options (by default, the built-in theme, images packaged, a cover
    /// page made from the title).
    public init(options: Options = Options()) {
        self.options = options
    }

    public func write(_ article: Article, context: WritingContext) throws -> Data {
        let book = EPUBBook(article: article, options: options, context: context)
        let archive = try EPUBWriter.archive(nil)
        try EPUBWriter.add(EPUBWriter.entries(for: book, templates: options.theme), to: archive)
        return Data(try EPUBWriter.closed(archive))
    }

    public func collection(context: WritingContext, workingDirectory: String) throws -> any ArticleCollection {
        EPUBAnthology(options: options, context: context, workingDirectory: workingDirectory)
    }

    /// Every file of the book, in archive order (`mimetype` first).
    static func entries(for book: EPUBBook, templates: TemplateSet) -> [EPUBEntry] {
        let folder = EPUBBook.contentFolder
        var entries = EPUBContainer.entries
        entries.append(EPUBEntry("\(folder)/package.opf", text: EPUBPackageDocument.xml(book)))
        entries.append(EPUBEntry("\(folder)/nav.xhtml", text: EPUBPages.navigation(book, templates: templates)))
        entries.append(EPUBEntry("\(folder)/toc.ncx", text: EPUBNCX.xml(book)))
        entries.append(EPUBEntry("\(folder)/style.css", text: templates.style("epub/style.css")))
        entries.append(EPUBEntry("\(folder)/cover.xhtml", text: EPUBPages.cover(book, templates: templates)))
        if book.hasTitlePage { entries.append(EPUBEntry("\(folder)/title.xhtml", text: EPUBPages.titlePage(book, templates: templates))) }
        for chapter in book.chapters {
            let compressed = (chapter.content.byteCount ?? EPUBEntry.smallestCompressed) >= EPUBEntry.smallestCompressed
            entries.append(EPUBEntry("\(folder)/\(chapter.fileName)", content: chapter.content, isCompressed: compressed))
        }
        // Images are compressed already (SVG is text, but small).
        for image in book.images {
            entries.append(EPUBEntry("\(folder)/\(image.path)", content: image.content, isCompressed: image.mediaType == "image/svg+xml"))
        }
        return entries
    }

    /// Where libzip's failures are reported.
    private static let stage = ConversionError.Stage.writing(format: "epub")

    /// A new archive, in memory (`path` `nil`) or written to `path` when closed.
    static func archive(_ path: String?) throws(ConversionError) -> ZipArchive {
        try ConversionError.wrapping(stage: stage, reason: ConversionError.Reason.zip) {
            try path.map { path throws(ZipError) in try ZipArchive(writingTo: path) } ?? ZipArchive()
        }
    }

    /// The entries added in order.
    static func add(_ entries: [EPUBEntry], to archive: ZipArchive) throws(ConversionError) {
        try ConversionError.wrapping(stage: stage, reason: ConversionError.Reason.zip) {
            for entry in entries {
                switch entry.content {
                case .bytes(let bytes): try archive.add(entry.path, bytes: bytes, compressed: entry.isCompressed)
                case .file(let file): try archive.add(entry.path, contentsOf: file, compressed: entry.isCompressed)
                }
            }
        }
    }

    /// The last step: the archive written (and its bytes, when in memory).
    static func closed(_ archive: ZipArchive) throws(ConversionError) -> [UInt8] {
        try ConversionError.wrapping(stage: stage, reason: ConversionError.Reason.zip) {
            try archive.close()
        }
    }
}
