/// Why one input could not be converted: the input, the stage, what is wrong, and the error
/// that caused it when it came from elsewhere (libzip, a template, a decoder).
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
    /// The error this one was made from, kept for callers that want its type; `reason` already
    /// says in words what it said.
    public var underlyingError: (any Error)?

    /// Creates an error. Readers and writers may leave `path` empty: the converter sets it.
    public init(_ reason: Reason, stage: Stage = .reading, path: String = "", underlyingError: (any Error)? = nil) {
        self.reason = reason
        self.stage = stage
        self.path = path
        self.underlyingError = underlyingError
    }

    /// `error` as a conversion error: itself when it is one (moved to `stage` when
    /// `restaging`), else a new one at `stage` whose reason `reason` makes from the error's
    /// message, keeping the error as its cause. The one place errors from elsewhere are wrapped.
    public init(_ error: any Error, stage: Stage, restaging: Bool = false, reason: (String) -> Reason) {
        if var conversion = error as? ConversionError {
            if restaging { conversion.stage = stage }
            self = conversion
        } else {
            self.init(reason("\(error)"), stage: stage, underlyingError: error)
        }
    }

    /// Runs `body`, turning whatever it throws into a conversion error (see `init(_:stage:restaging:reason:)`).
    public static func wrapping<Result>(stage: Stage, restaging: Bool = false, reason: (String) -> Reason, _ body: () throws -> Result) throws(ConversionError) -> Result {
        do {
            return try body()
        } catch {
            throw ConversionError(error, stage: stage, restaging: restaging, reason: reason)
        }
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
