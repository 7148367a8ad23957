/// Something a reader, pass or writer noticed but converted anyway: a dropped element,
/// an unparsed date, characters an output format cannot carry.
///
/// Warnings travel beside the result and into the report; they are never thrown.
public struct ConversionWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What happened, in one sentence.
    public var message: String

    /// Creates a warning.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
