import Foundation
import OffprintCore
import OffprintWriters

extension BatchConverter {
    /// Converts every input into one file made by a collection writer (an EPUB anthology, a
    /// JSON Lines archive) at `path`, put together as the writer's options say.
    ///
    /// Working files go in a hidden folder beside `path`, removed at the end or on an
    /// interruption; the finished file is renamed into place, so `path` is never half-written.
    public func runBundle(
        _ inputs: [InputFile], writer: any ArticleCollectionWriter,
        writingTo path: String, keepingOutcomes: Bool, onOutcome: OutcomeHandler? = nil
    ) throws(ConversionError) -> Summary {
        let folder = (path as NSString).deletingLastPathComponent
        try files.createDirectory(folder)
        let working = (folder.isEmpty ? "" : folder + "/") + AtomicFileWriter.workingName(for: (path as NSString).lastPathComponent, suffix: ".d")
        try files.createTemporaryDirectory(working)
        defer { files.removeTemporaryDirectory(working) }
        let stage = ConversionError.Stage.writing(format: writer.format)
        let collection = try ConversionError.wrapping(stage: stage, reason: ConversionError.Reason.writerFailed) {
            try writer.collection(context: converter.context, workingDirectory: working)
        }
        var summary = run(inputs, keepingOutcomes: keepingOutcomes, collection: collection, onOutcome: onOutcome)
        guard summary.converted > 0 else { return summary }
        let finished = working + "/finished." + writer.fileExtension
        try ConversionError.wrapping(stage: stage, reason: ConversionError.Reason.writerFailed) {
            try collection.finish(writingTo: finished)
        }
        guard rename(finished, path) == 0 else {
            throw ConversionError(.system("cannot move the finished file to \(path): \(FileInput.message(errno))"), stage: .saving)
        }
        if options.synchronizesAtEnd { AtomicFileWriter.synchronize() }
        summary.filesWritten = 1
        return summary
    }
}
