import Foundation
import OffprintCore

extension EPUBWriter {
    /// What the EPUB writer can be told: the theme, images and cover of every book, and the
    /// title, authors, language and order of an anthology.
    public struct Options: WriterOptions {
        /// The templates and style sheet chapters and pages are rendered with.
        public var theme: TemplateSet
        /// Whether books package the article's images or keep only their alternative text.
        public var images: ImagePolicy
        /// The cover image; `nil` makes a cover page from the title.
        public var cover: Resource?
        /// An anthology's title; `nil` for a default.
        public var title: String?
        /// An anthology's authors (`dc:creator`).
        public var authors: [String]
        /// An anthology's language (a BCP 47 tag); `nil` for the language most articles are in.
        public var language: String?
        /// The order of an anthology's chapters.
        public var order: CollectionOrder

        /// The largest cover image read.
        public static let maximumCoverBytes = 20_000_000

        /// Options; every part has a default.
        public init(theme: TemplateSet = .builtIn, images: ImagePolicy = .embed, cover: Resource? = nil,
                    title: String? = nil, authors: [String] = [], language: String? = nil, order: CollectionOrder = .path) {
            self.theme = theme
            self.images = images
            self.cover = cover
            self.title = title
            self.authors = authors
            self.language = language
            self.order = order
        }

        public static let settings = [
            WriterSetting.templates,
            WriterSetting.images,
            WriterSetting(name: "cover", valueName: "image", help: "A JPEG, PNG, GIF, WebP or SVG image for the books' cover (default: a cover page made from the title)."),
            WriterSetting(name: "title", valueName: "title", help: "The bundle's title."),
            WriterSetting(name: "author", valueName: "name", help: "An author of the bundle (repeat for several)."),
            WriterSetting(name: "language", valueName: "tag", help: "The bundle's language (default: that of most of its articles)."),
            WriterSetting.sort,
        ]

        public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
            switch name {
            case "templates": theme = try Self.theme(values)
            case "images": images = try Self.choice(values, for: name)
            case "cover": cover = try Self.coverImage(Self.last(values, for: name))
            case "title": title = try Self.last(values, for: name)
            case "author": authors = values
            case "language":
                let tag = try Self.last(values, for: name)
                guard LanguageTag(tag) != nil else {
                    throw WriterOptionError(setting: name, "'\(tag)' is not a BCP 47 language tag (such as ar, en-GB)")
                }
                language = tag
            case "sort": order = try Self.choice(values, for: name)
            default: throw WriterOptionError(setting: name, "the EPUB writer has no such setting")
            }
        }

        /// The image at `path`, read and checked.
        static func coverImage(_ path: String) throws(WriterOptionError) -> Resource {
            let data: Data
            do {
                data = try FileInput.contents(of: path, limit: maximumCoverBytes)
            } catch {
                var located = error
                located.path = path
                throw WriterOptionError(setting: "cover", located.description)
            }
            guard let type = ImageType(sniffing: data) else {
                throw WriterOptionError(setting: "cover", "\(path) is not a JPEG, PNG, GIF, WebP or SVG image")
            }
            let cover = Resource(id: "cover", mediaType: type.mediaType, data: data)
            guard let safe = cover.writableData else {
                throw WriterOptionError(setting: "cover", "\(path) is not a well-formed SVG image")
            }
            return Resource(id: "cover", mediaType: type.mediaType, data: safe)
        }
    }
}
