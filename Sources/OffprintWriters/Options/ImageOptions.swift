/// The options of a writer whose only setting is `--images` (the JSON writer, the Markdown
/// writer): embed the article's images, or keep only their alternative text. What embedding
/// means is the writer's own (base64 in a JSON record, files beside a Markdown note).
public struct ImageOptions: WriterOptions {
    /// Whether the article's images are embedded or dropped.
    public var images: ImagePolicy

    /// Options; images embedded by default.
    public init(images: ImagePolicy = .embed) {
        self.images = images
    }

    public static let settings = [WriterSetting.images]

    public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
        guard name == WriterSetting.images.name else { throw WriterOptionError(setting: name, "no such setting; this writer takes --images only") }
        images = try Self.choice(values, for: name)
    }
}
