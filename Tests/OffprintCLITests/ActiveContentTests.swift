import Foundation
import Offprint
import Testing
import TestSupport

/// Nothing Offprint writes can run: names become inert links, images lose their scripts.
@Suite struct ActiveContentTests {
    static let article = "Title: An article\n\nA paragraph of an article, long enough to be running text.\n"

    /// Every `href="..."` value of a page.
    static func hrefs(in page: String) -> [String] {
        page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func theIndexLinksEveryFileByARelativeEncodedPathWhateverItsName() throws {
        let input = try TemporaryDirectory("names")
        let names = ["javascript:alert(1).md", "javascript:alert(2)/inner.md", "JaVaScRiPt:x.txt", "a #b?c%41 d.md", "data:text,hi.md",
                     "sub dir/q?.md", "%2e%2e.md", "مقال #1.md"]
        for name in names { try input.write(name, Self.article) }
        let output = try TemporaryDirectory("names-out")
        let (status, console) = offprint(["convert", input.path, "--to", "html,txt", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        let index = try String(contentsOfFile: output.path + "/index.html", encoding: .utf8)
        let links = Self.hrefs(in: index).filter { !$0.hasPrefix("#") }
        // A title link and one link per format for each input.
        #expect(links.count == names.count * 3, "\(links)")
        for link in links {
            #expect(link.hasPrefix("./"), "\(link)")
            #expect(!link.contains(":") && !link.contains("#") && !link.contains("?") && !link.contains(" "), "\(link)")
            let file = try #require(String(link.dropFirst(2)).removingPercentEncoding)
            #expect(FileManager.default.fileExists(atPath: output.path + "/" + file), "\(link) leads to no file")
        }
        #expect(!index.lowercased().contains("=\"javascript"))
        #expect(links.contains("./javascript%3Aalert%281%29.html"))
        #expect(links.contains("./a%20%23b%3Fc%2541%20d.txt"))
    }
}
