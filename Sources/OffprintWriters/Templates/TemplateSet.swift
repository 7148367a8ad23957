import Foundation
import Mustache

/// The theme: Mustache templates for pages and the CSS they embed or link.
///
/// The default theme is built into Offprint (from `Templates/` in the source tree). A user theme
/// folder (`--templates DIR`) overrides any file by its relative name, such as
/// `html/article.mustache` or `epub/style.css`; what it does not override comes from the
/// default. Templates are parsed once, when the set is made, so a broken template fails before
/// any article is converted.
public struct TemplateSet: Sendable {
    /// The templates every theme provides, by name (relative path without `.mustache`).
    public static let templateNames = ["html/article", "html/index", "html/index-group", "html/index-entry", "epub/chapter", "epub/cover", "epub/title-page", "epub/nav"]
    /// The style sheets every theme provides.
    public static let styleNames = ["html/style.css", "html/custom.css", "epub/style.css"]

    private let library: MustacheLibrary
    private let styles: [String: String]

    /// The default theme.
    public static let builtIn: TemplateSet = {
        do {
            return try TemplateSet(files: defaultFiles)
        } catch {
            // The default theme is parsed by the tests; reaching this is a build defect.
            preconditionFailure("the built-in theme does not parse: \(error)")
        }
    }()

    /// The default theme's files, by relative name (`html/article.mustache`), as shipped.
    public static var defaultFiles: [String: String] {
        var files: [String: String] = [:]
        for (key, text) in EmbeddedResources.files where key.hasPrefix("Templates/") {
            files[String(key.dropFirst("Templates/".count))] = text
        }
        return files
    }

