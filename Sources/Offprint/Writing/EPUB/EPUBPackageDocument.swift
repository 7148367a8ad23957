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
        for (index, author) in book.authors.enumerated() {
            xml += "<dc:creator id=\"creator-\(index + 1)\">\(e(author))</dc:creator>\n"
        }
        if let published = book.published {
            xml += "<dc:date>\(published.dateOnly)</dc:date>\n"
        }
        if let source = book.sourceURL { xml += "<dc:source>\(e(source))</dc:source>\n" }
        if let publisher = book.publisher { xml += "<dc:publisher>\(e(publisher))</dc:publisher>\n" }
        for subject in book.subjects { xml += "<dc:subject>\(e(subject))</dc:subject>\n" }
        xml += """
        <meta property="dcterms:modified">\(book.modified)</meta>
        <meta property="schema:accessMode">textual</meta>
        <meta property="schema:accessModeSufficient">textual</meta>
        <meta property="schema:accessibilityFeature">structuralNavigation</meta>
        <meta property="schema:accessibilityFeature">tableOfContents</meta>
        <meta property="schema:accessibilityFeature">readingOrder</meta>
        <meta property="schema:accessibilityHazard">none</meta>
        <meta property="schema:accessibilitySummary">Text-only article with a table of contents and headings in reading order.</meta>
        </metadata>
        <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="style" href="style.css" media-type="text/css"/>
        <item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>

        """
        for (index, chapter) in book.chapters.enumerated() {
            xml += "<item id=\"chapter-\(index + 1)\" href=\"\(e(chapter.fileName))\" media-type=\"application/xhtml+xml\"/>\n"
        }
        let progression = book.direction.isRightToLeft ? " page-progression-direction=\"rtl\"" : ""
        xml += "</manifest>\n<spine toc=\"ncx\"\(progression)>\n<itemref idref=\"title-page\"/>\n"
        for index in book.chapters.indices {
            xml += "<itemref idref=\"chapter-\(index + 1)\"/>\n"
        }
        xml += "</spine>\n</package>\n"
        return xml
    }
}

extension ArticleDate {
    /// `YYYY-MM-DD`, the date as the article gave it without the time.
    var dateOnly: String { String(description.prefix(10)) }
}
