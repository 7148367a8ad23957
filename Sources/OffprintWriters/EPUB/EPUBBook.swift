import OffprintCore
/// Step 1 of the EPUB writer: the book's metadata, resolved with defaults, and its chapters.
///
/// Nothing here reads the clock or draws random numbers: the identifier is a name-based UUID
/// of the article ids, and `dcterms:modified` comes from the articles' dates, else
/// `SOURCE_DATE_EPOCH`, else the fixed 1980-01-01T00:00:00Z that zip entries carry too.
struct EPUBBook: Sendable {
    /// `urn:uuid:` and a version 5 UUID of the article identifiers.
    let identifier: String
    let title: String
    let subtitle: String?
    /// A well-formed BCP 47 tag (`und` when unknown).
    let language: String
    let direction: TextDirection
    /// `CCYY-MM-DDThh:mm:ssZ`, as `dcterms:modified` requires.
    let modified: String
    /// `dc:creator`s: the article's authors, or an anthology's `--author`s (by default its
    /// articles' authors, or its sites when the authors are many).
    let authors: [EPUBPerson]
    /// `dc:contributor`s: an anthology's article authors, when `--author` names others.
    let contributors: [EPUBPerson]
    let published: ArticleDate?
    /// `dc:source`s: the article URLs.
    let sources: [String]
    let publisher: String?
    let subjects: [String]
    let cover: EPUBCover
    let chapters: [EPUBChapter]
    /// Whether the book gathers several articles (its title page then says how many).
    let isAnthology: Bool

    /// The folder inside the archive that holds the package and its content.
    static let contentFolder = "EPUB"
    /// Used when neither the articles nor `SOURCE_DATE_EPOCH` give a date.
    static let fallbackTimestamp = "1980-01-01T00:00:00Z"

    /// A book of one article.
    init(article: Article, options: EPUBWriter.Options, context: WritingContext) {
        identifier = "urn:uuid:\(NameBasedUUID(name: article.id))"
        title = article.title
        subtitle = article.kicker
        let chapter = EPUBChapter(article: article, fileName: "chapter-1.xhtml", imageFolder: "a1", options: options)
        language = chapter.language
        direction = chapter.direction
        modified = EPUBBook.timestamp(of: [chapter], context: context)
        authors = article.authors.filter(EPUBPerson.isName).map { EPUBPerson(name: $0, language: nil) }
        contributors = []
        published = article.published
        sources = article.source.url.map { [$0] } ?? []
        publisher = article.source.siteName
        subjects = article.categories
        cover = EPUBCover(options.cover)
        chapters = [chapter]
        isAnthology = false
    }

    /// A book of many articles, in the order given.
    init(anthology chapters: [EPUBChapter], options: EPUBWriter.Options, context: WritingContext) {
        identifier = "urn:uuid:\(NameBasedUUID(name: "offprint-anthology:" + chapters.map(\.id).joined(separator: "\n")))"
        title = options.title ?? "Offprint anthology"
        subtitle = nil
        let majority = EPUBBook.majorityLanguage(of: chapters)
        language = options.language.flatMap { LanguageTag($0)?.description } ?? majority
        direction = TextDirection(language: language) ?? chapters.first?.direction ?? .leftToRight
        modified = EPUBBook.timestamp(of: chapters, context: context)
        // The book is by whoever gathered it (--author), and the articles' authors contribute;
        // without --author it is by the articles' authors, or by their sites when the authors
        // are many. Only names count: not numbers, handles or "Editorial". Its date is the
        // newest article's, its publisher the site when every article shares one.
        let people = EPUBBook.people(of: chapters, bookLanguage: language)
        if options.authors.isEmpty {
            let sites = EPUBBook.distinct(chapters.compactMap(\.siteName).filter(EPUBPerson.isName))
            let bySite = (people.count > EPUBBook.mostDefaultCreators || people.isEmpty) && (1...EPUBBook.mostDefaultCreators).contains(sites.count)
            authors = bySite ? sites.map { EPUBPerson(name: $0, language: nil) } : people
            contributors = bySite ? people : []
        } else {
            authors = options.authors.map { EPUBPerson(name: $0, language: nil) }
            contributors = people.filter { !options.authors.contains($0.name) }
        }
        published = chapters.compactMap(\.published).max { $0.dateOnly < $1.dateOnly }
        sources = EPUBBook.distinct(chapters.compactMap(\.sourceURL))
        let sites = Set(chapters.map(\.siteName))
        publisher = sites.count == 1 ? sites.first ?? nil : nil
        subjects = EPUBBook.distinct(chapters.flatMap(\.categories))
        cover = EPUBCover(options.cover)
        self.chapters = chapters
        isAnthology = true
    }

