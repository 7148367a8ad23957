import Foundation
import OffprintCore
import OffprintPlatform

/// Where the articles of an Omnivore export are: the unpacked export's folder, the export's zip
/// itself, or nowhere (metadata read from standard input).
enum OmnivoreContent {
    case folder(String)
    case zip(ZipArchiveReader)
    case none(String)

    /// The text of `content/SLUG.md` or `content/SLUG.html`, with its kind and (in a folder)
    /// its path, or why there is none.
    func article(slug: String, limit: Int) -> Result<(text: String, kind: String, path: String?), ConversionError> {
        let candidates = [("content/\(slug).md", "markdown"), ("content/\(slug).html", "html")]
        switch self {
        case .none(let why):
            return .failure(ConversionError(.malformed("content/\(slug).md cannot be found: \(why)")))
        case .folder(let folder):
            for (name, kind) in candidates {
                // Only inside the metadata file's folder: never through `..` or a link out of it.
                guard let (path, realFolder) = ImageLoader.confinedPath(name, in: folder) else { continue }
                do throws(ConversionError) {
                    let bytes = try FileInput.contents(ofRealPath: path, confinedTo: realFolder, limit: limit)
                    return .success((try TextDecoding.decode(bytes, encoding: nil), kind, path))
                } catch {
                    return .failure(ConversionError(.malformed("\(name): \(error.reason)")))
                }
            }
        case .zip(let archive):
            for (name, kind) in candidates {
                guard let bytes = archive.contents(of: name, limit: limit + 1) else {
                    if archive.isOverBudget { return .failure(ConversionError(.malformed("the zip inflates to more than \(archive.inflationBudget) bytes; its remaining entries are not read"))) }
                    continue
                }
                guard bytes.count <= limit else { return .failure(ConversionError(.malformed("\(name): \(ConversionError.Reason.tooLarge(bytes: bytes.count, limit: limit))"))) }
                do throws(ConversionError) {
                    return .success((try TextDecoding.decode(Data(bytes), encoding: nil), kind, nil))
                } catch {
                    return .failure(ConversionError(.malformed("\(name): \(error.reason)")))
                }
            }
        }
        return .failure(ConversionError(.malformed("neither content/\(slug).md nor content/\(slug).html is in the export")))
    }

    /// The metadata files of an export's zip, in the order of the entries they list
    /// (`metadata_0_to_20.json` before `metadata_20_to_40.json`).
    static func metadataNames(in archive: ZipArchiveReader) -> [String] {
        let names = archive.entries.map(\.name).filter { !$0.contains("/") && $0.hasPrefix("metadata") && $0.hasSuffix(".json") }
        func firstNumber(_ name: String) -> Int {
            Int(name.drop { !$0.isNumber }.prefix { $0.isNumber }.prefix(9)) ?? 0
        }
        return names.sorted { (firstNumber($0), $0) < (firstNumber($1), $1) }
    }
}
