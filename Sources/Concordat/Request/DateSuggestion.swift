/// The ISO form of a date written another way, for "write it as 2026-03-01" hints.
///
/// Requests are written in the UK, so `01/03/2026` is read day first: 1 March 2026. A form that
/// could not be a date either way (`13/13/2026`) gets no suggestion.
enum DateSuggestion {
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// The hint for a date written `written`, naming the ISO form when one can be worked out.
    static func hint(for written: String) -> String {
        guard let date = iso(from: written) else {
            return "write dates as YYYY-MM-DD, for example 2026-03-01 for 1 March 2026"
        }
        return "write dates as YYYY-MM-DD: did you mean \(date.iso) (\(date.formatted))?"
    }

    /// `01/03/2026`, `1.3.2026`, `01-03-2026`, `1 March 2026`, `March 1, 2026` and `2026/03/01`.
    static func iso(from written: String) -> CalendarDate? {
        let words = written.lowercased()
            .split { $0 == "/" || $0 == "." || $0 == "-" || $0 == " " || $0 == "," }
            .map(String.init)
        guard words.count == 3 else { return nil }
        if let year = Int(words[0]), words[0].count == 4, let month = Int(words[1]), let day = Int(words[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        guard let year = Int(words[2]), words[2].count == 4 else { return nil }
        if let day = Int(words[0]), let month = Int(words[1]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let day = Int(words[0]), let month = monthNumber(words[1]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let month = monthNumber(words[0]), let day = Int(words[1]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex { word.hasPrefix($0) }.map { $0 + 1 }
    }
}
