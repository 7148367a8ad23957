extension ConversionError {
    /// What went wrong, with the details a person needs to fix it.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// The file has no bytes, or only white space.
        case empty
        /// The file holds binary data; `byteOffset` is where the first NUL byte is.
        case binary(byteOffset: Int)
        /// The bytes are not valid in the encoding; `byteOffset` is the first bad byte.
        case invalidEncoding(encoding: String, byteOffset: Int)
        /// `--encoding` named an encoding this system does not know.
        case unknownEncoding(String)
        /// The file is larger than one article may be.
        case tooLarge(bytes: Int, limit: Int)
        /// The path is a directory, device, socket or pipe, not a file.
        case notARegularFile
        /// The operating system refused: missing file, permissions, a symlink loop...
        case system(String)
        /// No reader handles this file.
        case unrecognizedFormat(String)
        /// The content is not a valid article of its format (a broken JSON record...).
        case malformed(String)
        /// The input is readable but holds no article (a page of links, a login form); a record
        /// of an archive that says so is skipped, not failed.
        case notAnArticle(String)
        /// The output would overwrite one of the inputs.
        case wouldOverwriteInput(String)
        /// A writer failed.
        case writerFailed(String)
        /// libzip refused to make or read an archive; its own message.
        case zip(String)
        /// A theme's template could not be used.
        case template(String)

        public var description: String {
            switch self {
            case .empty:
                return "the file is empty (no text to convert)"
            case .binary(let offset):
                return "this is a binary file, not text (NUL byte at byte \(offset))"
            case .invalidEncoding(let encoding, let offset):
                let hint = encoding == "UTF-8"
                    ? "; if the file uses a legacy encoding, name it with --encoding (for example --encoding windows-1256)"
                    : ""
                return "invalid \(encoding) at byte \(offset)\(hint)"
            case .unknownEncoding(let name):
                return "unknown encoding '\(name)' (try a name iconv knows, such as windows-1256, ISO-8859-6 or UTF-16LE)"
            case .tooLarge(let bytes, let limit):
                return "the file is \(ByteCount(bytes)), over the \(ByteCount(limit)) limit for one article; raise it with --max-size if this is really one article"
            case .notARegularFile:
                return "not a regular file"
            case .system(let message):
                return message
            case .unrecognizedFormat(let detail):
                return detail
            case .malformed(let detail), .notAnArticle(let detail):
                return detail
            case .wouldOverwriteInput(let output):
                return "refusing to write \(output): it is one of the inputs"
            case .writerFailed(let detail):
                return detail
            case .zip(let message):
                return "libzip: \(message)"
            case .template(let detail):
                return detail
            }
        }
    }
}

/// A byte count for people: "812 bytes", "48.0 MB".
struct ByteCount: CustomStringConvertible {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return format(Double(bytes) / 1_000, "kB") }
        return format(Double(bytes) / 1_000_000, "MB")
    }

    private func format(_ value: Double, _ unit: String) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(unit)"
    }
}
