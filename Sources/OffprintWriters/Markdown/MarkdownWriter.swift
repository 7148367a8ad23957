import Foundation
import OffprintCore

/// Writes an article as a Markdown note: YAML front matter, then the body as CommonMark with
/// GitHub's tables and strikethrough, then its related links.
///
/// The note reads back through `MarkdownReader` as the same article (see
/// `MarkdownBlockRenderer` for the conventions where Markdown has no construct of its own).
/// Images the reader loaded are written beside the note, in `NAME.assets/`, and linked
/// relatively; with `--images drop` only their alternative text is kept. A batch gets an
/// `index.md` linking every note (`MarkdownIndex`); many articles make a folder of notes, never
/// one file.
public struct MarkdownWriter: ArticleWriter {
    public let format = "md"
    public let fileExtension = "md"
    public let summary = "a Markdown note (CommonMark + GFM, YAML front matter), images beside it in NAME.assets/"

    public var options: Options

    /// A writer with the given options (by default, images written beside the note).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The writer's one setting, `--images` (images: files beside the note, or only their alternative text with `drop`).
    public typealias Options = ImageOptions

    public var bundleRefusal: String? {
        "many articles in Markdown make a folder, not one file: convert with --to md --output FOLDER (one note per article, and an index.md linking them all)"
    }

    /// The note alone, as if its file were `article.md`: images go in `article.assets/`, which
    /// this call does not write (use `output(_:baseName:context:)` for them).
    public func write(_ article: Article, context: WritingContext) throws -> Data {
        try output(article, baseName: "article", context: context).data
    }

    /// The note for a file named `baseName.md`, and its images in `baseName.assets/`.
    public func output(_ article: Article, baseName: String, context: WritingContext) throws -> WriterOutput {
        let assets = options.images == .embed ? MarkdownAssets(article: article, folder: baseName + ".assets") : MarkdownAssets()
        let renderer = MarkdownBlockRenderer { image in
            if let path = assets.paths[image] { return path }
            return options.images == .embed && !assets.isResource(image) ? MarkdownLinks.imageTarget(image) : nil
        }
        var text = MarkdownFrontMatter.text(of: article)
        var lines = renderer.lines(of: article.body, direction: article.textDirection)
        lines += MarkdownRelatedLinks.lines(of: article.related, labels: PageLabels(language: article.languageTag), afterBody: !lines.isEmpty)
        if !lines.isEmpty { text += "\n" + lines.joined(separator: "\n") + "\n" }
        return WriterOutput(data: Data(text.utf8), companions: assets.files)
    }

    /// One note per article in a folder, and an `index.md` linking them all.
    public func batchCompanion(outputDirectory: String, workingDirectory: String) throws(ConversionError) -> (any BatchCompanion)? {
        try MarkdownIndex(outputDirectory: outputDirectory, workingDirectory: workingDirectory)
    }
}
