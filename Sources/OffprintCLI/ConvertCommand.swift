import ArgumentParser
import Foundation
import Offprint
import OffprintCore
#if canImport(Glibc)
import Glibc
#endif

/// `offprint convert`: converts files and folders to one or more formats.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert articles (files, folders, or - for standard input) to the given formats.",
        discussion: """
        Folders are converted recursively; the output folder mirrors the input tree and keeps \
        each input's base name. With HTML output, index.html at the output root lists every \
        article and links to all its files. Inputs are converted in parallel; every output is written to a \
        temporary file and renamed into place, so no half-written file is left behind.

        With --bundle, every input goes into one file instead: an EPUB anthology (a chapter per
        article) or a JSON Lines archive, chosen by --to or by the bundle's extension.

        Examples:
          offprint convert Examples/articles --to txt,html,json,epub --output out
          offprint convert Examples/articles --bundle articles.epub --title "Saved articles" --sort date

        Exit status: 0 when every input was converted, 1 when some inputs failed (the others \
        were written), 2 for a usage error.
        """
    )

    @Argument(help: "Files, folders (converted recursively), or - for standard input.")
    var inputs: [String]

    @Option(name: [.short, .long], help: ArgumentHelp("Comma-separated output formats (default: txt,html,json,epub; with --bundle, the bundle's).", valueName: "formats"))
    var to: String?

    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write into (created if missing); not used with --bundle.", valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("Write every input into this one file: an EPUB anthology or a JSON Lines archive.", valueName: "file"))
    var bundle: String?

    @Option(help: ArgumentHelp("The bundle's title (EPUB).", valueName: "title"))
    var title: String?

    @Option(help: ArgumentHelp("An author of the bundle (EPUB; repeat for several).", valueName: "name"))
    var author: [String] = []

    @Option(help: ArgumentHelp("The bundle's language (EPUB; default: that of most of its articles).", valueName: "tag"))
    var language: String?

    @Option(help: ArgumentHelp("The order of articles in a bundle (EPUB, JSON Lines; default: path).", valueName: "order"))
    var sort: CollectionOrder?

    @Option(help: ArgumentHelp("A JPEG, PNG, GIF, WebP or SVG image for the books' cover (EPUB; default: a cover page made from the title).", valueName: "image"))
    var cover: String?

    @Option(help: ArgumentHelp("Embed the articles' images, or drop them and keep their alternative text (HTML, EPUB; JSON and JSON Lines then list images without their bytes; default: embed).", valueName: "policy"))
    var images: ImagePolicy?

    @Option(help: ArgumentHelp("The paper HTML pages print on (default: a4).", valueName: "paper"))
    var paper: PaperSize?

    @Option(name: [.customShort("O"), .long], help: ArgumentHelp("A setting of a plug-in writer, as NAME=VALUE (repeat for several; offprint formats lists them).", valueName: "name=value"))
    var option: [String] = []

    @Option(help: ArgumentHelp("The input format, instead of choosing by extension and content (needed for unusual names).", valueName: "format"))
    var from: String?

    @Option(name: [.short, .long], help: "How many inputs to convert at once (default: the number of cores).")
    var jobs: Int = BatchOptions.defaultJobs

    @Option(help: ArgumentHelp("The inputs' text encoding when it is not UTF-8 or UTF-16 with a BOM, e.g. windows-1256.", valueName: "name"))
    var encoding: String?

    @Option(help: ArgumentHelp("Refuse inputs larger than this many megabytes.", valueName: "MB"))
    var maxSize: Int = BatchOptions.defaultMaximumInputBytes / 1_000_000

    @Option(help: ArgumentHelp("Write a JSON manifest of every input (outputs, language, direction, warnings, error).", valueName: "file"))
    var report: String?

    @Option(help: ArgumentHelp("A theme folder whose templates and CSS replace the built-in ones by name (HTML, EPUB).", valueName: "folder"))
    var templates: String?

    @Flag(help: "Follow links in input folders that lead out of the folder named (default: leave them out).")
    var followSymlinks = false

    @Option(help: ArgumentHelp("Wrap plain-text output at this many columns (txt).", valueName: "columns"))
    var wrap: Int?

    @Flag(help: "Write JSON Lines records to standard output instead of files (the summary, progress and errors go to standard error).")
    var stdout = false

    @Option(help: ArgumentHelp("Convert only part K of N of the inputs (split by relative path), so that N runs share a batch.", valueName: "K/N"))
    var shard: String?

    var formats: [String] {
        if let to {
            return to.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        }
        if let bundle { return [(bundle as NSString).pathExtension.lowercased()] }
        if stdout { return ["jsonl"] }
        return ["txt", "html", "json", "epub"]
    }

    /// The writer settings given with flags, by setting name.
    var writerSettings: WriterSettingValues {
        get throws {
            var settings = WriterSettingValues()
            if let wrap { settings.add("wrap", String(wrap), flag: "--wrap") }
            if let paper { settings.add("paper", paper.rawValue, flag: "--paper") }
            if let images { settings.add("images", images.rawValue, flag: "--images") }
            if let sort { settings.add("sort", sort.rawValue, flag: "--sort") }
            if let templates { settings.add("templates", templates, flag: "--templates") }
            if let cover { settings.add("cover", cover, flag: "--cover") }
            if let title { settings.add("title", title, flag: "--title") }
            for name in author { settings.add("author", name, flag: "--author") }
            if let language { settings.add("language", language, flag: "--language") }
            for setting in option {
                guard let equals = setting.firstIndex(of: "="), equals != setting.startIndex else {
                    throw ValidationError("--option takes NAME=VALUE, not '\(setting)'")
                }
                let name = String(setting[..<equals])
                settings.add(name, String(setting[setting.index(after: equals)...]), flag: "--option \(name)")
            }
            return settings
        }
    }

    /// The largest `--max-size`, in megabytes.
    static let largestMaxSize = 2_000
    /// The most workers `--jobs` may ask for: each one is a thread with its own stack.
    static let mostJobs = 1_024

    func validate() throws {
        let registry = OffprintCLI.registry
        guard !formats.isEmpty else { throw ValidationError("--to needs at least one format (\(registry.writerNames.joined(separator: ", ")))") }
        for format in formats where registry.writer(named: format) == nil {
            throw ValidationError("unknown format '\(format)' for --to; known formats: \(registry.writerNames.joined(separator: ", "))")
        }
        if let from, registry.reader(named: from) == nil {
            throw ValidationError("unknown format '\(from)' for --from; readers: \(registry.readerNames.joined(separator: ", "))")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard jobs <= ConvertCommand.mostJobs else { throw ValidationError("--jobs must be at most \(ConvertCommand.mostJobs)") }
        guard maxSize >= 1 else { throw ValidationError("--max-size must be at least 1 (megabyte)") }
        // An article is read whole into memory and libxml2 takes at most 2 GB; this bound also
        // keeps `maxSize * 1_000_000` far from overflowing.
        guard maxSize <= ConvertCommand.largestMaxSize else {
            throw ValidationError("--max-size must be at most \(ConvertCommand.largestMaxSize) (megabytes)")
        }
        if let encoding, !TextDecoding.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding '\(encoding)' for --encoding (try windows-1256, ISO-8859-6, UTF-16LE)")
        }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard takes K/N, two whole numbers with 1 ≤ K ≤ N ≤ \(Shard.mostParts), not '\(shard)'")
        }
        guard inputs.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input (-) can be named only once") }
        _ = try writerSettings
        if stdout {
            guard formats == ["jsonl"] else { throw ValidationError("--stdout writes JSON Lines; leave out --to or give --to jsonl") }
            guard output == nil, bundle == nil else { throw ValidationError("--stdout writes no files; leave out --output and --bundle") }
        } else if let bundle {
            if formats.count == 1, let writer = registry.writer(named: formats[0]), !(writer is any ArticleCollectionWriter), let refusal = writer.bundleRefusal {
                throw ValidationError("--bundle \(bundle): \(refusal)")
            }
            guard formats.count == 1, registry.writer(named: formats[0]) is any ArticleCollectionWriter else {
                let bundles = registry.writers.filter { $0 is any ArticleCollectionWriter }.map(\.format)
                throw ValidationError("--bundle \(bundle) needs one format that makes collections (\(bundles.joined(separator: ", "))), by --to or by its extension")
            }
            guard output == nil else { throw ValidationError("--bundle writes one file; leave out --output") }
        } else {
            guard output != nil else { throw ValidationError("Missing expected argument '--output <folder>' (or --bundle <file>)") }
            for option in [("--title", title), ("--language", language)] where option.1 != nil {
                throw ValidationError("\(option.0) is for --bundle")
            }
        }
    }

    func run() throws {
        let console = OffprintCLI.console
        let started = Date()
        let context = WritingContext.fromEnvironment()
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], context.sourceDateEpoch == nil,
           epoch.trimmingWhitespace().drop(while: { $0 == "-" }).allSatisfy(\.isNumber), !epoch.trimmingWhitespace().isEmpty {
            console.errorLine("Error: SOURCE_DATE_EPOCH=\(epoch) is not a number of seconds between the years 1 and 9999")
            throw ExitCode(ExitStatus.usage)
        }
        // Each requested writer gets the settings it takes; a setting none takes, or a value one
        // refuses (a broken theme, a cover that is no image), stops everything before any file
        // is converted.
        var registry = OffprintCLI.registry
        do {
            for writer in try writerSettings.configure(formats, in: registry) {
                registry = registry.adding(writer: writer)
            }
        } catch {
            console.errorLine("Error: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        if let templates {
            for name in TemplateSet.unknownFiles(in: URL(fileURLWithPath: templates)) {
                console.errorLine("Note: --templates: \(name) is not a file of the theme and changes nothing (`offprint templates export` shows the names)")
            }
        }
        let output = self.output ?? "."
        var ownOutputs: [(path: String, fileExtension: String)] = []
        if let bundle { ownOutputs.append((bundle, registry.writer(named: formats[0])?.fileExtension ?? "")) }
        if let report { ownOutputs.append((report, "json")) }
        // The bundle and the report replace the file they name: never an input named here.
        for (flag, file) in [("--bundle", bundle), ("--report", report)] {
            guard let file, let real = FileInput.realPath(file) else { continue }
            if inputs.contains(where: { FileInput.realPath($0) == real }) {
                console.errorLine("Error: \(flag) \(file) is one of the inputs; it would be overwritten (name another file)")
                throw ExitCode(ExitStatus.usage)
            }
        }
        let collection = InputCollector(registry: registry, excluding: bundle == nil && !stdout ? output : nil, takesEveryExtensionlessFile: from != nil,
                                        followsLinksOutOfTheTree: followSymlinks, ownOutputs: ownOutputs)
            .collect(inputs)
        if let input = collection.overwrittenInputs.first {
            let flag = bundle.map { FileInput.realPath($0) == FileInput.realPath(input) } == true ? "--bundle" : "--report"
            console.errorLine("Error: \(flag) names the input \(input); it would be overwritten (name another file)")
            throw ExitCode(ExitStatus.usage)
        }
        for problem in collection.problems {
            console.errorLine(problem.description)
        }
        for link in collection.unfollowedLinks {
            console.errorLine("Note: \(link): not followed: the link leads out of the input folder (--follow-symlinks follows it)")
        }
        if bundle == nil, let realOutput = FileInput.realPath(output),
           inputs.contains(where: { FileInput.realPath($0) == realOutput }) {
            console.errorLine("Note: \(output) is both an input folder and the output folder; files an earlier run wrote there are read as inputs")
        }
        let options = BatchOptions(
            formats: formats, outputDirectory: output, jobs: jobs, inputFormat: from,
            encoding: encoding, maximumInputBytes: maxSize * 1_000_000, shard: shard.flatMap(Shard.init))
        PerformanceTuning.apply()
        let batch = BatchConverter(converter: Converter(registry: registry, context: context), options: options)
        let interruption = InterruptHandler { batch.files.removeTemporaryFiles() }
        let total = options.shard.map { shard in collection.inputs.filter { shard.contains($0.relativePath) }.count } ?? collection.inputs.count
        let progress = console.isTerminal ? ProgressLine(total: total, console: console) { batch.completedCount } : nil
        progress?.start()
        // Error and warning lines go out as each input finishes, one write per input, clearing
        // the progress line first on a terminal.
        let clearLine = console.isTerminal ? "\r\u{1B}[K" : ""
        let printOutcome: BatchConverter.OutcomeHandler = { outcome in
            var lines = ""
            if let error = outcome.error { lines += Console.escaped(error) + "\n" }
            for warning in outcome.warnings { lines += Console.escaped("\(outcome.input): warning: \(warning)") + "\n" }
            if !lines.isEmpty { console.error(clearLine + lines) }
        }
        var summary: BatchConverter.Summary
        var bundleError: ConversionError?
        if let bundle, let writer = registry.writer(named: formats[0]) as? any ArticleCollectionWriter {
            do {
                summary = try batch.runBundle(collection.inputs, writer: writer, writingTo: bundle, keepingOutcomes: report != nil, onOutcome: printOutcome)
            } catch {
                bundleError = error
                summary = BatchConverter.Summary(outcomes: [])
            }
        } else if stdout {
            summary = batch.run(collection.inputs, keepingOutcomes: report != nil, streamingTo: { console.output(String(decoding: $0, as: UTF8.self)) }, onOutcome: printOutcome)
        } else {
            summary = batch.run(collection.inputs, keepingOutcomes: report != nil, onOutcome: printOutcome)
        }
        progress?.stop()
        interruption.cancel()
        if var bundleError {
            bundleError.path = bundle ?? ""
            console.errorLine(bundleError.description)
            throw ExitCode(ExitStatus.someFailed)
        }

        for notice in summary.notices { console.errorLine(notice) }
        if let report {
            let data = try BatchReport(summary: summary, options: options).encoded()
            try AtomicFileWriter().write(data, to: report)
        }
        var line = String(Self.summaryLine(summary, formats: formats, output: output, bundle: bundle, toStandardOutput: stdout, skipped: collection.skipped, skippedExamples: collection.skippedExamples, seconds: Date().timeIntervalSince(started)).dropLast())
        if let shard = options.shard { line = line.dropLast() + " (shard \(shard))." }
        if stdout { console.errorLine(line) } else { console.outputLine(line) }
        if summary.failed > 0 || !collection.problems.isEmpty || (bundle != nil && summary.converted == 0) {
            throw ExitCode(ExitStatus.someFailed)
        }
    }

    static func summaryLine(_ summary: BatchConverter.Summary, formats: [String], output: String, bundle: String?, toStandardOutput: Bool = false, skipped: Int, skippedExamples: [String] = [], seconds: Double) -> String {
        let inputs = summary.converted == 1 ? "input" : "inputs"
        let files = summary.filesWritten == 1 ? "file" : "files"
        var line = bundle.map { summary.converted == 0 ? "Wrote no \($0): no input could be read" : "Bundled \(summary.converted) \(inputs) into \($0) as \(formats[0])" }
            ?? (toStandardOutput ? "Converted \(summary.converted) \(inputs) to \(formats[0]) on standard output"
                : "Converted \(summary.converted) \(inputs) to \(formats.joined(separator: ", ")): \(summary.filesWritten) \(files) in \(output)")
        line += String(format: " (%.1f s)", seconds)
        if summary.failed > 0 { line += "; \(summary.failed) failed" }
        if summary.skipped > 0 { line += summary.skipped == 1 ? "; 1 page skipped (no article)" : "; \(summary.skipped) pages skipped (no article)" }
        if skipped > 0 {
            line += skipped == 1 ? "; 1 file of another type skipped" : "; \(skipped) files of other types skipped"
            line += " (" + skippedExamples.joined(separator: ", ") + (skipped > skippedExamples.count ? ", ..." : "") + ")"
        }
        return line + ".\n"
    }
}
