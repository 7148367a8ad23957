import OffprintCore

extension HTMLReader {
    /// A paragraph longer than this (in characters) is never only a time stamp.
    static let longestStamp = 80
    /// The most words (runs of letters) a time stamp holds besides its numbers: labels like
    /// `Updated`, `Uhr`, a weekday or a month, a short byline.
    static let stampWords = 6
    /// The most words a time stamp without a date holds: a label before the time, `Uhr`, `p.m.`.
    static let labelledStampWords = 4

    /// The blocks without the paragraphs that are a picture's caption written as a paragraph
    /// of its own (`endsWithCredit`) or that only say when the article was published or
    /// updated (`isStamp`: `27.08.2024, 12:32 Uhr`, `Updated 15.59 | Published 14.14`,
    /// `Updated at 1:23 p.m.`); each paragraph's text is made once for both tests. A caption
    /// inside a `<figure>` stays the figure's.
    static func removingCaptionsAndStamps(_ blocks: [Block]) -> [Block] {
        blocks.filter { block in
            guard case .paragraph(let inlines) = block.kind else { return true }
            let text = inlines.plainText
            return !endsWithCredit(text) && !isStamp(text)
        }
    }

    /// The years a stamp's date may name: the Gregorian calendar's, and the Hijri calendars'
    /// (`۱۴۰۳` solar, `١٤٤٦` lunar) that Persian, Arabic and Urdu pages date by.
    static let stampYears = 1300...2099

    /// Whether `text` is short, holds a clock time and a date (or a year, or another clock
    /// time) and at most `stampWords` words, or a label and one clock time and at most
    /// `labelledStampWords` words; and does not end like a sentence. Digits of any script count
    /// (`آخر تحديث: ١٢:٣٠ م`, `۱۴۰۳/۰۵/۱۲ - ۱۰:۲۰`).
    static func isStamp(_ text: String) -> Bool {
        // At most four bytes a character; and a stamp has digits.
        guard text.utf8.count < longestStamp * 4, let utf8 = digitsFolded(text),
              text.characterCount(atMost: longestStamp) < longestStamp else { return false }
        var times = 0, dates = 0, index = 0, firstTime = 0
        while index < utf8.count {
            guard isDigit(utf8[index]) else { index += 1; continue }
            var end = index
            while end < utf8.count, isDigit(utf8[end]) { end += 1 }
            let before: UInt8? = index > 0 ? utf8[index - 1] : nil
            let run = utf8[index..<end]
            if run.count == 4, let year = number(run), stampYears.contains(year) {
                dates += 1
                // A year that opens a date (`1403/05/22`, `2024-08-12`): its month and day follow.
                if let day = dayAfterYear(in: utf8, from: end) { index = day; continue }
            } else if run.count <= 2, before != UInt8(ascii: "."), before != UInt8(ascii: ","), end < utf8.count {
                let separator = utf8[end]
                var next = end + 1
                while next < utf8.count, isDigit(utf8[next]) { next += 1 }
                let second = utf8[(end + 1)..<next]
                let after: UInt8? = next < utf8.count ? utf8[next] : nil
                if (separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".")), second.count == 2,
                   after != UInt8(ascii: "%"), after != UInt8(ascii: "."), after != UInt8(ascii: "/"), after != UInt8(ascii: "-"),
                   let hour = number(run), let minute = number(second), hour <= 23, minute <= 59 {
                    if times == 0 { firstTime = index }
                    times += 1
                    index = next
                    continue
                }
                if separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"),
                   (1...2).contains(second.count), after == separator {
                    // A day and a month (`25.04.`, `02/02/2025`): the year, if any, follows.
                    dates += 1
                    index = next + 1
                    while index < utf8.count, isDigit(utf8[index]) { index += 1 }
                    continue
                }
            }
            index = end
        }
        guard times >= 1 else { return false }
        var words = 0, inWord = false
        for scalar in text.unicodeScalars {
            let letter = scalar.properties.isAlphabetic
            if letter, !inWord { words += 1 }
            inWord = letter
        }
        // A sentence that names a time ends like one (`p.m.` and `a.m.` are not ends).
        if endsLikeSentence(text) { return false }
        // A label and a time alone (`Updated at 1:23 p.m.`, `Aktualisiert 14:05 Uhr`); a
        // ticker's entry opens with its time.
        if times == 1, dates == 0, firstTime > 0, words <= labelledStampWords, utf8[..<firstTime].contains(where: { $0 >= 0x41 }) {
            return true
        }
        return (dates >= 1 || times >= 2) && words <= stampWords
    }

    /// Where the month and day after a year end (`/05/22`, `-08-12`, one or two digits each,
    /// the same separator twice, a month of 1 to 12 and a day of 1 to 31), or `nil`.
    private static func dayAfterYear(in utf8: [UInt8], from index: Int) -> Int? {
        guard index < utf8.count, "/-.".utf8.contains(utf8[index]) else { return nil }
        let separator = utf8[index]
        var cursor = index
        var values: [Int] = []
        for _ in 0..<2 {
            guard cursor < utf8.count, utf8[cursor] == separator else { return nil }
            let start = cursor + 1
            cursor = start
            while cursor < utf8.count, isDigit(utf8[cursor]) { cursor += 1 }
            guard (1...2).contains(cursor - start), let value = number(utf8[start..<cursor]) else { return nil }
            values.append(value)
        }
        return (1...12).contains(values[0]) && (1...31).contains(values[1]) ? cursor : nil
    }

    /// The text's UTF-8 with every decimal digit, in whatever script, written as its ASCII
    /// digit (and the Arabic percent sign as `%`), or `nil` when it holds no digit.
    private static func digitsFolded(_ text: String) -> [UInt8]? {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var hasDigit = false
        for scalar in text.unicodeScalars {
            if let digit = scalar.decimalDigitValue {
                folded.append(0x30 + digit)
                hasDigit = true
            } else if scalar == "\u{066A}" {
                folded.append(UInt8(ascii: "%"))
            } else {
                UTF8.encode(scalar) { folded.append($0) }
            }
        }
        return hasDigit ? folded : nil
    }

    /// The marks that end a sentence besides the full stop: `!` and `?`, the Arabic question
    /// mark, the Urdu full stop and the CJK ones.
    private static let sentenceEnds: Set<Unicode.Scalar> = ["!", "?", "\u{061F}", "\u{06D4}", "\u{3002}", "\u{FF01}", "\u{FF1F}"]

    /// Whether `text` ends with `!`, `?` (or another script's sentence end), or a full stop
    /// after anything but a one-letter abbreviation (`p.m.`).
    private static func endsLikeSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().drop { $0.properties.isWhitespace }.makeIterator()
        guard let last = scalars.next() else { return false }
        if sentenceEnds.contains(last) { return true }
        guard last == "." else { return false }
        guard let letter = scalars.next(), letter.properties.isAlphabetic else { return true }
        guard let before = scalars.next() else { return false }
        return before.properties.isAlphabetic
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        digits.count <= 4 ? digits.reduce(0) { $0 * 10 + Int($1 - 0x30) } : nil
    }
}
