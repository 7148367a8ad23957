import ArgumentParser
import Offprint

/// The writer settings given on a command line, by name (`wrap` for `--wrap`), and the check
/// that each one is taken by a writer that was asked for.
struct WriterSettingValues {
    /// Each given setting's values, in the order given; the flag as it was written.
    private(set) var values: [String: [String]] = [:]
    private var flags: [String: String] = [:]
    private var order: [String] = []

    /// Records a setting given as `flag` (`--wrap`, or `--option heading=atx`).
    mutating func add(_ name: String, _ value: String, flag: String) {
        if values[name] == nil { order.append(name) }
        values[name, default: []].append(value)
        flags[name] = flags[name] ?? flag
    }

    /// The writers named `formats`, each configured with the settings it takes; a usage error
    /// for a setting that none of them takes, naming the formats that would.
    func configure(_ formats: [String], in registry: FormatRegistry) throws -> [any ArticleWriter] {
        let writers = formats.compactMap { registry.writer(named: $0) }
        for name in order where !writers.contains(where: { $0.settings.contains { $0.name == name } }) {
            let takers = registry.writers.filter { $0.settings.contains { $0.name == name } }.map(\.format)
            let flag = flags[name] ?? "--\(name)"
            let asked = formats.joined(separator: ",")
            throw ValidationError(takers.isEmpty
                ? "\(flag): no writer takes a setting named '\(name)' (offprint formats lists each writer's settings)"
                : "\(flag) is not used by --to \(asked); it is for \(takers.joined(separator: ", "))")
        }
        do {
            return try writers.map { writer throws(WriterOptionError) in try writer.configured(with: values) }
        } catch {
            throw ValidationError(error.description)
        }
    }
}
