import Yams

/// Readers for each kind of value a key may expect.
extension RequestReader {
    /// Free text, trimmed; empty text counts as absent.
    mutating func text(_ node: Node, path: String) -> String? {
        guard let scalar = scalar(node, path: path, expected: "text") else { return nil }
        let trimmed = scalar.string.trimmingWhitespace
        if trimmed.isEmpty { return nil }
        // Text that is there must print as something: a name of combining marks or Braille
        // blanks alone would look empty on the page.
        guard CharacterRule.hasVisibleCharacter(trimmed) else {
            error("has no visible character", at: location(of: node), key: path,
                  hint: "write it in letters or digits")
            return nil
        }
        return trimmed
    }

    mutating func text(_ fields: Fields, _ key: String) -> String? {
        fields.entries[key].flatMap { text($0.value, path: fields.path(of: key)) }
    }

    /// Text that must be present and not empty.
    mutating func requiredText(_ fields: Fields, _ key: String, hint: String? = nil) -> String? {
        guard let entry = fields.entries[key] else {
            missing(fields, key, hint: hint)
            return nil
        }
        guard case .scalar = entry.value else { return text(entry.value, path: fields.path(of: key)) }
        guard let value = text(entry.value, path: fields.path(of: key)) else {
            if !diagnostics.contains(where: { $0.key == fields.path(of: key) }) {
                error("must not be empty", at: location(of: entry.value), key: fields.path(of: key))
            }
            return nil
        }
        return value
    }

    mutating func missing(_ fields: Fields, _ key: String, hint: String? = nil) {
        error("required key is missing", at: fields.location, key: fields.path(of: key), hint: hint)
    }

    /// One word of a closed vocabulary.
    mutating func word<Word: RequestEnum>(_ node: Node, path: String, as _: Word.Type) -> Word? {
        guard let scalar = scalar(node, path: path, expected: "one of \(Word.words.joined(separator: ", "))")
        else { return nil }
        let written = scalar.string.trimmingWhitespace
        if let word = Word(rawValue: written) { return word }
        let close = Word.words.first { $0 == RequestKeys.kebabCase(written) }
            ?? RequestKeys.closest(to: written, among: Word.words)
        error(
            "unknown value '\(Self.abbreviated(written))' (expected one of \(Word.words.joined(separator: ", ")))",
            at: location(of: node), key: path, hint: close.map { "did you mean '\($0)'?" })
        return nil
    }

    mutating func word<Word: RequestEnum>(_ fields: Fields, _ key: String, as type: Word.Type) -> Word? {
        fields.entries[key].flatMap { word($0.value, path: fields.path(of: key), as: type) }
    }

    /// One word, or a list of words (`role: host` or `role: [lead-partner, host]`).
    mutating func words<Word: RequestEnum>(_ fields: Fields, _ key: String, as type: Word.Type) -> [Word]? {
        guard let entry = fields.entries[key] else { return nil }
        let path = fields.path(of: key)
        guard case .sequence = entry.value else {
            return word(entry.value, path: path, as: type).map { [$0] }
        }
        guard let nodes = items(entry.value, path: path) else { return nil }
        if nodes.isEmpty {
            error("must name at least one value", at: location(of: entry.value), key: path)
            return nil
        }
        var result: [Word] = []
        for (index, node) in nodes.enumerated() {
            let itemPath = "\(path)[\(index)]"
            locations[itemPath] = location(of: node)
            guard let value = word(node, path: itemPath, as: type) else { continue }
            if result.contains(value) {
                warning("'\(value.rawValue)' is listed twice", at: location(of: node), key: itemPath)
            } else {
                result.append(value)
            }
        }
        return result
    }

    /// One line of text, or a list of them.
    mutating func texts(_ fields: Fields, _ key: String) -> [String]? {
        guard let entry = fields.entries[key] else { return nil }
        let path = fields.path(of: key)
        guard case .sequence = entry.value else { return text(entry.value, path: path).map { [$0] } }
        guard let nodes = items(entry.value, path: path) else { return nil }
        var result: [String] = []
        for (index, node) in nodes.enumerated() {
            let itemPath = "\(path)[\(index)]"
            locations[itemPath] = location(of: node)
            if Self.isNull(node) { continue }
            if let value = text(node, path: itemPath) { result.append(value) }
        }
        return result
    }

