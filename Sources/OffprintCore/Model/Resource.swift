import Foundation

/// An image or other media file that the article refers to by `id`.
public struct Resource: Sendable, Decodable, Hashable {
    /// How `Block.Kind.figure` refers to this resource, usually its relative path ("images/map.png").
    public var id: String
    /// The IANA media type, such as `image/jpeg`.
    public var mediaType: String
    /// The file's bytes, when the reader loaded them.
    public var data: Data?
    /// The file's location on disk, when it was found but not loaded.
    public var path: String?

    /// Creates a resource from its identifier, media type and content or location.
    public init(id: String, mediaType: String, data: Data? = nil, path: String? = nil) {
        self.id = id
        self.mediaType = mediaType
        self.data = data
        self.path = path
    }
}
