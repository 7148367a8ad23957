/// Step 6 of the EPUB writer: the two files every EPUB starts with, `mimetype` (first, stored)
/// and `META-INF/container.xml`, which points at the package document.
enum EPUBContainer {
    static let packagePath = "\(EPUBBook.contentFolder)/package.opf"

    static var entries: [EPUBEntry] {
        [
            EPUBEntry("mimetype", text: "application/epub+zip", isCompressed: false),
            EPUBEntry("META-INF/container.xml", text: """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles>
            <rootfile full-path="\(packagePath)" media-type="application/oebps-package+xml"/>
            </rootfiles>
            </container>

            """),
        ]
    }
}
