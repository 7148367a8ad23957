import Foundation
import Synchronization
import OffprintCore

/// An anthology being written: each article becomes a chapter as it arrives, rendered at once
/// and written to a working file, so the book never has to fit in memory — only a short record
/// per chapter (title, language, direction, dates, image paths) is kept. `finish` orders the
/// chapters, writes the package, navigation and cover, and lets libzip stream the chapter and
/// image files into the archive.
final class EPUBAnthology: ArticleCollection {
    private let options: EPUBWriter.Options
    private let context: WritingContext
    private let workingDirectory: String
    private let files = AtomicFileWriter()
    private let chapters = Mutex<[(position: CollectionPosition, sortKey: String, chapter: EPUBChapter)]>([])

    init(options: EPUBWriter.Options, context: WritingContext, workingDirectory: String) {
        self.options = options
        self.context = context
        self.workingDirectory = workingDirectory
    }

    func add(_ article: Article, at position: CollectionPosition) throws {
        let tag = "a\(position.input)-\(position.record)"
        let chapter = EPUBChapter(article: article, fileName: "", imageFolder: tag, options: options)
        let chapterFile = "\(workingDirectory)/\(tag).xhtml"
        if case .bytes(let bytes) = chapter.content { try files.write(Data(bytes), to: chapterFile) }
        var images: [EPUBImage] = []
        for (index, image) in chapter.images.enumerated() {
            let imageFile = "\(workingDirectory)/\(tag)-image-\(index)"
            if case .bytes(let bytes) = image.content { try files.write(Data(bytes), to: imageFile) }
            images.append(EPUBImage(path: image.path, mediaType: image.mediaType, content: .file(imageFile)))
        }
        var stored = chapter
        stored.content = .file(chapterFile)
        stored.images = images
        let sortKey = options.order.sortKey(for: article)
        chapters.withLock { $0.append((position, sortKey, stored)) }
    }

    func finish(writingTo path: String) throws {
        let collected = chapters.withLock { $0 }.sorted { ($0.sortKey, $0.position) < ($1.sortKey, $1.position) }
        guard !collected.isEmpty else {
            throw ConversionError(.writerFailed("no article could be read, so there is no book to write"), stage: .writing(format: "epub"))
        }
        let width = String(collected.count).count
        let ordered = collected.enumerated().map { index, entry in
            var chapter = entry.chapter
            let number = String(index + 1)
            chapter.fileName = "chapter-\(String(repeating: "0", count: width - number.count))\(number).xhtml"
            return chapter
        }
        let book = EPUBBook(anthology: ordered, options: options, context: context)
        let archive = try EPUBWriter.archive(path)
        try EPUBWriter.add(EPUBWriter.entries(for: book, templates: options.theme), to: archive)
        _ = try EPUBWriter.closed(archive)
    }
}
