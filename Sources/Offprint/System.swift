import Foundation

/// Facts about the machine.
enum System {
    /// The number of cores this process may use.
    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
