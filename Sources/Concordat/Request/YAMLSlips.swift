/// Plain-words explanations for the YAML mistakes people make most, placed at the line they got
/// wrong rather than where the parser gave up: indentation that does not line up, a tab, a
/// colon with no space after it, a quote never closed, and a `:` inside an unquoted value.
///
/// The parser's own message is kept as a fallback for anything not recognised here.
enum YAMLSlips {
    /// What the parser reported: its problem text, where, and the construct it was inside.
    struct Report {
        var problem: String
        var line: Int
        var column: Int
        var context: String?
        var contextLine: Int?
        var contextColumn: Int?
    }

    static func explain(_ report: Report, text: String, source: String) -> Diagnostic? {
        let lines = RequestDecoder.lines(of: text).map(String.init)
        func line(_ number: Int) -> String? { number >= 1 && number <= lines.count ? lines[number - 1] : nil }
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: source, line: line, column: column) }

        // A quote opened and never closed: the parser runs to the end of the file.
        if report.context?.contains("quoted scalar") == true, let start = report.contextLine, let column = report.contextColumn {
            let quote = line(start).flatMap { text in
                text.unicodeScalars.dropFirst(max(0, column - 1)).first.map(String.init)
            } ?? "\""
            let mark = quote == "'" ? "'" : "\""
            return Diagnostic(
                .error, "the quote \(mark) opened here is never closed", at: at(start, column),
                key: line(start).flatMap(keyName),
                hint: "add the closing \(mark) at the end of the value, or remove the opening one")
        }
        guard let wrong = line(report.line) else { return nil }

        // A tab in the indentation.
        if report.problem.contains("tab character") || leadingWhitespace(wrong).contains("\t") {
            let tabLine = leadingWhitespace(wrong).contains("\t") ? report.line : firstTabbedLine(lines, upTo: report.line) ?? report.line
            let guide = previousKeyLine(lines, before: tabLine).map { " (here \($0.column) to line up with '\($0.key)' on line \($0.line))" } ?? ""
            return Diagnostic(
                .error, "line \(tabLine) is indented with a tab; YAML indents with spaces only", at: at(tabLine, 1),
                hint: "replace the tab with spaces\(guide)")
        }

        // `key:value` reads as one word, so the parser fails on the next line.
        if report.problem.contains("could not find expected ':'"), let start = report.contextLine, let written = line(start),
           let (key, value) = missingSpace(written) {
            return Diagnostic(
                .error, "there is no space after the colon in '\(RequestReader.abbreviated(key + ":" + value))'",
                at: at(start, leadingWhitespace(written).count + key.count + 2), key: key,
                hint: "write '\(key): \(value)'; YAML needs a space after the colon")
        }

        // In a { } mapping, `:` inside an unquoted value.
        if report.context?.contains("flow mapping") == true, let (key, value) = flowEntry(wrong, column: report.column),
           value.contains(": ") || value.contains(":") {
            return Diagnostic(
                .error, "the value of '\(key)' holds a ':' but is not in quotes", at: at(report.line, report.column), key: key,
                hint: "inside { } put such a value in quotes: \(key): \"\(value)\"")
        }

        // A key not lined up with the keys of its mapping.
        if report.problem.contains("mapping values are not allowed") || report.problem.contains("did not find expected key")
            || report.problem.contains("did not find expected '-' indicator") {
            let column = leadingWhitespace(wrong).count
            if let key = keyName(wrong), let above = previousKeyLine(lines, before: report.line), above.column != column {
                let direction = column > above.column ? "further in than" : "less far in than"
                return Diagnostic(
                    .error, "'\(key)' on line \(report.line) is indented \(direction) '\(above.key)' on line \(above.line)",
                    at: at(report.line, column + 1), key: key,
                    hint: "keys of one mapping start in the same column: indent '\(key)' by \(above.column) spaces, like '\(above.key)'"
                        + " (or by more, under a key that ends with ':' alone, to nest it)")
            }
            if report.problem.contains("mapping values are not allowed"), let key = keyName(wrong) {
                let value = afterColon(wrong)
                return Diagnostic(
                    .error, "the value of '\(key)' holds ': ', which YAML reads as another key", at: at(report.line, report.column),
                    key: key, hint: "put the value in quotes: \(key): \"\(value)\"")
            }
        }
        return nil
    }

    // MARK: Reading lines

    private static func leadingWhitespace(_ line: String) -> Substring {
        line.prefix { $0 == " " || $0 == "\t" }
    }

    private static func firstTabbedLine(_ lines: [String], upTo last: Int) -> Int? {
        (1...max(1, min(last, lines.count))).first { leadingWhitespace(lines[$0 - 1]).contains("\t") }
    }

    /// The key a line starts with, after its indentation and any `- `.
    static func keyName(_ line: String) -> String? {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" }
        while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = rest[..<colon]
        guard !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        else { return nil }
        return String(key)
    }

    /// The nearest line above that starts a key, with the column its key starts at (after `- `).
    private static func previousKeyLine(_ lines: [String], before number: Int) -> (line: Int, column: Int, key: String)? {
        var index = number - 1
        while index >= 1 {
            let text = lines[index - 1]
            let trimmed = text.drop { $0 == " " }
            if !trimmed.isEmpty, !trimmed.hasPrefix("#"), let key = keyName(text) {
                var column = text.prefix { $0 == " " }.count
                var rest = Substring(text).dropFirst(column)
                while rest.hasPrefix("- ") {
                    rest = rest.dropFirst(2)
                    column += 2
                    let spaces = rest.prefix { $0 == " " }.count
                    rest = rest.dropFirst(spaces)
                    column += spaces
                }
                return (index, column, key)
            }
            index -= 1
        }
        return nil
    }

    private static func afterColon(_ line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return "" }
        return withoutComment(String(line[line.index(after: colon)...]))
    }

    /// A value as written, without a trailing `# comment` or spaces.
    private static func withoutComment(_ value: String) -> String {
        let cut = value.range(of: " #").map { String(value[..<$0.lowerBound]) } ?? value
        return cut.trimmingWhitespace
    }

    /// `key:value` with no space, where `key` is a request key.
    private static func missingSpace(_ line: String) -> (String, String)? {
        let rest = line.drop { $0 == " " || $0 == "-" }
        guard let colon = rest.firstIndex(of: ":"), let key = keyName(String(rest)), key.count == rest.distance(from: rest.startIndex, to: colon)
        else { return nil }
        let after = rest[rest.index(after: colon)...]
        guard let first = after.first, first != " ", first != "/" else { return nil }
        return (key, withoutComment(String(after)))
    }

    /// The `key: value` entry of a `{ }` mapping that contains `column`.
    private static func flowEntry(_ line: String, column: Int) -> (String, String)? {
        let characters = Array(line)
        let position = min(max(0, column - 1), characters.count)
        var start = position
        while start > 0, characters[start - 1] != ",", characters[start - 1] != "{" { start -= 1 }
        var end = position
        while end < characters.count, characters[end] != ",", characters[end] != "}" { end += 1 }
        let entry = String(characters[start..<end]).trimmingCharacters(in: " ")
        guard let colon = entry.firstIndex(of: ":") else { return nil }
        let key = entry[..<colon].trimmingCharacters(in: " ")
        let value = entry[entry.index(after: colon)...].trimmingCharacters(in: " ")
        guard keyName(key + ":") != nil, !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        return (key, value)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String { String(self).trimmingCharacters(in: set) }
}
