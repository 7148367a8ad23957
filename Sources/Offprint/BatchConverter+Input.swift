import Foundation
import OffprintCore
import OffprintReaders
import OffprintWriters

/// Where a batch writes, and what it must never overwrite.
struct OutputTarget: Sendable {
    /// The output folder as the user named it, for messages and the report.
    let shown: String
    /// Its real path, to compare with the inputs'.
    let real: String
    /// The real paths of all inputs.
    let protectedPaths: Set<String>
    let writers: [any ArticleWriter]
    /// The collection articles go into instead of files of their own (`--bundle`).
    let collection: (any ArticleCollection)?
    /// Where records go instead of files (`--stdout`).
    var stream: OrderedRecordStream? = nil
}

extension BatchConverter {
    /// Converts one input, or each record of an archive input, reporting every outcome.
    func process(_ input: InputFile, index: Int, stem: String, target: OutputTarget, report: (InputOutcome) -> Void) {
        if let archive = archiveReader(for: input) {
            processArchive(input, index: index, reader: archive, stem: stem, target: target, report: report)
            return
        }
        var warnings: [ConversionWarning] = []
        var outcome = InputOutcome(input: input.displayPath, outputs: [], warnings: [])
        do throws(ConversionError) {
            let data = if let path = input.path {
                try FileInput.contents(of: path, limit: options.maximumInputBytes)
            } else {
                try FileInput.readStandardInput(limit: options.maximumInputBytes)
            }
            let readerInput = ReaderInput(
                data: data, name: input.relativePath,
                fileURL: input.path.map { URL(fileURLWithPath: $0) }, encoding: options.encoding)
            let article = try converter.article(from: readerInput, format: options.inputFormat, warnings: &warnings)
            try write(article, position: CollectionPosition(input: index), stem: stem, target: target, into: &outcome)
        } catch {
            var located = error
            located.path = input.displayPath
            outcome.error = located.description
        }
        outcome.warnings = warnings.map(\.description)
        report(outcome)
    }

    /// The archive reader for an input named `.jsonl`, `.warc.gz`... (or any input with `--from jsonl`).
    func archiveReader(for input: InputFile) -> (any ArticleArchiveReader)? {
        let registry = converter.registry
        if let format = options.inputFormat {
            return registry.reader(named: format) as? any ArticleArchiveReader
        }
        return registry.reader(claimingExtensionOf: input.relativePath) as? any ArticleArchiveReader
    }

    /// Streams an archive: each record becomes `STEM/NAME.EXT`, named from the address it was
    /// captured from (`example.org-news-story`) or else by its line and title
    /// (`000017-title`), a number added when a name repeats. A record that holds no article is
    /// counted as skipped.
    private func processArchive(_ input: InputFile, index: Int, reader: any ArticleArchiveReader, stem: String, target: OutputTarget, report: (InputOutcome) -> Void) {
        let source: RecordSource
        var names = RecordNames()
        do throws(ConversionError) {
            if let path = input.path {
                source = .file(path)
            } else {
                source = .data(try FileInput.readStandardInput(limit: options.maximumInputBytes))
            }
            try reader.forEachRecord(in: source, limit: options.maximumInputBytes) { record in
                let location = "\(input.displayPath)\(record.location)"
                var warnings: [ConversionWarning] = []
                var outcome = InputOutcome(input: location, outputs: [], warnings: [])
                do throws(ConversionError) {
                    if let problem = record.problem { throw problem }
                    let article = try converter.article(fromRecord: record, name: "\(input.relativePath)\(record.location)", reader: reader, warnings: &warnings)
                    let name = names.unique(record.url.map(RecordName.fromURL)
                        ?? String(format: "%06d", record.location.number) + RecordName.slug(article.title))
                    try write(article, position: CollectionPosition(input: index, record: record.location.number), stem: stem + "/" + name, target: target, into: &outcome)
                } catch {
                    if case .notAnArticle(let why) = error.reason {
                        outcome.skipped = why
                        warnings = []
                    } else {
                        var located = error
                        located.path = location
                        outcome.error = located.description
                    }
                }
                outcome.warnings = warnings.map(\.description)
                report(outcome)
            }
        } catch {
            var located = error
            located.path = input.displayPath
            report(InputOutcome(input: input.displayPath, outputs: [], warnings: [], error: located.description))
        }
    }

