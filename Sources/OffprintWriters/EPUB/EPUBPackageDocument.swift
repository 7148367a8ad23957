import OffprintCore
/// Step 4 of the EPUB writer: the package document (`EPUB/package.opf`): metadata, manifest and
/// spine, with `page-progression-direction="rtl"` for right-to-left books.
enum EPUBPackageDocument {
    static func xml(_ book: EPUBBook) -> String {
        let e: (String) -> String = MarkupText.escaped
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(e(book.language))" dir="\(book.direction.rawValue)">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:identifier id="book-id">\(e(book.identifier))</dc:identifier>
        <dc:title>\(e(book.title))</dc:title>
        <dc:language>\(e(book.language))</dc:language>

        """
        let language = { (person: EPUBPerson) in person.language.map { " xml:lang=\"\(e($0))\"" } ?? "" }
        for (index, author) in book.authors.enumerated() {
            xml += "<dc:creator id=\"creator-\(index + 1)\"\(language(author))>\(e(author.name))</dc:creator>\n"
        }
        for contributor in book.contributors { xml += "<dc:contributor\(language(contributor))>\(e(contributor.name))</dc:contributor>\n" }
        if let published = book.published {
            xml += "<dc:date>\(published.dateOnly)</dc:date>\n"
        }
        for source in book.sources { xml += "<dc:source>\(e(source))</dc:source>\n" }
        if let publisher = book.publisher { xml += "<dc:publisher>\(e(publisher))</dc:publisher>\n" }
        for subject in book.subjects { xml += "<dc:subject>\(e(subject))</dc:subject>\n" }
        xml += "<meta property=\"dcterms:modified\">\(book.modified)</meta>\n"
        xml += accessibility(book)
        if case .image = book.cover { xml += "<meta name=\"cover\" content=\"cover-image\"/>\n" }
        xml += """
        </metadata>
        <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="style" href="style.css" media-type="text/css"/>
        <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>

        """
        if book.hasTitlePage { xml += "<item id=\"title-page\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>\n" }
        for (index, chapter) in book.chapters.enumerated() {
            xml += "<item id=\"chapter-\(index + 1)\" href=\"\(e(chapter.fileName))\" media-type=\"application/xhtml+xml\"/>\n"
        }
        if case .image(let image) = book.cover {
            xml += "<item id=\"cover-image\" href=\"\(e(image.path))\" media-type=\"\(image.mediaType)\" properties=\"cover-image\"/>\n"
        }
        for (index, image) in book.chapters.flatMap(\.images).enumerated() {
            xml += "<item id=\"image-\(index + 1)\" href=\"\(e(image.path))\" media-type=\"\(image.mediaType)\"/>\n"
        }
        let progression = book.direction.isRightToLeft ? " page-progression-direction=\"rtl\"" : ""
        xml += "</manifest>\n<spine toc=\"ncx\"\(progression)>\n<itemref idref=\"cover\"/>\n"
        if book.hasTitlePage { xml += "<itemref idref=\"title-page\"/>\n" }
        for index in book.chapters.indices {
            xml += "<itemref idref=\"chapter-\(index + 1)\"/>\n"
        }
        xml += "</spine>\n</package>\n"
        return xml
    }
}

extension EPUBPackageDocument {
    /// schema.org accessibility metadata, as the EU accessibility rules and e-book stores ask.
    static func accessibility(_ book: EPUBBook) -> String {
        let hasImages = !book.images.isEmpty
        var lines = ["<meta property=\"schema:accessMode\">textual</meta>"]
        if hasImages { lines.append("<meta property=\"schema:accessMode\">visual</meta>") }
        lines.append("<meta property=\"schema:accessModeSufficient\">textual</meta>")
        var features = ["structuralNavigation", "tableOfContents", "readingOrder"]
        if hasImages { features.append("alternativeText") }
        lines += features.map { "<meta property=\"schema:accessibilityFeature\">\($0)</meta>" }
        lines.append("<meta property=\"schema:accessibilityHazard\">none</meta>")
        let summary = hasImages
            ? "Articles with headings in reading order and a table of contents; images carry text alternatives."
            : "Text-only articles with headings in reading order and a table of contents."
        // Written in English whatever the book's language: say so, for reading systems that speak it.
        lines.append("<meta property=\"schema:accessibilitySummary\" xml:lang=\"en\">\(summary)</meta>")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ArticleDate {
    /// `YYYY-MM-DD`, the date as the article gave it without the time.
    var dateOnly: String { String(description.prefix(10)) }
}
