/// The kicker of a scraped page: the section label just above its headline.
extension ScrapedPage {
    /// The most words a kicker has: a longer line above the headline is another story's
    /// headline, a caption or a teaser. (Five was tried: it cut a series' name, "Seascape: the
    /// state of our oceans", and removed nothing the menu test below does not.)
    static let kickerMaximumWords = 8.0

    /// How many short labels above a line (single blank lines between them allowed) make it the
    /// last entry of a menu.
    static let menuEntriesAbove = 4

    /// What ends a breadcrumb's step when the dump breaks the trail into lines ("News /").
    static let pathSeparators: Set<Unicode.Scalar> = ["/", ">", "»", "›", "|", "\\", "→", "‹", "«", "<"]

    /// The index of the kicker (section line) just above the headline, if there is one: a short
    /// label of words, not a menu item among others, a date, a number, a byline or a symbol.
    func kickerIndex(above headline: Int) -> Int? {
        var index = headline - 1
        while index >= 0, index >= headline - 3 {
            let line = lines[index]
            if !line.isBlank {
                guard line.furniture == nil, !line.isSentenceLike, line.words <= ScrapedPage.kickerMaximumWords,
                      line.text.count <= 80, isSectionLabel(line), line.text != lines[headline].text,
                      !endsMenu(at: index), !isRepeatedMenuEntry(at: index, headline: headline) else { return nil }
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether the line is the last entry of a menu rather than the article's section: four or
    /// more short labels stand right above it (a navigation bar ends just above many headlines),
    /// the one right above is no breadcrumb's step, and the page prints its text nowhere else. A
    /// section label is printed again: the menu names the section and the breadcrumb or kicker
    /// names it a second time.
    func endsMenu(at index: Int) -> Bool {
        var entries = 0, blanks = 0, cursor = index - 1
        while cursor >= 0, entries < ScrapedPage.menuEntriesAbove {
            let line = lines[cursor]
            if line.isBlank {
                // Blocks are one blank line apart in a block dump; two end the menu.
                blanks += 1
                if blanks > 1 { break }
            } else if line.words <= ScrapedPage.repeatedLabelWords, !line.isSentenceLike {
                // A breadcrumb's step ("News /", "Sport ›") leads to the section: its last entry.
                if entries == 0, let last = line.text.trimmingWhitespace().unicodeScalars.last,
                   ScrapedPage.pathSeparators.contains(last) { return false }
                entries += 1
                blanks = 0
            } else {
                break
            }
            cursor -= 1
        }
        guard entries >= ScrapedPage.menuEntriesAbove else { return false }
        let text = lines[index].text.trimmingWhitespace()
        return !lines.indices.contains { $0 != index && !lines[$0].isBlank && lines[$0].text.trimmingWhitespace() == text }
    }

    /// How many lines above a kicker must stand above each other printing of its text for it to
    /// be an entry of a menu the page prints more than once.
    static let repeatedMenuContext = 2

    /// Whether the line is an entry of a menu or list that the page prints more than once (a
    /// desktop and a mobile menu, a list of trending topics in the header and again in the
    /// footer, a language switch), whose copy above the headline ends with it: its text is
    /// printed elsewhere, and every other printing has the same two lines right above it and
    /// is not followed by the headline. A section label is named again on its own (the menu
    /// names the section, the breadcrumb after its root, "Home > Articles", names it again
    /// with other lines above); a page that prints its whole header twice prints the headline
    /// below each copy.
    func isRepeatedMenuEntry(at index: Int, headline: Int) -> Bool {
        guard let context = linesAbove(index) else { return false }
        let text = ScrapedPage.trimmed(lines[index].text).utf8
        let headlineText = ScrapedPage.trimmed(lines[headline].text).utf8
        var printings = 0
        for other in lines.indices where other != index && !lines[other].isBlank {
            guard ScrapedPage.trimmed(lines[other].text).utf8.elementsEqual(text) else { continue }
            guard let above = linesAbove(other), above.elementsEqual(context, by: { $0.utf8.elementsEqual($1.utf8) }) else { return false }
            if let next = lines[(other + 1)...].first(where: { !$0.isBlank }), ScrapedPage.trimmed(next.text).utf8.elementsEqual(headlineText) {
                return false
            }
            printings += 1
        }
        return printings > 0
    }

    /// The `repeatedMenuContext` non-blank lines above the line, trimmed, nearest first, or `nil`
    /// when the page has fewer above it.
    private func linesAbove(_ index: Int) -> [Substring]? {
        var texts: [Substring] = []
        var cursor = index - 1
        while cursor >= 0, texts.count < ScrapedPage.repeatedMenuContext {
            if !lines[cursor].isBlank { texts.append(ScrapedPage.trimmed(lines[cursor].text)) }
            cursor -= 1
        }
        return texts.count == ScrapedPage.repeatedMenuContext ? texts : nil
    }

    /// The text without white space at either end, as a slice of it (no copy).
    private static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isAnyWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isAnyWhitespace }) else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// Whether the line reads as a section label: letters and no digits, no glued menu items,
    /// no byline, date, credit or markup, no page-interface text (`InterfaceLabel`: buttons,
    /// "Up next:", a list bullet in front, a row of social network names, a language menu), and
    /// nothing that is never a headline either (`isNeverHeadline`: a caption's credit, a metadata row).
    func isSectionLabel(_ line: ScrapedLine) -> Bool {
        guard line.gluedJoins == 0, !isByline(line), !isDateLine(line), !ScrapedPage.isCredit(line.text),
              !InterfaceLabel.isInterfaceLabel(line.text), !isNeverHeadline(line.text) else { return false }
        var letters = 0, digits = 0
        for scalar in line.text.unicodeScalars {
            if scalar.properties.numericType != nil {
                digits += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
            } else if "<>[]{}=\\×#@".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return letters >= 2 && digits == 0
    }
}