    /// Writes every format of an article under `stem`, recording the files in the outcome, or
    /// adds it to the collection.
    private func write(_ article: Article, position: CollectionPosition, stem: String, target: OutputTarget, into outcome: inout InputOutcome) throws(ConversionError) {
        outcome.title = article.title
        outcome.language = article.language
        outcome.direction = article.direction
        outcome.published = article.published?.description
        outcome.words = article.wordCount
        if let stream = target.stream {
            for writer in target.writers {
                stream.emit(try converter.output(article, writer: writer), input: position.input)
            }
            return
        }
        if let collection = target.collection {
            try ConversionError.wrapping(stage: .writing(format: target.writers.first?.format ?? "bundle"), reason: ConversionError.Reason.writerFailed) {
                try collection.add(article, at: position)
            }
            return
        }
        for writer in target.writers {
            let relative = stem + "." + writer.fileExtension
            guard !target.protectedPaths.contains(target.real + "/" + relative) else {
                throw ConversionError(.wouldOverwriteInput(target.shown + "/" + relative), stage: .saving)
            }
            let bytes = try converter.output(article, writer: writer)
            let shown = target.shown.isEmpty || target.shown.hasSuffix("/") ? target.shown + relative : target.shown + "/" + relative
            try files.write(bytes, to: shown)
            outcome.outputs.append(shown)
        }
    }
}

/// The names given to an archive's records so far, so that a name is never given twice: the
/// second capture of a page is `NAME-2`. Holds a hash per name, not the names.
struct RecordNames {
    private var taken: Set<UInt64> = []

    mutating func unique(_ name: String) -> String {
        var candidate = name
        var number = 2
        while !taken.insert(RecordNames.key(candidate)).inserted {
            candidate = "\(name)-\(number)"
            number += 1
        }
        return candidate
    }

    private static func key(_ name: String) -> UInt64 {
        var hash = FNV1aHash()
        for scalar in name.unicodeScalars { hash.add(scalar) }
        return hash.value
    }
}

/// The readable part of a record's output name: `-` and the title's first words, in any script.
enum RecordName {
    static let maximumLength = 48

    static func slug(_ title: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isWordCharacter {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
                if result.unicodeScalars.count >= maximumLength { break }
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "" : "-" + result
    }

    /// The longest name made from a URL, in UTF-8 bytes (file names may have 255).
    static let maximumURLNameBytes = 150

    /// A file name from the address a record was captured from: host and path, every run of
    /// characters other than letters, digits, `.` and `_` made one `-`, the last segment's
    /// extension (`.html`, `.php`) dropped: `https://example.org/news/story.html?id=3` is
    /// `example.org-news-story-id-3`. Never empty, never a path, never starting with `.` or `-`.
    static func fromURL(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        var path = String(rest)
        if let slash = path.lastIndex(of: "/"), let dot = path.lastIndex(of: "."), dot > slash,
           path.distance(from: dot, to: path.endIndex) <= 6, path[path.index(after: dot)...].allSatisfy(\.isLetter) {
            path = String(path[..<dot])
        }
        let decoded = ((path + (query.isEmpty ? "" : "?" + query)).removingPercentEncoding ?? path).lowercased()
        var result = ""
        var pendingDash = false
        for scalar in decoded.unicodeScalars {
            if scalar.isWordCharacter || scalar == "." {
                if pendingDash, !result.isEmpty { result += "-" }
                pendingDash = false
                guard result.utf8.count + String(scalar).utf8.count <= maximumURLNameBytes else { break }
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while result.hasPrefix(".") || result.hasPrefix("-") { result.removeFirst() }
        while result.hasSuffix(".") || result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "page" : result
    }
}
