import Foundation
import OffprintPlatform

/// Checks what EPUBCheck does not: that every XHTML page says its language and direction
/// (`lang`, `xml:lang`, `dir`) and they agree with each other and with the package; that the
/// spine's page progression agrees with the content; that every language tag is well-formed
/// BCP 47; that `mimetype` comes first and is stored; that the manifest and the zip entries
/// match both ways; and that an offline book refers to no remote resource.
public struct EPUBChecker: Sendable {
    public init() {}

    /// The findings for one book; empty when it passes.
    public func check(_ path: String) -> [EPUBFinding] {
        let archive: ZipArchiveReader
        do {
            // All reads together may inflate 16 times the book's size (at least 64 MB): more
            // than any real book's text, which compresses a few times at most.
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            archive = try ZipArchiveReader(path: path, inflationBudget: max(64_000_000, size.multipliedReportingOverflow(by: 16).partialValue))
        } catch {
            return [EPUBFinding(book: path, code: "not-a-zip", message: "cannot be opened as a zip archive: \(error)")]
        }
        var findings = EPUBCheckRun(book: path, archive: archive)
        findings.checkMimetype()
        if let packagePath = findings.packagePath(), let package = findings.xml(packagePath) {
            findings.checkPackage(package, at: packagePath)
        }
        if archive.isOverBudget {
            findings.report("too-large", "its files inflate to more than \(archive.inflationBudget / 1_000_000) MB together (entries may share one compressed stream); the rest was not checked")
        }
        return findings.found
    }
}

/// One run of the checker over one book, collecting findings.
struct EPUBCheckRun {
    let book: String
    let archive: ZipArchiveReader
    let entries: [ZipArchiveReader.Entry]
    private(set) var found: [EPUBFinding] = []

    init(book: String, archive: ZipArchiveReader) {
        self.book = book
        self.archive = archive
        self.entries = archive.entries
    }

    mutating func report(_ code: String, _ message: String, in entry: String? = nil) {
        found.append(EPUBFinding(book: book, entry: entry, code: code, message: message))
    }

    mutating func checkMimetype() {
        guard let first = entries.first, first.name == "mimetype" else {
            report("mimetype-not-first", "the first zip entry is not mimetype")
            return
        }
        if !first.isStored { report("mimetype-compressed", "mimetype is compressed; it must be stored", in: "mimetype") }
        if first.localExtraFields > 0 { report("mimetype-extra-field", "mimetype has an extra field in its zip header", in: "mimetype") }
        if archive.contents(of: "mimetype", limit: 64).map({ String(decoding: $0, as: UTF8.self) }) != "application/epub+zip" {
            report("mimetype-content", "mimetype does not say application/epub+zip", in: "mimetype")
        }
    }

    /// The package document's path, from `META-INF/container.xml`.
    mutating func packagePath() -> String? {
        guard let container = xml("META-INF/container.xml") else { return nil }
        guard let path = container.descendants(named: ["rootfile"]).first?.attributes["full-path"] else {
            report("no-package", "container.xml names no package document", in: "META-INF/container.xml")
            return nil
        }
        return path
    }

    /// A file of the book parsed as XML, or a finding when it is missing or not well-formed.
    mutating func xml(_ entry: String) -> DOMNode? {
        guard let bytes = archive.contents(of: entry) else {
            if !archive.isOverBudget { report("missing-file", "the book has no \(entry)") }
            return nil
        }
        guard let document = XMLTree.parse(bytes) else {
            report("not-well-formed", "is not well-formed XML", in: entry)
            return nil
        }
        return document
    }
}
