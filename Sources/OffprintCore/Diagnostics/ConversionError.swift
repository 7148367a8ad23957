/// Why one input could not be converted: the input, the stage, and what is wrong.
///
/// Rendered as one line, `path: stage: what is wrong`, followed by a hint where a mistake is common:
///
///     notes/old.txt: reading: invalid UTF-8 at byte 1207; if the file uses a legacy encoding, name it with --encoding (for example --encoding windows-1256)
public struct ConversionError: Error, Sendable, CustomStringConvertible {
    /// The input as the user named it (or `-` for standard input); empty until the converter fills it in.
    public var path: String
    /// Where in the pipeline the conversion failed.
    public var stage: Stage
    /// What is wrong.
    public var reason: Reason

    /// Creates an error. Readers and writers may leave `path` empty: the converter sets it.
    public init(_ reason: Reason, stage: Stage = .reading, path: String = "") {
        self.reason = reason
        self.stage = stage
        self.path = path
    }

    /// The steps of a conversion, as named in messages.
    public enum Stage: Sendable, Hashable, CustomStringConvertible {
        case reading
        case cleanup(pass: String)
        case writing(format: String)
        case saving

        public var description: String {
            switch self {
            case .reading: return "reading"
            case .cleanup(let pass): return "cleanup (\(pass))"
            case .writing(let format): return "writing \(format)"
            case .saving: return "saving"
            }
        }
    }

    /// The one line shown to people.
    public var description: String {
        let location = path.isEmpty ? "" : "\(path): "
        return "\(location)\(stage): \(reason)"
    }
}
