import Foundation

/// The example articles under `Examples/articles`, listed from the folder, so that adding an
/// example changes no test: counts and names in the end-to-end tests come from here.
///
/// The list is made without Offprint's code (an independent oracle): a file is an article when
/// its extension is one of Offprint's article formats, and folders a browser saves beside a page
/// (`NAME_files`) are not walked, as `offprint convert` does not walk them.
public enum ExampleArticles {
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "json", "html", "htm"]

    /// The articles' paths relative to `Examples/articles`, sorted.
    public static let paths: [String] = {
        let root = Paths.examples.path
        let all = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        return all.filter { path in
            let components = path.split(separator: "/")
            return !components.dropLast().contains { $0.hasSuffix("_files") }
                && articleExtensions.contains((path as NSString).pathExtension.lowercased())
        }.sorted()
    }()

    /// How many articles there are.
    public static var count: Int { paths.count }

    /// Each article's path without its extension (`notes/reading-list`), as outputs are named.
    public static var stems: [String] { paths.map { ($0 as NSString).deletingPathExtension } }

    /// The files `offprint convert Examples/articles --to FORMATS` writes: one per article and
    /// format, plus the batch index when HTML is among the formats.
    public static func outputCount(formats: [String]) -> Int {
        count * formats.count + (formats.contains("html") ? 1 : 0)
    }

    /// The examples' summary line: "Converted 7 inputs to txt, html: 15 files in OUT".
    public static func convertedLine(formats: [String], output: String) -> String {
        "Converted \(count) input\(count == 1 ? "" : "s") to \(formats.joined(separator: ", ")): \(outputCount(formats: formats)) files in \(output)"
    }
}
