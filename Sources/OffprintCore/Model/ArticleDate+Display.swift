import Foundation

extension ArticleDate {
    /// The date written out for readers of a language: "30 June 2024", "٣٠ يونيو ٢٠٢٤",
    /// "2024年6月30日". The day is the one the article gave (no time zone shifts it), and the
    /// locale is the article's language, never the process's.
    public func displayed(inLanguage language: String) -> String {
        let noon = ArticleDate(year: year, month: month, day: day, time: TimeOfDay(hour: 12, minute: 0, utcOffsetMinutes: 0)) ?? self
        let date = Date(timeIntervalSince1970: TimeInterval(noon.secondsSince1970))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let style = Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: language), calendar: calendar,
                                     timeZone: calendar.timeZone)
        return date.formatted(style)
    }
}
