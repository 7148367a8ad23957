/// Something a reader, pass or writer noticed but converted anyway: a dropped element,
/// an unparsed date, characters an output format cannot carry.
///
/// Warnings travel beside the result and into the report; they are never thrown.
public struct ConversionWarning: Sendable, Hashable, CustomStringConvertible {
    /// What happened, in one sentence.
    public var message: String
    /// Where in the pipeline it was noticed; cleanup passes' warnings carry the pass's name.
    public var stage: ConversionError.Stage

    /// Creates a warning.
    public init(_ message: String, stage: ConversionError.Stage = .reading) {
        self.message = message
        self.stage = stage
    }

    /// `stage: message`, as after `path: warning: ` on the command line.
    public var description: String { "\(stage): \(message)" }
}
