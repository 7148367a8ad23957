import Foundation
import OffprintCore

/// The settings several built-in writers share, described once.
extension WriterSetting {
    /// `--templates FOLDER`: a theme whose files replace the built-in ones by name.
    public static let templates = WriterSetting(name: "templates", valueName: "folder", help: "A theme folder whose templates and CSS replace the built-in ones by name.")
    /// `--images embed|drop`.
    public static let images = WriterSetting(name: "images", valueName: "embed|drop", help: "Embed the articles' images, or drop them and keep their alternative text.")
    /// `--sort path|date|title`: the order of a bundle's articles.
    public static let sort = WriterSetting(name: "sort", valueName: "path|date|title", help: "The order of articles in the bundle.")
}

extension WriterOptions {
    /// The theme in a `--templates` folder.
    static func theme(_ values: [String]) throws(WriterOptionError) -> TemplateSet {
        let folder = try last(values, for: "templates")
        do {
            return try TemplateSet(overridingWith: URL(fileURLWithPath: folder))
        } catch {
            throw WriterOptionError(setting: "templates", "\(error)")
        }
    }
}
