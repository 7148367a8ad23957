import Testing
import TestSupport
@testable import Offprint
@testable import OffprintCore
@testable import OffprintReaders
@testable import OffprintCleanup

/// Scraped pages that print a box of their template twice (once for the phone's layout, once for
/// the desktop's): a box of travel notices written as sentences, a paywall's offer. The second
/// print weighs nothing for the body's run. Each dump is hand-written in the shape such pages have.
@Suite struct ScrapedBodyRepeatedBlockTests {
    static let trafficBox = """
        Trams
        Line 4
        Until 30 April, from 10 pm: because of track works the trams of line 4 run only between the harbour and the station, and buses replace them beyond it.
        Line 7
        Until 12 June, late evenings: from half past ten on, the trams of line 7 leave every twenty minutes and stop at every halt on the way.
        Trains
        The regional trains to the coast are late by up to twenty minutes because of a signal fault near the central station.
        All traffic news
        """

    static let paragraphs = [
        "The old harbour hotel has been closed for thirty years, and most people in town walk past it without a second look.",
        "Now a small theatre group has turned its empty rooms into a stage, and the audience walks from the lobby to the kitchen and up to the roof.",
        "The actors play the stories that former maids, cooks and porters told the group over two winters of interviews.",
        "The play runs every evening except Mondays until the middle of May, and tickets are sold at the door.",
    ]

    static func page(_ text: String) -> ScrapedPage {
        ScrapedPage(lines: text.split(separator: "\n", omittingEmptySubsequences: false), firstLineNumber: 1, lexicon: .standard)
    }

    static let trafficPage = """
        Home
        News
        Sport
        Weather

        \(trafficBox)

        Search
        Contact
        About us

        \(trafficBox)

        Culture

        Old harbour hotel opens its doors once more as a theatre

        Thursday 25 April 2024

        \(paragraphs.joined(separator: "\n\n"))

        Share on social media
        Print page
        """

    /// The traffic box's second print stands right above the article; its notices read as
    /// sentences and used to open the body's run. Now the body is the article alone.
    @Test func aBoxPrintedTwiceDoesNotOpenTheBody() throws {
        let page = Self.page(Self.trafficPage)
        let body = try #require(page.bodyRange())
        let counted = try #require(page.bodyRange(discountingRepeatedBlocks: false))
        #expect(counted.lowerBound < body.lowerBound)
        let (article, _) = try Fixtures.read(Self.trafficPage)
        #expect(article.title == "Old harbour hotel opens its doors once more as a theatre")
        #expect(article.body.map(\.plainText) == Self.paragraphs)
    }

    /// Only the second print is marked, and only lines of a block of three or more lines.
    @Test func onlyTheSecondPrintIsMarked() {
        let page = Self.page(Self.trafficPage)
        let marked = page.lines.indices.filter { page.isInRepeatedBlock[$0] }.map { String(page.lines[$0].text) }
        #expect(marked == Self.trafficBox.split(separator: "\n").map(String.init))
        #expect(marked.count == 8)
        let first = page.lines.firstIndex { $0.text == "Trams" }!
        #expect(!page.isInRepeatedBlock[first])
        // Two lines printed twice in a row are no block.
        let pair = Self.page("Line 4\nTrams run late tonight.\nHome\nLine 4\nTrams run late tonight.\nContact")
        #expect(!pair.isInRepeatedBlock.contains(true))
    }

    /// An article's opening printed before as a preview runs on into the rest of the article
    /// below its second print: that print is the article's and stays.
    @Test func aPreviewOfTheArticleKeepsTheArticle() throws {
        let opening = Self.paragraphs.prefix(3).joined(separator: "\n")
        let text = """
            Home
            News

            Old harbour hotel opens its doors once more as a theatre

            \(opening)
            Read the whole story

            Old harbour hotel opens its doors once more as a theatre

            \(opening)
            \(Self.paragraphs[3])
            Ten years ago the town council tried to sell the building twice, and twice nobody wanted to buy it.

            Share on social media
            """
        let page = Self.page(text)
        #expect(!page.isInRepeatedBlock.contains(true))
    }

    /// A paywall's offer printed twice between the headline and the article: its second print
    /// weighs nothing, and the headline is still looked for above the run that includes it, so
    /// it stays the headline and not the video player's label nearer the article.
    @Test func aPaywallBoxBetweenHeadlineAndArticleKeepsTheHeadline() throws {
        let offer = """
            Subscribe now to read the latest news in your city and across the country.
            Unlimited online access to the paper and fifteen news sites with one account.
            The paper's electronic edition, a replica of the print edition to read on any device.
            Daily puzzles and comics, including the crossword.
            """
        let text = """
            Home
            News

            Three bottles of rosé to sip on a sunny afternoon

            By Jane Doe
            Published June 5, 2026

            SUBSCRIBE TO READ MORE
            \(offer)
            SUBSCRIBE TO UNLOCK MORE ARTICLES
            \(offer)
            REGISTER TO UNLOCK MORE ARTICLES
            Create an account
            Sign in
            Email address
            Continue
            View more offers

            Play video
            Three bottles of rosé to sip on a sunny afternoon Back to video

            \(Self.paragraphs.joined(separator: "\n\n"))

            Share this story
            """
        let page = Self.page(text)
        let body = try #require(page.bodyRange())
        #expect(page.headlineSearchRange(body: body).lowerBound < body.lowerBound)
        let (article, _) = try Fixtures.read(text)
        #expect(article.title == "Three bottles of rosé to sip on a sunny afternoon")
        #expect(article.body.map(\.plainText).suffix(4) == Self.paragraphs[...])
    }
}
