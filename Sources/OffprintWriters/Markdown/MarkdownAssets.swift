import Foundation
import OffprintCore

/// The images a note carries, as files in its `NAME.assets/` folder: each loaded resource
/// whose bytes are a JPEG, PNG, GIF, WebP or SVG image, under a name made of its own (letters,
/// digits, `-`, `_` and `.` only, so no name leaves the folder) that ends in its type's
/// extension (so no image can take the name of another output); SVG images sanitised, and
/// those that are not well-formed left out.
struct MarkdownAssets {
    /// The relative link of each resource written, by resource id.
    private(set) var paths: [String: String] = [:]
    /// The files to write beside the note, by path relative to its folder.
    private(set) var files: [(path: String, data: Data)] = []
    private var resourceIDs: Set<String> = []

    /// No images.
    init() {}

    /// The article's loaded images, in `folder` (beside the note).
    init(article: Article, folder: String) {
        var taken = Set<String>()
        for resource in article.resources {
            resourceIDs.insert(resource.id)
            guard paths[resource.id] == nil, let data = resource.writableData,
                  let type = resource.isSVG ? ImageType.svg : ImageType(sniffing: data) else { continue }
            var name = String(String.UnicodeScalarView(resource.id.split(separator: "/").last.map { $0.unicodeScalars.map { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)) ? scalar : "-"
            } } ?? []))
            while name.hasPrefix(".") { name.removeFirst() }
            if name.isEmpty { name = "image" }
            let extensions = type == .jpeg ? [".jpg", ".jpeg"] : ["." + type.fileExtension]
            if !extensions.contains(where: { name.lowercased().hasSuffix($0) }) { name += "." + type.fileExtension }
            while taken.contains(name.lowercased()) { name = "x-" + name }
            taken.insert(name.lowercased())
            files.append((folder + "/" + name, data))
            paths[resource.id] = String(LinkTarget.relativeFile(folder + "/" + name).dropFirst(2))
        }
    }

    /// Whether `id` names one of the article's resources (written or not).
    func isResource(_ id: String) -> Bool { resourceIDs.contains(id) }
}