    /// The default theme with the files found in `directory` put in place of its own. A folder
    /// that does not exist, or holds none of the theme's files by their relative names, is an
    /// error: it is almost always a mistyped path or files not in their `html/`, `epub/` folders.
    public init(overridingWith directory: URL) throws(TemplateError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw TemplateError(file: directory.path, line: 0, column: 0, message: "no such folder")
        }
        var files = TemplateSet.defaultFiles
        let overridden = files.keys.filter { FileManager.default.fileExists(atPath: directory.appending(path: $0).path) }
        guard !overridden.isEmpty else {
            throw TemplateError(
                file: directory.path, line: 0, column: 0,
                message: "holds none of the theme's files (such as html/custom.css or html/article.mustache); `offprint templates export` shows the layout")
        }
        for name in files.keys.sorted() {
            let url = directory.appending(path: name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: url.path, line: 0, column: 0, message: "cannot be read as UTF-8 text")
            }
            files[name] = text
        }
        try self.init(files: files, location: { directory.appending(path: $0).path })
    }

    /// The files in a theme folder that are not files of the theme (a misspelt
    /// `html/artcle.mustache`, a template in the wrong folder), by relative name: they change
    /// nothing, which is worth telling the user. Hidden files are left out.
    public static func unknownFiles(in directory: URL) -> [String] {
        let known = Set(defaultFiles.keys)
        guard let names = FileManager.default.subpaths(atPath: directory.path) else { return [] }
        return names.filter { name in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory.appending(path: name).path, isDirectory: &isFolder)
            return exists && !isFolder.boolValue && !known.contains(name) && !name.split(separator: "/").contains { $0.hasPrefix(".") }
        }.sorted()
    }

    /// A theme from file texts by relative name; `location` says where each came from, for errors.
    init(files: [String: String], location: (String) -> String = { "Templates/\($0)" }) throws(TemplateError) {
        MarkupContentType.registerOnce()
        var library = MustacheLibrary()
        for name in TemplateSet.templateNames {
            let file = name + ".mustache"
            guard let text = files[file] else {
                throw TemplateError(file: location(file), line: 0, column: 0, message: "missing from the theme")
            }
            do {
                library.register(try MustacheTemplate(string: MarkupContentType.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // A section never closed is reported where it opens, not at the end of the file.
                if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let open = TemplateSet.unclosedSection(in: text) {
                    throw TemplateError(file: location(file), line: open.line, column: open.column,
                                        message: "the section {{\(open.tag)}} is opened here but never closed")
                }
                // The pragma sits in front of line 1, so columns there are shifted by its length.
                let column = error.context.lineNumber == 1
                    ? error.context.columnNumber - MarkupContentType.pragma.count : error.context.columnNumber
                throw TemplateError(
                    file: location(file), line: error.context.lineNumber, column: column,
                    message: TemplateSet.describe(error.error))
            } catch {
                throw TemplateError(file: location(file), line: 0, column: 0, message: "\(error)")
            }
        }
        if let text = files["epub/nav.mustache"], let link = TemplateSet.unguardedTitlePageLink(in: text) {
            // Themes exported before one-article books lost their title page link it always;
            // such a book would point at a page it does not have and fail EPUBCheck.
            throw TemplateError(file: location("epub/nav.mustache"), line: link.line, column: link.column,
                                message: "links title.xhtml outside {{#titlePageLabel}}...{{/titlePageLabel}}, but only anthologies have a title page; put the link inside that section, as `offprint templates export` shows")
        }
        self.library = library
        self.styles = files.filter { $0.key.hasSuffix(".css") }
        pageCSS = (styles["html/style.css"] ?? "") + "\n" + (styles["html/custom.css"] ?? "")
    }

    /// Renders the named template with a context.
    public func render(_ name: String, _ context: TemplateContext) -> String {
        library.render(context.values, withTemplate: name) ?? ""
    }

    /// The text of a style sheet of the theme, such as `html/style.css`.
    public func style(_ name: String) -> String {
        styles[name] ?? ""
    }

    /// What HTML pages embed: the theme's style sheet, then `html/custom.css`, so a theme can
    /// change a few rules without copying the rest.
    public let pageCSS: String
}

extension TemplateSet {
    /// The last section tag (`#name`, `^name`, `$name`, `<name`) that no `/name` closes, with its
    /// 1-based line and column. Only for messages: tags are found by their default `{{ }}`
    /// delimiters.
    static func unclosedSection(in text: String) -> (tag: String, line: Int, column: Int)? {
        var open: [(name: String, tag: String, line: Int, column: Int)] = []
        var line = 1, column = 1
        var rest = Substring(text)
        while let start = rest.range(of: "{{") {
            for character in rest[..<start.lowerBound] {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            guard let end = rest[start.upperBound...].range(of: "}}") else { break }
            let tag = rest[start.upperBound..<end.lowerBound].trimmingWhitespace()
            if let sigil = tag.first, "#^$<".contains(sigil) {
                open.append((String(tag.dropFirst()).trimmingWhitespace(), tag, line, column))
            } else if tag.first == "/", let index = open.lastIndex(where: { $0.name == String(tag.dropFirst()).trimmingWhitespace() }) {
                open.removeSubrange(index...)
            }
            for character in rest[start.lowerBound..<end.upperBound] {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            rest = rest[end.upperBound...]
        }
        return open.last.map { ($0.tag, $0.line, $0.column) }
    }

    /// Where the first link to `title.xhtml` outside a `{{#titlePageLabel}}` section is, as a
    /// 1-based line and column: the navigation template must link the title page only when the
    /// book has one.
    static func unguardedTitlePageLink(in text: String) -> (line: Int, column: Int)? {
        var guarded: [Range<String.Index>] = []
        var rest = text.startIndex
        while let open = text.range(of: "{{#titlePageLabel}}", range: rest..<text.endIndex) {
            let close = text.range(of: "{{/titlePageLabel}}", range: open.upperBound..<text.endIndex)
            guarded.append(open.upperBound..<(close?.lowerBound ?? text.endIndex))
            rest = close?.upperBound ?? text.endIndex
        }
        rest = text.startIndex
        while let link = text.range(of: "title.xhtml", range: rest..<text.endIndex) {
            if !guarded.contains(where: { $0.contains(link.lowerBound) }) {
                let before = text[..<link.lowerBound]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
                return (line, column)
            }
            rest = link.upperBound
        }
        return nil
    }

    /// A sentence for a Mustache parse error.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // The parser's own error when the text ends inside a tag.
            return "\(error)" == "overflow" ? "the template ends inside a tag (missing }})" : "\(error)"
        }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a name other than the one that opened it"
        case .unfinishedName: return "a tag is not closed (missing }})"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        case .invalidConfigVariableSyntax: return "invalid configuration tag"
        case .unrecognisedConfigVariable: return "unknown configuration variable"
        }
    }
}

/// A theme file that cannot be used, with where the problem is.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
