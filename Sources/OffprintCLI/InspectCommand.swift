import ArgumentParser
import Foundation
import Offprint

/// `offprint inspect`: shows what a reader made of one file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what Offprint reads in a file: title, language, direction, blocks, warnings.",
        discussion: "Example:\n  offprint inspect Examples/articles/000_c3eeed336fa56d7d.txt"
    )

    @Argument(help: "The file to read, or - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("The input format, instead of choosing by extension and content.", valueName: "format"))
    var from: String?

    @Option(help: ArgumentHelp("The text encoding when it is not UTF-8 or UTF-16 with a BOM.", valueName: "name"))
    var encoding: String?

    @Flag(help: "Print the article as an Offprint JSON record instead.")
    var json = false

    /// For `Scripts/train-headline-model`: the lines of scraped text that may be its headline,
    /// one JSON object per line, with their features and score; then the lines the reader never
    /// takes for it, with why (`excluded`).
    @Flag(help: .hidden)
    var headlineCandidates = false

    func validate() throws {
        if let from, OffprintCLI.registry.reader(named: from) == nil {
            throw ValidationError("unknown format '\(from)' for --from; readers: \(OffprintCLI.registry.readerNames.joined(separator: ", "))")
        }
        if let encoding, !TextDecoding.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding '\(encoding)' for --encoding")
        }
    }

    func run() throws {
        let console = OffprintCLI.console
        let converter = Converter(registry: OffprintCLI.registry)
        var warnings: [ConversionWarning] = []
        let article: Article
        do throws(ConversionError) {
            let data = file == "-"
                ? try FileInput.readStandardInput()
                : try FileInput.contents(of: file)
            let name = file == "-" ? "stdin" : (file as NSString).lastPathComponent
            if headlineCandidates {
                let input = ReaderInput(data: data, name: name, encoding: encoding)
                for candidate in try PlainTextReader().headlineCandidates(in: input) {
                    var object: [String: Any] = [
                        "line": candidate.line, "text": candidate.text, "score": candidate.score,
                        "features": Dictionary(uniqueKeysWithValues: zip(PlainTextReader.headlineFeatureNames, candidate.features)),
                    ]
                    if let excluded = candidate.excluded { object["excluded"] = excluded }
                    if let line = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                        console.outputLine(String(decoding: line, as: UTF8.self))
                    }
                }
                return
            }
            article = try converter.article(from: ReaderInput(data: data, name: name, fileURL: URL(fileURLWithPath: file), encoding: encoding),
                                            format: from, warnings: &warnings)
        } catch {
            var located = error
            located.path = file
            console.errorLine(located.description)
            throw ExitCode(ExitStatus.someFailed)
        }
        if json {
            console.output(JSONWriter.record(article, pretty: true))
            return
        }
        console.lines(ArticleDescription(article: article, warnings: warnings).text)
    }
}
