/// The options of one writer, each with a default, and the settings that change them.
///
/// A writer keeps its options in its `options` property, so a configured writer is just a
/// value. The command line builds them from its flags: each setting is named as its flag
/// (`wrap` for `--wrap 72`), and a plug-in writer's own settings are given as
/// `--option NAME=VALUE`. A setting that no requested writer takes is a usage error, so no
/// option is ever silently ignored.
///
///     struct Options: WriterOptions {
///         var headingMarker = "#"
///         static let settings = [WriterSetting(name: "heading-marker", valueName: "text", help: "What opens a heading.")]
///         mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
///             headingMarker = values.last ?? headingMarker
///         }
///     }
public protocol WriterOptions: Sendable {
    /// The settings these options take, by name.
    static var settings: [WriterSetting] { get }
    /// Sets one of `settings` from the values given for it (more than one when it was
    /// repeated). Throws when a value is not one the setting takes.
    mutating func set(_ name: String, to values: [String]) throws(WriterOptionError)
}

/// A setting a writer takes: the command line's `--NAME VALUE`.
public struct WriterSetting: Sendable, Hashable {
    /// The name, which is also the flag: `wrap` is `--wrap`.
    public var name: String
    /// What the value is, for help texts (`columns`, `a4|letter`).
    public var valueName: String
    /// One sentence saying what the setting does.
    public var help: String

    /// Creates a setting.
    public init(name: String, valueName: String, help: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
    }
}

/// A value a writer's setting does not take, with what it takes instead.
public struct WriterOptionError: Error, Sendable, CustomStringConvertible {
    /// The setting's name.
    public var setting: String
    /// What is wrong, as a sentence part: `expects a whole number of columns, from 8`.
    public var message: String

    /// Creates an error for `setting`.
    public init(setting: String, _ message: String) {
        self.setting = setting
        self.message = message
    }

    public var description: String { "--\(setting): \(message)" }
}

/// The options of a writer that has none.
public struct NoWriterOptions: WriterOptions {
    public static let settings: [WriterSetting] = []

    /// No options.
    public init() {}

    public mutating func set(_ name: String, to values: [String]) throws(WriterOptionError) {
        throw WriterOptionError(setting: name, "this writer takes no options")
    }
}

extension WriterOptions {
    /// The last of the values given for a setting (a repeated flag overrides the earlier ones).
    static func last(_ values: [String], for name: String) throws(WriterOptionError) -> String {
        guard let value = values.last else { throw WriterOptionError(setting: name, "needs a value") }
        return value
    }

    /// The value as one of an enum's cases, or an error that lists them.
    static func choice<Choice: RawRepresentable & CaseIterable>(_ values: [String], for name: String) throws(WriterOptionError) -> Choice where Choice.RawValue == String {
        let value = try last(values, for: name)
        guard let choice = Choice(rawValue: value.lowercased()) else {
            throw WriterOptionError(setting: name, "'\(value)' is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return choice
    }
}
