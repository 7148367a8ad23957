import OffprintCore
/// Step 5 of the EPUB writer: `toc.ncx`, the EPUB 2 table of contents that older readers use.
///
/// NCX text cannot hold markup, so each chapter's label carries its own `xml:lang` and `dir`
/// (attributes the NCX format has for this), the counterpart of the `<bdi>` in `nav.xhtml`: an
/// English title keeps its order in an Arabic book's list, and the other way round.
enum EPUBNCX {
    static func xml(_ book: EPUBBook) -> String {
        let e: (String) -> String = MarkupText.escaped
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="\(e(book.language))" dir="\(book.direction.rawValue)">
        <head>
        <meta name="dtb:uid" content="\(e(book.identifier))"/>
        <meta name="dtb:depth" content="1"/>
        <meta name="dtb:totalPageCount" content="0"/>
        <meta name="dtb:maxPageNumber" content="0"/>
        </head>
        <docTitle><text>\(e(book.title))</text></docTitle>
        <navMap>
        <navPoint id="nav-cover" playOrder="1"><navLabel><text>\(e(book.labels.cover))</text></navLabel><content src="cover.xhtml"/></navPoint>

        """
        if book.hasTitlePage {
            xml += "<navPoint id=\"nav-title-page\" playOrder=\"2\"><navLabel><text>\(e(book.labels.titlePage))</text></navLabel><content src=\"title.xhtml\"/></navPoint>\n"
        }
        let firstChapter = book.hasTitlePage ? 3 : 2
        for (index, chapter) in book.chapters.enumerated() {
            xml += "<navPoint id=\"nav-chapter-\(index + 1)\" playOrder=\"\(index + firstChapter)\"><navLabel xml:lang=\"\(e(chapter.language))\" dir=\"\(chapter.direction.rawValue)\"><text>\(e(chapter.title))</text></navLabel><content src=\"\(e(chapter.fileName))\"/></navPoint>\n"
        }
        xml += "</navMap>\n</ncx>\n"
        return xml
    }
}
