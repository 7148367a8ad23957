import OffprintCore
/// One named step that tidies an article between reading and writing.
///
/// Passes are small and run in order (`CleanupPipeline`); the name appears in errors and reports.
public protocol CleanupPass: Sendable {
    /// A short human name, such as "unicode normalization".
    var name: String { get }
    /// Changes the article in place, noting anything worth telling in `warnings`.
    func apply(to article: inout Article, warnings: inout [ConversionWarning])
}

/// The passes every article goes through, in order.
public struct CleanupPipeline: Sendable {
    /// The passes, run first to last.
    public var passes: [any CleanupPass]

    /// Creates a pipeline of the given passes.
    public init(passes: [any CleanupPass]) {
        self.passes = passes
    }

    /// NFC and white space, furniture removal, language detection, then direction.
    public static let standard = CleanupPipeline(passes: [
        UnicodeNormalization(),
        FurnitureRemoval(),
        LanguageDetection(),
        DirectionResolution(),
    ])

    /// Runs every pass over the article; what a pass notices carries its name.
    public func apply(to article: inout Article, warnings: inout [ConversionWarning]) {
        for pass in passes {
            let before = warnings.count
            pass.apply(to: &article, warnings: &warnings)
            for index in before..<warnings.count {
                warnings[index].stage = .cleanup(pass: pass.name)
            }
        }
    }
}
