/// A calendar date, optionally with a time of day and a UTC offset, as ISO 8601 writes it.
///
/// Articles give dates at different precision ("2019-12-14", "2019-12-14T09:30:00+02:00");
/// this type keeps what was given instead of inventing a time or a zone, and writes it back
/// unchanged, so `JSON → model → JSON` is identical.
public struct ArticleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// The time of day, when the input gave one.
    public var time: TimeOfDay?

    /// A time of day with an optional offset from UTC.
    public struct TimeOfDay: Sendable, Hashable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        /// Minutes east of UTC; `nil` when the input gave a local time without a zone.
        public var utcOffsetMinutes: Int?

        /// Creates a time of day.
        public init(hour: Int, minute: Int, second: Int = 0, utcOffsetMinutes: Int? = nil) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.utcOffsetMinutes = utcOffsetMinutes
        }
    }

    /// Creates a date; returns `nil` for a day that does not exist.
    public init?(year: Int, month: Int, day: Int, time: TimeOfDay? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...ArticleDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        if let time {
            guard (0...23).contains(time.hour), (0...59).contains(time.minute), (0...60).contains(time.second),
                  (-18 * 60...18 * 60).contains(time.utcOffsetMinutes ?? 0) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// The date in ISO 8601 at the precision it was given: `2019-12-14`, `2019-12-14T09:30:00Z`.
    public var description: String {
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let time else { return text }
        text += "T\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
        if let offset = time.utcOffsetMinutes {
            if offset == 0 {
                text += "Z"
            } else {
                text += (offset < 0 ? "-" : "+") + "\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
            }
        }
        return text
    }

    /// Seconds since 1970-01-01T00:00:00Z; a missing time counts as midnight and a missing zone as UTC.
    public var secondsSince1970: Int {
        let days = ArticleDate.daysSince1970(year: year, month: month, day: day)
        let time = self.time ?? TimeOfDay(hour: 0, minute: 0)
        return days * 86_400 + time.hour * 3600 + time.minute * 60 + time.second - (time.utcOffsetMinutes ?? 0) * 60
    }

    /// The UTC date and time with seconds, as EPUB's `dcterms:modified` requires: `2019-12-14T07:30:00Z`.
    public var utcTimestamp: String {
        ArticleDate(secondsSince1970: secondsSince1970).description
    }

    /// The UTC date and time at the given number of seconds since 1970.
    public init(secondsSince1970 seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
        self.time = TimeOfDay(hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60, utcOffsetMinutes: 0)
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