    /// `true` or `false`, and nothing else: YAML 1.1's yes, no, on and off are refused.
    mutating func flag(_ fields: Fields, _ key: String) -> Bool? {
        guard let entry = fields.entries[key] else { return nil }
        let path = fields.path(of: key)
        guard let scalar = scalar(entry.value, path: path, expected: "true or false") else { return nil }
        if scalar.style == .plain {
            if scalar.string == "true" { return true }
            if scalar.string == "false" { return false }
        }
        let loose = ["yes", "no", "on", "off", "y", "n", "true", "false"].contains(scalar.string.lowercased())
        error(
            "expected true or false, found \(Self.describe(entry.value))", at: location(of: entry.value), key: path,
            hint: loose ? "write true or false, unquoted" : nil)
        return nil
    }

    /// A whole number within `range`; `expectation` says what the range means.
    mutating func integer(
        _ fields: Fields, _ key: String, range: ClosedRange<Int>, expectation: String
    ) -> Int? {
        guard let entry = fields.entries[key] else { return nil }
        let path = fields.path(of: key)
        guard let scalar = scalar(entry.value, path: path, expected: "a whole number") else { return nil }
        let written = scalar.string
        let digits = written.hasPrefix("-") || written.hasPrefix("+") ? written.dropFirst() : Substring(written)
        guard scalar.style == .plain, !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            let quoted = scalar.style != .plain && !digits.isEmpty && digits.utf8.allSatisfy { (0x30...0x39).contains($0) }
            error(
                "expected a whole number, found \(Self.describe(entry.value))", at: location(of: entry.value), key: path,
                hint: quoted ? "write the number without quotes: \(written)" : "write digits only, such as \(range.lowerBound == 0 ? 10 : range.lowerBound + 2)")
            return nil
        }
        guard let value = Int(written), range.contains(value) else {
            error("\(Self.abbreviated(written)) is out of range: expected \(expectation)", at: location(of: entry.value), key: path)
            return nil
        }
        return value
    }

    /// A calendar date written `YYYY-MM-DD` that exists (2026-02-30 does not).
    mutating func date(_ fields: Fields, _ key: String) -> CalendarDate? {
        guard let entry = fields.entries[key] else { return nil }
        let path = fields.path(of: key)
        guard let scalar = scalar(entry.value, path: path, expected: "a date (YYYY-MM-DD)") else { return nil }
        let written = scalar.string.trimmingWhitespace
        if let date = CalendarDate(iso: written) { return date }
        let shaped = written.split(separator: "-", omittingEmptySubsequences: false).map(\.count) == [4, 2, 2]
            && written.utf8.allSatisfy { $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) }
        error(
            shaped ? "\(written) is not a day in the calendar"
                : "expected a date written YYYY-MM-DD, found \(Self.describe(entry.value))",
            at: location(of: entry.value), key: path, hint: shaped ? nil : DateSuggestion.hint(for: written))
        return nil
    }

    /// A sum in pounds: a plain, non-negative number with at most two decimal places.
    mutating func money(_ fields: Fields, _ key: String) -> Money? {
        guard let entry = fields.entries[key] else { return nil }
        let path = fields.path(of: key)
        guard let scalar = scalar(entry.value, path: path, expected: "an amount in pounds") else { return nil }
        let written = scalar.string
        let parts = written.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        let hint = "write pounds as a plain number, such as 25000 or 1250.50"
        if scalar.style == .plain, written.hasPrefix("-"), let number = Double(written) {
            if number == 0 {
                error("expected an amount in pounds, found '\(Self.abbreviated(written))' with a minus sign", at: location(of: entry.value), key: path,
                      hint: "write 0 without a sign")
            } else {
                error("must not be negative, found \(Self.abbreviated(written))", at: location(of: entry.value), key: path)
            }
            return nil
        }
        guard scalar.style == .plain, let whole = parts.first, isDigits(whole),
              parts.count == 1 || isDigits(parts[1])
        else {
            error("expected an amount in pounds, found \(Self.describe(entry.value))", at: location(of: entry.value), key: path, hint: hint)
            return nil
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2 else {
            error("has more than two decimal places: \(Self.abbreviated(written))", at: location(of: entry.value), key: path, hint: hint)
            return nil
        }
        let wholeDigits = whole.drop { $0 == "0" }
        guard wholeDigits.count <= 13, let pounds = Int64(whole) else {
            error("is too large: \(Self.abbreviated(written)); at most 9999999999999.99 pounds are accepted", at: location(of: entry.value), key: path)
            return nil
        }
        let pence = Int64(fraction.isEmpty ? "0" : fraction.count == 1 ? fraction + "0" : String(fraction)) ?? 0
        return Money(pence: pounds * 100 + pence)
    }
}
