import Foundation

/// The image formats EPUB readers and browsers all show, recognised by their first bytes
/// (never by a file name).
public enum ImageType: String, Sendable, CaseIterable {
    case jpeg, png, gif, webp, svg

    public init?(sniffing data: Data) {
        let head = [UInt8](data.prefix(512))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { self = .jpeg }
        else if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { self = .png }
        else if head.starts(with: Array("GIF8".utf8)) { self = .gif }
        else if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) { self = .webp }
        else if let text = String(bytes: head, encoding: .utf8) ?? String(bytes: head.prefix(256), encoding: .isoLatin1),
                text.contains("<svg") { self = .svg }
        else { return nil }
    }

    public var mediaType: String {
        switch self {
        case .jpeg: return "image/jpeg"
        case .png: return "image/png"
        case .gif: return "image/gif"
        case .webp: return "image/webp"
        case .svg: return "image/svg+xml"
        }
    }

    public var fileExtension: String {
        switch self {
        case .jpeg: return "jpg"
        case .png, .gif, .webp, .svg: return rawValue
        }
    }
}
