import Foundation

/// Prints pages to PDF with headless Chromium and reads the PDF with poppler's tools, as the
/// print tests need (Debian's `chromium` and `poppler-utils`, installed by `.ci/install --tests`).
public enum Printing {
    /// Prints an HTML file to a PDF beside it and returns the PDF's path.
    public static func pdf(of html: String) async throws -> String {
        let pdf = (html as NSString).deletingPathExtension + ".pdf"
        let url = URL(fileURLWithPath: html).absoluteString
        let result = try await ExternalProcess.run("chromium", [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", url,
        ])
        guard FileManager.default.fileExists(atPath: pdf) else {
            throw Validators.Failure(description: "chromium printed nothing (is it installed? .ci/install --tests): \(result.error.suffix(2_000))")
        }
        return pdf
    }

    /// `pdfinfo`'s fields: `Pages`, `Page size`...
    public static func info(_ pdf: String) async throws -> [String: String] {
        let result = try await ExternalProcess.run("pdfinfo", [pdf])
        var fields: [String: String] = [:]
        for line in result.output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The PDF's text, line by line as laid out (`pdftotext`).
    public static func text(_ pdf: String) async throws -> String {
        try await ExternalProcess.run("pdftotext", [pdf, "-"]).output
    }

    /// The names of the fonts embedded in a PDF (`pdffonts`).
    public static func embeddedFonts(_ pdf: String) async throws -> [String] {
        let result = try await ExternalProcess.run("pdffonts", [pdf])
        return result.output.split(separator: "\n").dropFirst(2).compactMap { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            guard columns.count >= 5, columns[columns.count - 5] == "yes" || line.contains(" yes ") else { return nil }
            return columns.first.map(String.init)
        }
    }
    /// How wide a page lays out in a viewport `width` CSS pixels wide: its `scrollWidth` and
    /// `clientWidth`, equal when nothing scrolls sideways. Headless Chromium keeps its window at
    /// least 500 pixels wide, so the page is laid out in an iframe of the width asked for, by a
    /// measuring page written beside it for the test only (the page itself carries no script).
    public static func layoutWidth(of html: String, viewport width: Int) async throws -> (scroll: Int, client: Int) {
        let page = try String(contentsOfFile: html, encoding: .utf8)
        let escaped = page.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let measuring = """
        <!DOCTYPE html><html><body><iframe id="f" style="width:\(width)px;height:800px;border:0" srcdoc="\(escaped)"></iframe>
        <script>const f = document.getElementById("f"); f.onload = () => { const d = f.contentDocument.documentElement; \
        document.body.setAttribute("data-measure", d.scrollWidth + " " + d.clientWidth); };</script></body></html>
        """
        let measuringPath = (html as NSString).deletingPathExtension + "-measure-\(width).html"
        try measuring.write(toFile: measuringPath, atomically: true, encoding: .utf8)
        let result = try await ExternalProcess.run("chromium", [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--dump-dom", URL(fileURLWithPath: measuringPath).absoluteString,
        ])
        guard let range = result.output.range(of: #"data-measure="(\d+) (\d+)""#, options: .regularExpression) else {
            throw Validators.Failure(description: "chromium measured nothing (is it installed? .ci/install --tests): \(result.error.suffix(2_000))")
        }
        let numbers = result.output[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return (numbers[0], numbers[1])
    }
}
