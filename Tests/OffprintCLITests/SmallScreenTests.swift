import Foundation
import Offprint
import Testing
import TestSupport

/// Pages read on a phone: at 360 to 500 pixels wide nothing scrolls sideways — long words and
/// addresses break, tables scroll in their own box, code and images fit.
@Suite struct SmallScreenTests {
    static let narrowFixture = Paths.packageRoot.appending(path: "Tests/OffprintTests/Fixtures/narrow-screen.md").path

    @Test(.tags(.chromium), .slow) func nothingScrollsSidewaysOnASmallScreen() async throws {
        let folder = try TemporaryDirectory("small-screen")
        let (status, _) = await offprint(["convert", Paths.examples.path, Self.narrowFixture, "--to", "html", "--output", folder.path])
        #expect(status == 0)
        let pages = ["narrow-screen.html", "000_c3eeed336fa56d7d.html", "english-field-notes.html", "markdown/قائمة-مختلطة.html",
                     "markdown/中文笔记.html", "markdown/rainfall-notes.html", "index.html"]
        for page in pages {
            // The page made to overflow at every width; the others at the narrowest.
            for width in page == pages[0] ? [360, 400, 500] : [360] {
                let measured = try await Printing.layoutWidth(of: folder.path + "/" + page, viewport: width)
                #expect(measured.scroll <= measured.client, "\(page) at \(width) px: \(measured.scroll) px wide in \(measured.client)")
            }
        }
    }
}
