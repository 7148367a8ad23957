import OffprintCore
import OffprintCleanup
/// Lines that read as headlines by their length but are something else a page prints near its
/// article: a picture's caption (with its credit, or naming who stands where), TeX markup from
/// a formula, a list item, a row of the article's metadata, a button glued to the site's name,
/// or a wiki's section heading with its edit link. None is ever a headline,
/// so they are no candidates at all (the model is not asked).
extension ScrapedPage {
    /// The most words a credit at the end of a caption has ("Foto: KCNA/Reuters").
    static let trailingCreditWords = 8

    /// Whether the line is a picture caption that ends with its credit: "… Kim Jong-un. Foto:
    /// KCNA/Reuters", "… in Florida (Image: LightRocket via Getty Images)", "… zu (AFP / JANE
    /// DOE)": after a sentence's end or inside closing brackets, a credit (`isCredit`) or an
    /// agency and a photographer parted by " / ".
    static func endsWithCredit(_ text: Substring) -> Bool {
        let trimmed = text.trimmingWhitespace()
        // An agency and a photographer in closing brackets.
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex {
            let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            let words = inside.split(separator: " ").count
            if inside.contains(" / "), words <= trailingCreditWords, !inside.contains(where: \.isNumber) { return true }
        }
        // A credit word after a sentence's end or an opening bracket.
        let scalars = trimmed.unicodeScalars
        var index = scalars.startIndex
        var previous: Unicode.Scalar?, beforePrevious: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let opensWord = scalar.properties.isAlphabetic && previous.map { !$0.properties.isAlphabetic } ?? false
            if opensWord, previous == "(" || (previous == " " && beforePrevious.map(ScrapedLine.isSentenceEnd) == true) {
                let rest = Substring(scalars[index...])
                if rest.split(separator: " ").count <= trailingCreditWords + 1, isCredit(rest) { return true }
            }
            beforePrevious = previous
            previous = scalar
            index = scalars.index(after: index)
        }
        return false
    }

    /// Whether the line holds TeX markup ("{\displaystyle A=A^{H}}"), which formulas leave in
    /// a page's text: a backslash command and a brace.
    static func holdsMarkup(_ text: Substring) -> Bool {
        guard text.contains("{") else { return false }
        var afterBackslash = false
        for scalar in text.unicodeScalars {
            if afterBackslash, scalar.properties.isAlphabetic { return true }
            afterBackslash = scalar == "\\"
        }
        return false
    }

    /// List bullets a line may open with (a dash is not one: "- Quote" opens headlines that
    /// quote someone in some languages).
    static let bullets: Set<Unicode.Scalar> = ["+", "*", "•", "·", "►", "▶", "▸", "◆", "■", "□", "●", "○", "※", "→", "✓", "✔"]

    /// Whether the line opens with a list bullet and a space: "+ Added rabbits".
    static func opensWithBullet(_ text: Substring) -> Bool {
        let scalars = text.trimmingWhitespace().unicodeScalars
        guard let first = scalars.first, bullets.contains(first) else { return false }
        return scalars.dropFirst().first.map(\.isAnyWhitespace) ?? false
    }

    /// No furniture phrases: the parts of a metadata row are measured, not looked up.
    static let noLexicon = FurnitureLexicon()

    /// Whether the line is a row of the article's metadata parted by " | ", one part of which
    /// is a byline or a date: "Politics, News | Published: 5 hours ago | Written by Jane Doe" (a name with
    /// a year, "Design Week 2018 | Headline", is no date).
    func isMetadataRow(_ text: Substring) -> Bool {
        let parts = text.components(separatedBy: " | ")
        guard parts.count >= 2 else { return false }
        return parts.contains { part in
            let line = ScrapedLine(number: 0, text: Substring(part.trimmingWhitespace()), lexicon: ScrapedPage.noLexicon)
            return !line.isBlank && (isByline(line) || InterfaceLabel.isTimeStamp(line.text) || ScrapedPage.isBareDate(line.text))
        }
    }

    /// Whether the text is a date with no more letters than digits ("12.05.2024", "May 5,
    /// 2024"), unlike a name with a year ("Design Week 2018").
    static func isBareDate(_ text: Substring) -> Bool {
        var digits = 0, letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.numericType != nil { digits += 1 } else if scalar.properties.isAlphabetic { letters += 1 }
        }
        return digits >= 4 && letters <= digits
    }

    /// Whether the line is a page-interface label joined to what follows by a spaced colon or
    /// bar, as a dump joins a button to the next element: "Share this Story : The Site".
    static func opensWithInterfaceLabel(_ text: Substring) -> Bool {
        for separator in [" : ", " | "] {
            guard let range = text.range(of: separator) else { continue }
            let head = text[..<range.lowerBound]
            if head.split(separator: " ").count <= 4, InterfaceLabel.isInterfaceLabel(head) { return true }
        }
        return false
    }

    /// The words of a wiki's edit link after a section heading ("Equality with the
    /// adjoint[edit]", "Geschichte [Bearbeiten | Quelltext bearbeiten]").
    static let editWords: Set<String> = [
        "edit", "source", "bearbeiten", "quelltext", "modifier", "code", "editar", "modifica", "wikitesto",
        "править", "edytuj", "upravit", "redigera", "rediger", "bewerken", "muokkaa", "düzenle", "編集", "编辑", "編輯",
        "ویرایش", "עריכה", "تعديل", "عدل",
    ]

    /// Whether the line ends with a wiki's edit link in brackets: a section heading, not the
    /// page's headline.
    static func endsWithEditLink(_ text: Substring) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return false }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].lowercased()
        let words = inside.split { !$0.isLetter }
        return !words.isEmpty && words.count <= 6 && words.allSatisfy { editWords.contains(String($0)) }
    }

    /// What a caption puts in brackets before it names who stands where in the picture
    /// ("(L-R) Jane Doe, John Doe", "(v.l.n.r.)", "(de g. à d.)"), letters only, lower-cased.
    static let positionMarkers: Set<String> = [
        "lr", "rl", "fromleft", "lefttoright", "clockwisefromtopleft", "vl", "vlnr", "vlinks", "vonlinks", "degàd",
        "degaucheàdroite", "deizqader", "deizquierdaaderecha", "dasinistra", "dasx", "daesquerdaparaadireita", "zlewej", "zleva", "слеванаправо",
    ]

    /// Whether the line opens with a caption's position marker in brackets.
    static func opensWithPositionMarker(_ text: Substring) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("("), let close = trimmed.firstIndex(of: ")") else { return false }
        let letters = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercased().filter(\.isLetter))
        return positionMarkers.contains(letters)
    }

    /// Whether the line is one of the things a headline never is (see the extension's summary).
    func isNeverHeadline(_ text: Substring) -> Bool {
        ScrapedPage.endsWithCredit(text) || ScrapedPage.holdsMarkup(text) || ScrapedPage.opensWithBullet(text)
            || ScrapedPage.opensWithInterfaceLabel(text) || isMetadataRow(text) || ScrapedPage.endsWithEditLink(text)
            || ScrapedPage.opensWithPositionMarker(text)
    }
}
