/// Step 1 of the EPUB writer: the book's metadata, resolved with defaults, and its chapters.
///
/// Nothing here reads the clock or draws random numbers: the identifier is a name-based UUID
/// of the article's id, and `dcterms:modified` comes from the article's dates, else
/// `SOURCE_DATE_EPOCH`, else the fixed 1980-01-01T00:00:00Z that zip entries carry too.
struct EPUBBook {
    /// `urn:uuid:` and a version 5 UUID of the article identifier.
    let identifier: String
    let title: String
    let kicker: String?
    /// A well-formed BCP 47 tag (`und` when unknown).
    let language: String
    let direction: TextDirection
    /// `CCYY-MM-DDThh:mm:ssZ`, as `dcterms:modified` requires.
    let modified: String
    let authors: [String]
    let published: ArticleDate?
    let sourceURL: String?
    let publisher: String?
    let subjects: [String]
    let chapters: [EPUBChapter]

    /// The folder inside the archive that holds the package and its content.
    static let contentFolder = "EPUB"
    /// Used when neither the article nor `SOURCE_DATE_EPOCH` gives a date.
    static let fallbackTimestamp = "1980-01-01T00:00:00Z"

    init(article: Article, context: WritingContext) {
        identifier = "urn:uuid:\(NameBasedUUID(name: article.id))"
        title = article.title
        kicker = article.kicker
        language = LanguageTag(article.languageTag)?.description ?? "und"
        direction = article.textDirection
        if let date = article.modified ?? article.published {
            modified = date.utcTimestamp
        } else if let epoch = context.sourceDateEpoch {
            modified = ArticleDate(secondsSince1970: epoch).description
        } else {
            modified = EPUBBook.fallbackTimestamp
        }
        authors = article.authors
        published = article.published
        sourceURL = article.source.url
        publisher = article.source.siteName
        subjects = article.categories
        chapters = [EPUBChapter(article: article, fileName: "chapter-1.xhtml", context: context)]
    }

    /// The labels for the book's own pages, in its language.
    var labels: PageLabels { PageLabels(language: language) }
}