    /// How many article authors an anthology without `--author` names as its creators; with
    /// more, its sites are named instead when they are few enough.
    static let mostDefaultCreators = 5

    /// The articles' authors that are names, each once in first-seen order, with the language
    /// of the first article that names them when it is not the book's.
    private static func people(of chapters: [EPUBChapter], bookLanguage: String) -> [EPUBPerson] {
        var seen = Set<String>()
        var people: [EPUBPerson] = []
        for chapter in chapters {
            for name in chapter.authors where EPUBPerson.isName(name) && seen.insert(name).inserted {
                let language = chapter.language == bookLanguage || chapter.language == "und" ? nil : chapter.language
                people.append(EPUBPerson(name: name, language: language))
            }
        }
        return people
    }

    /// The values in first-seen order, each once.
    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// Whether the book has a title page: an anthology's says what it gathers; a one-article
    /// book has none, since its cover and its chapter already show the title (a third showing
    /// is one too many).
    var hasTitlePage: Bool { isAnthology }

    /// The labels for the book's own pages, in its language.
    var labels: PageLabels { PageLabels(language: language) }

    /// Every image the book carries: the cover's, then the chapters', in order.
    var images: [EPUBImage] {
        var result: [EPUBImage] = []
        if case .image(let image) = cover { result.append(image) }
        for chapter in chapters { result += chapter.images }
        return result
    }

    /// The language most chapters are in, counted by primary subtag (`en-GB` is English);
    /// the full tag when all those chapters agree on it, the first one's on a tie.
    static func majorityLanguage(of chapters: [EPUBChapter]) -> String {
        let primary = { (tag: String) in String(tag.prefix { $0 != "-" }) }
        var counts: [String: Int] = [:]
        for chapter in chapters { counts[primary(chapter.language), default: 0] += 1 }
        let best = counts.values.max() ?? 0
        guard let winner = chapters.first(where: { counts[primary($0.language)] == best }).map({ primary($0.language) }) else { return "und" }
        let tags = Set(chapters.map(\.language).filter { primary($0) == winner })
        return tags.count == 1 ? tags.first ?? winner : winner
    }

    /// The latest date any chapter carries, else `SOURCE_DATE_EPOCH`, else the fallback.
    static func timestamp(of chapters: [EPUBChapter], context: WritingContext) -> String {
        if let latest = chapters.compactMap({ $0.modified ?? $0.published }).max() { return latest.utcTimestamp }
        if let epoch = context.sourceDateEpoch { return ArticleDate(secondsSince1970: epoch).description }
        return fallbackTimestamp
    }
}

/// The book's cover: a page made from the title, or an image the user gave (`--cover`).
enum EPUBCover: Sendable, Hashable {
    case generated
    case image(EPUBImage)

    /// The image as a cover, when it is one an EPUB can carry; else a generated cover page.
    init(_ resource: Resource?) {
        guard let resource, let data = resource.data, EPUBImage.coreMediaTypes.contains(resource.mediaType) else {
            self = .generated
            return
        }
        let fileExtension = ImageType(sniffing: data)?.fileExtension ?? "img"
        self = .image(EPUBImage(path: "images/cover.\(fileExtension)", mediaType: resource.mediaType, content: .bytes([UInt8](data))))
    }
}
