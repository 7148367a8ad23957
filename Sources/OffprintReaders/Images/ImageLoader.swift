import Foundation
import OffprintCore

/// Loads the images an article refers to, from files beside the input, into resources.
///
/// Only local files and `data:` URLs are read; a remote image stays a reference with its
/// alternative text, and nothing is ever fetched. A missing file, or one that is not an image,
/// becomes a warning, and the figure keeps its alternative text.
struct ImageLoader {
    /// The folder relative references are resolved against; `nil` for standard input.
    let baseDirectory: URL?
    /// The images captured in the same web archive, by absolute URL; `nil` for a saved page.
    var captured: (any ArchiveResources)? = nil
    /// Images larger than this are left out with a warning.
    static let maximumBytes = 20_000_000

    /// The figures' images loaded into `article.resources`, each figure pointing at its resource.
    func loadImages(of article: inout Article, warnings: inout [ConversionWarning]) {
        var loaded: [String: String] = [:]  // reference → resource id
        article.body = article.body.map { block in
            block.transformingFigures { reference in
                if let id = loaded[reference] { return id }
                guard let resource = load(reference, existing: article.resources, warnings: &warnings) else { return nil }
                article.resources.append(resource)
                loaded[reference] = resource.id
                return resource.id
            }
        }
    }

    private func load(_ reference: String, existing: [Resource], warnings: inout [ConversionWarning]) -> Resource? {
        if reference.hasPrefix("data:") {
            guard let data = ImageLoader.dataURLBytes(reference), let type = ImageType(sniffing: data) else {
                warnings.append(ConversionWarning("a data: image could not be decoded; its alternative text is kept"))
                return nil
            }
            return Resource(id: "images/image-\(existing.count + 1).\(type.fileExtension)", mediaType: type.mediaType, data: data)
        }
        if let colon = reference.firstIndex(of: ":"), reference[..<colon].allSatisfy(\.isLetter), reference[..<colon].count > 1 {
            // Remote (http:, https:...): never fetched; taken from the archive the page was
            // captured in when it holds a capture of it, else kept as a reference.
            guard let captured, let data = captured.data(capturedFrom: reference, limit: ImageLoader.maximumBytes) else { return nil }
            guard let type = ImageType(sniffing: data) else {
                warnings.append(ConversionWarning("image \(reference) is not a JPEG, PNG, GIF, WebP or SVG image; its alternative text is kept"))
                return nil
            }
            let path = URL(string: reference)?.path ?? ""
            let id = ImageLoader.resourceID(for: path.isEmpty ? "image" : path, type: type, taken: Set(existing.map(\.id)))
            return Resource(id: id, mediaType: type.mediaType, data: data)
        }
        guard let baseDirectory else {
            warnings.append(ConversionWarning("image \(reference): no folder to find it in (standard input); its alternative text is kept"))
            return nil
        }
        let path = String(reference.split(separator: "#").first ?? "").split(separator: "?").first.map(String.init) ?? ""
        let decoded = path.removingPercentEncoding ?? path
        // One message for a file that is missing, unreadable or outside the folder, so that a
        // reference cannot be used to learn whether some other path exists.
        guard let confined = ImageLoader.confinedPath(decoded, in: baseDirectory.path),
              let data = try? FileInput.contents(of: confined, limit: ImageLoader.maximumBytes) else {
            warnings.append(ConversionWarning("image \(reference) was not found or could not be read; its alternative text is kept"))
            return nil
        }
        guard let type = ImageType(sniffing: data) else {
            warnings.append(ConversionWarning("image \(reference) is not a JPEG, PNG, GIF, WebP or SVG image; its alternative text is kept"))
            return nil
        }
        let id = ImageLoader.resourceID(for: decoded, type: type, taken: Set(existing.map(\.id)))
        return Resource(id: id, mediaType: type.mediaType, data: data)
    }

    /// The real path (links and `..` resolved) of `path` taken relative to `folder`, or `nil`
    /// when it does not exist or resolves outside the folder's own real path: an article may
    /// carry only what sits beside it (its `NAME_files/` included), never `../`, an absolute
    /// path, or a link that leads elsewhere.
    static func confinedPath(_ path: String, in folder: String) -> String? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.utf8.contains(0),
              let realFolder = FileInput.realPath(folder),
              let real = FileInput.realPath(folder + "/" + path) else { return nil }
        let prefix = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
        return real.hasPrefix(prefix) ? real : nil
    }

    /// `images/photo.jpg` for `../images/photo.jpg`: a safe relative path, unique in the article.
    static func resourceID(for path: String, type: ImageType, taken: Set<String>) -> String {
        let parts = path.split(separator: "/").filter { $0 != ".." && $0 != "." && !$0.isEmpty }
        var name = parts.last.map(String.init) ?? "image"
        name = String(name.unicodeScalars.map { $0.isWordCharacter || "-_.".unicodeScalars.contains($0) ? Character($0) : "-" })
        if (name as NSString).pathExtension.isEmpty { name += "." + type.fileExtension }
        var id = "images/" + name
        var counter = 2
        while taken.contains(id) {
            id = "images/\((name as NSString).deletingPathExtension)-\(counter).\((name as NSString).pathExtension)"
            counter += 1
        }
        return id
    }

    static func dataURLBytes(_ url: String) -> Data? {
        guard let comma = url.firstIndex(of: ","), url[..<comma].hasSuffix(";base64") else { return nil }
        return Data(base64Encoded: String(url[url.index(after: comma)...]), options: .ignoreUnknownCharacters)
    }
}

extension Block {
    /// This block with every figure's image reference replaced by `replace` of it (`nil` keeps it).
    func transformingFigures(_ replace: (String) -> String?) -> Block {
        var copy = self
        switch kind {
        case .figure(let image, let alt, let caption):
            copy.kind = .figure(image: replace(image) ?? image, alt: alt, caption: caption)
        case .quote(let blocks):
            copy.kind = .quote(blocks.map { $0.transformingFigures(replace) })
        case .list(let ordered, let start, let items):
            copy.kind = .list(ordered: ordered, start: start, items: items.map { $0.map { $0.transformingFigures(replace) } })
        case .paragraph, .heading, .code, .rule, .table:
            break
        }
        return copy
    }
}
