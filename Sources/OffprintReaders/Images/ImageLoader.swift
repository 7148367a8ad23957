import Foundation
import OffprintCore

/// Loads the images an article refers to into resources: from files beside the input, from
/// `data:` URLs, or from the parts of the input itself (an MHTML file's).
///
/// A remote image stays a reference with its alternative text, and nothing is ever fetched. A
/// missing file, or one that is not an image, becomes a warning, and the figure keeps its
/// alternative text. Images are typed by their bytes, never by a declared type or a name, and
/// the same bytes referred to twice (an icon repeated in a page saved as one file) become one
/// resource.
struct ImageLoader {
    /// The folder relative references are resolved against; `nil` for standard input.
    let baseDirectory: URL?
    /// The images inside the input; when set, references are looked up there and never on disk.
    var embedded: EmbeddedImages?
    /// Whether a reference that is neither remote nor found is worth a warning (`false` for
    /// content that never had files beside it, such as a read-it-later export's).
    var warnsAboutLocalReferences = true
    /// The images captured in the same web archive, by absolute URL; `nil` for a saved page.
    var captured: (any ArchiveResources)? = nil
    /// Images larger than this are left out with a warning.
    static let maximumBytes = 20_000_000

    init(baseDirectory: URL?, captured: (any ArchiveResources)? = nil) {
        self.baseDirectory = baseDirectory
        self.captured = captured
    }

    /// Images from the input's own parts, never from disk.
    init(embedded: EmbeddedImages) {
        self.baseDirectory = nil
        self.embedded = embedded
    }

    /// The figures' images loaded into `article.resources`, each figure pointing at its
    /// resource; a figure whose `data:` image cannot be decoded becomes its alternative text.
    func loadImages(of article: inout Article, warnings: inout [ConversionWarning]) {
        var loaded: [String: String] = [:]  // reference → resource id
        var byContent: [Data: String] = [:]  // bytes → resource id
        for resource in article.resources { if let data = resource.data { byContent[data] = resource.id } }
        article.body = article.body.map { block in
            block.transformingFigures { reference in
                if let id = loaded[reference] { return id }
                guard let resource = load(reference, existing: article.resources, warnings: &warnings) else { return nil }
                if let data = resource.data, let id = byContent[data] {
                    loaded[reference] = id
                    return id
                }
                article.resources.append(resource)
                if let data = resource.data { byContent[data] = resource.id }
                loaded[reference] = resource.id
                return resource.id
            }
        }
        article.body = article.body.replacingUnloadedDataImages()
    }

    private func load(_ reference: String, existing: [Resource], warnings: inout [ConversionWarning]) -> Resource? {
        if reference.prefix(5).lowercased() == "data:" {
            switch DataURL.bytes(of: Substring(reference), limit: ImageLoader.maximumBytes) {
            case .success(let data):
                guard let type = ImageType(sniffing: data) else {
                    warnings.append(ConversionWarning("a data: image is not a JPEG, PNG, GIF, WebP or SVG image; its alternative text is kept"))
                    return nil
                }
                let id = ImageLoader.resourceID(for: "image-\(existing.count + 1)", type: type, taken: Set(existing.map(\.id)))
                return Resource(id: id, mediaType: type.mediaType, data: data)
            case .failure(.tooLarge(let bytes)):
                warnings.append(ConversionWarning("a data: image of about \(bytes) bytes is over the \(ImageLoader.maximumBytes)-byte limit for one image; its alternative text is kept"))
            case .failure:
                warnings.append(ConversionWarning("a data: image could not be decoded; its alternative text is kept"))
            }
            return nil
        }
        if let embedded {
            guard let data = embedded.bytes(for: reference) else {
                if warnsAboutLocalReferences, !ImageLoader.isRemote(reference) || reference.lowercased().hasPrefix("cid:") {
                    warnings.append(ConversionWarning("image \(reference) is not among the file's parts; its alternative text is kept"))
                }
                return nil
            }
            guard data.count <= ImageLoader.maximumBytes, let type = ImageType(sniffing: data) else {
                warnings.append(ConversionWarning("image \(reference) is not a JPEG, PNG, GIF, WebP or SVG image of at most \(ImageLoader.maximumBytes) bytes; its alternative text is kept"))
                return nil
            }
            let path = URL(string: reference)?.path ?? ""
            let id = ImageLoader.resourceID(for: path.isEmpty ? "image" : path, type: type, taken: Set(existing.map(\.id)))
            return Resource(id: id, mediaType: type.mediaType, data: data)
        }
        if ImageLoader.isRemote(reference) {
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
            if warnsAboutLocalReferences {
                warnings.append(ConversionWarning("image \(reference): no folder to find it in (standard input, or inside an archive); its alternative text is kept"))
            }
            return nil
        }
        let path = String(reference.split(separator: "#").first ?? "").split(separator: "?").first.map(String.init) ?? ""
        let decoded = path.removingPercentEncoding ?? path
        // One message for a file that is missing, unreadable or outside the folder, so that a
        // reference cannot be used to learn whether some other path exists.
        guard let (confined, folder) = ImageLoader.confinedPath(decoded, in: baseDirectory.path),
              let data = try? FileInput.contents(ofRealPath: confined, confinedTo: folder, limit: ImageLoader.maximumBytes) else {
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

    /// A reference with a scheme of two letters or more (`http:`, `https:`, `file:`...).
    static func isRemote(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        return reference[..<colon].allSatisfy(\.isLetter) && reference[..<colon].count > 1
    }

    /// The real path (links and `..` resolved) of `path` taken relative to `folder`, or `nil`
    /// when it does not exist or resolves outside the folder's own real path: an article may
    /// carry only what sits beside it (its `NAME_files/` included), never `../`, an absolute
    /// path, or a link that leads elsewhere.
    /// Returns it with the folder's real path, which the file must still be in when it is opened.
    static func confinedPath(_ path: String, in folder: String) -> (path: String, folder: String)? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.utf8.contains(0),
              let realFolder = FileInput.realPath(folder),
              let real = FileInput.realPath(folder + "/" + path) else { return nil }
        let prefix = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
        return real.hasPrefix(prefix) ? (real, realFolder) : nil
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
}
