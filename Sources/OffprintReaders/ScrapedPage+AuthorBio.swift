extension ScrapedPage {
    /// The verbs that follow an author's name in the note about them under an article ("Jane
    /// Doe is a staff writer", "Jane Doe ist Redakteurin"), in the languages Offprint knows.
    static let authorNoteVerbs: Set<Substring> = ["is", "ist", "est", "es", "é", "è", "är", "er"]

    /// The starts of words that name a writer's trade, one of which an author's note holds just
    /// after its verb.
    static let authorRoles = [
        "writer", "reporter", "correspondent", "editor", "journalist", "columnist", "contributor", "author",
        "redakteur", "korrespondent", "autor", "kolumnist", "rédact", "correspondant", "chroniqueu",
        "periodista", "redactor", "corresponsal", "jornalista", "repórter", "giornalista", "redattore",
        "corrispondente", "redacteur", "verslaggever",
    ]

    /// Whether one of `authorNoteVerbs` stands between spaces in the bytes: a quick test before
    /// the words are split.
    static func hasAuthorNoteVerb(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        var wordStart: Substring.UTF8View.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x20 {
                if let start = wordStart, bytes.distance(from: start, to: index) <= 4,
                   authorNoteVerbs.contains(Substring(bytes[start..<index])) { return true }
                wordStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return false
    }

    /// The fewest and most words an author's name has before the note's verb.
    static let authorNameWords = 2...4
    /// How many words after the verb may come before the writer's trade ("is a senior staff writer").
    static let authorRoleReach = 6

    /// Whether the line is a note about the article's author ("Jane Doe is a staff writer at the
    /// desk, covering…"): a name of a few capitalised words, a verb, and a writer's trade within
    /// the next few words. Sites print it after the article, before teasers and comments.
    func isAuthorNote(_ line: ScrapedLine) -> Bool {
        guard line.isSentenceLike, line.words >= 5, line.words <= 80, line.text.unicodeScalars.first?.properties.isUppercase == true,
              ScrapedPage.hasAuthorNoteVerb(line.text.utf8.prefix(120)) else { return false }
        let words = line.text.prefix(200).split(separator: " ", maxSplits: ScrapedPage.authorNameWords.upperBound + ScrapedPage.authorRoleReach + 1)
        guard let verb = words.indices.first(where: { ScrapedPage.authorNoteVerbs.contains(words[$0]) }),
              ScrapedPage.authorNameWords.contains(verb),
              words[..<verb].allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        return words[(verb + 1)...].prefix(ScrapedPage.authorRoleReach).contains { word in
            let lowered = word.lowercased()
            return ScrapedPage.authorRoles.contains { lowered.hasPrefix($0) || lowered.hasSuffix($0) }
        }
    }

    /// The range, ending before the first note about the author in its second half: the article
    /// has ended there, and what follows (teasers, the author's other stories) is the page's.
    /// In the first half such a line may be the article's own ("The minister is a former
    /// journalist…").
    func endingBeforeAuthorNote(_ range: ClosedRange<Int>) -> ClosedRange<Int> {
        let middle = range.lowerBound + range.count / 2
        guard middle < range.upperBound,
              let note = (middle...range.upperBound).first(where: { !lines[$0].isBlank && (isAuthorNote(lines[$0]) || isAuthorBoxHeading($0)) }),
              note > range.lowerBound else { return range }
        return range.lowerBound...(note - 1)
    }

    /// How an author box's heading opens ("About Jane Doe", "Über Jane Doe"), in the languages
    /// Offprint knows.
    static let authorBoxOpenings = ["about ", "über ", "sobre ", "à propos de ", "acerca de ", "a proposito di ", "over ", "om "]

    /// The fewest words of the note about the author under an author box's heading.
    static let authorBoxNoteWords = 10.0

    /// Whether the line heads a box about the article's author: an opening and a name of a few
    /// capitalised words ("Sobre Jane Doe"), with a paragraph under it that names the person
    /// again ("Jane Doe is…", "…, Doe writes about…").
    func isAuthorBoxHeading(_ index: Int) -> Bool {
        let line = lines[index]
        guard line.words <= Double(ScrapedPage.authorNameWords.upperBound + 3), !line.isSentenceLike else { return false }
        let lowered = line.text.prefix(20).lowercased()
        guard let opening = ScrapedPage.authorBoxOpenings.first(where: { lowered.hasPrefix($0) }) else { return false }
        let name = line.text.dropFirst(opening.count).split(separator: " ")
        guard ScrapedPage.authorNameWords.contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }),
              let next = (index + 1..<lines.count).first(where: { !lines[$0].isBlank }) else { return false }
        let note = lines[next]
        guard note.isSentenceLike, note.words >= ScrapedPage.authorBoxNoteWords else { return false }
        return name.contains { part in part.count >= 3 && note.text.contains(part) }
    }
}
