extension ArticleDate {
    /// Parses the dates articles carry: ISO 8601 (`2019-12-14`, `2019-12-14T09:30`,
    /// `2019-12-14 09:30:00+02:00`, `...Z`) and `2019/12/14`. Returns `nil` for anything else.
    public init?(parsing input: String) {
        var scanner = DigitScanner(Substring(input.trimmingWhitespace()))
        guard let year = scanner.number(digits: 4), let separator = scanner.take(oneOf: "-/"),
              let month = scanner.number(maxDigits: 2), scanner.take(oneOf: String(separator)) != nil,
              let day = scanner.number(maxDigits: 2) else { return nil }
        var time: TimeOfDay?
        if scanner.take(oneOf: "T ") != nil {
            guard let hour = scanner.number(digits: 2), scanner.take(oneOf: ":") != nil,
                  let minute = scanner.number(digits: 2) else { return nil }
            var second = 0
            if scanner.take(oneOf: ":") != nil {
                guard let value = scanner.number(digits: 2) else { return nil }
                second = value
                if scanner.take(oneOf: ".,") != nil { _ = scanner.number(maxDigits: 9) }
            }
            var offset: Int?
            if scanner.take(oneOf: "Zz") != nil {
                offset = 0
            } else if let sign = scanner.take(oneOf: "+-") {
                guard let hours = scanner.number(digits: 2) else { return nil }
                _ = scanner.take(oneOf: ":")
                let minutes = scanner.number(digits: 2) ?? 0
                offset = (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
            }
            time = TimeOfDay(hour: hour, minute: minute, second: second, utcOffsetMinutes: offset)
        }
        guard scanner.isAtEnd else { return nil }
        self.init(year: year, month: month, day: day, time: time)
    }
}

/// Reads ASCII digits and separators from the front of a string.
private struct DigitScanner {
    var rest: Substring
    init(_ text: Substring) { rest = text }

    var isAtEnd: Bool { rest.isEmpty }

    mutating func take(oneOf characters: String) -> Character? {
        guard let first = rest.first, characters.contains(first) else { return nil }
        rest.removeFirst()
        return first
    }

    mutating func number(digits: Int) -> Int? {
        let prefix = rest.prefix(digits)
        guard prefix.count == digits, prefix.allSatisfy(\.isASCIIDigit) else { return nil }
        rest.removeFirst(digits)
        return Int(prefix)
    }

    mutating func number(maxDigits: Int) -> Int? {
        let prefix = rest.prefix(maxDigits).prefix(while: \.isASCIIDigit)
        guard !prefix.isEmpty else { return nil }
        rest.removeFirst(prefix.count)
        return Int(prefix)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
