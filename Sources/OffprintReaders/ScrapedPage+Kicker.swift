/// The kicker of a scraped page: the section label just above its headline.
extension ScrapedPage {
    /// The index of the kicker (section line) just above the headline, if there is one: a short
    /// label of words, not a menu item among others, a date, a number, a byline or a symbol.
    func kickerIndex(above headline: Int) -> Int? {
        var index = headline - 1
        while index >= 0, index >= headline - 3 {
            let line = lines[index]
            if !line.isBlank {
                guard line.furniture == nil, !line.isSentenceLike, line.words <= 8, line.text.count <= 80,
                      isSectionLabel(line), line.text != lines[headline].text else { return nil }
                return index
            }
            index -= 1
        }
        return nil
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
