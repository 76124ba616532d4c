import Yams

/// Reads a parsed request tree by the type each key expects, collecting every problem rather than
/// stopping at the first. A scalar is interpreted only once its key says what it should be, so a
/// text field keeps `no` as the word "no" and a boolean accepts only `true` or `false`.
struct RequestReader {
    /// A mapping whose keys have been checked against the keys allowed there.
    struct Fields {
        /// The dotted path of the mapping itself ("" for the top level).
        var path: String
        /// Where the mapping is introduced, for "missing key" findings.
        var location: SourceLocation
        /// The known keys present, with their key and value nodes.
        var entries: [String: (key: Node, value: Node)]

        /// The dotted path of a key in this mapping.
        func path(of key: String) -> String { RequestReader.join(path, key) }
    }

    let source: String
    let limits: RequestLimits
    /// Findings so far, in the order they were made.
    var diagnostics: [Diagnostic] = []
    /// Where each key path was found.
    var locations: [String: SourceLocation] = [:]
    /// Every key and scalar value read, with its position, so a character found in the raw text
    /// can be tied to the key it sits in.
    var scalarPaths: [(line: Int, column: Int, path: String)] = []

    init(source: String, limits: RequestLimits) {
        self.source = source
        self.limits = limits
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: source, line: node.mark?.line, column: node.mark?.column)
    }

    mutating func error(_ message: String, at location: SourceLocation, key: String?, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, at: location, key: key?.nilIfEmpty, hint: hint))
    }

    mutating func warning(_ message: String, at location: SourceLocation, key: String?, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, message, at: location, key: key?.nilIfEmpty, hint: hint))
    }

    // MARK: Shapes

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping of keys"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.style == .plain ? "'\(abbreviated(scalar.string))'" : "text"
        case .alias: "an alias"
        }
    }

    /// A value quoted in a message, cut short so a hostile value cannot flood the terminal.
    static func abbreviated(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 60 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(57))) + "…"
    }

    /// Whether a node is YAML's empty value (`key:` with nothing after it, `~` or `null`), which
    /// counts as the key being absent.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Refuses anchored nodes, which the text scan should already have caught.
    private mutating func refuseAnchor(_ node: Node, path: String) -> Bool {
        guard node.anchor != nil else { return false }
        error("anchors and aliases are not allowed in a request", at: location(of: node), key: path)
        return true
    }

    /// Checks that `node` is a mapping with only known keys, recording each key's location.
    mutating func fields(
        _ node: Node, path: String, known: [String], introducedAt introduction: SourceLocation? = nil
    ) -> Fields? {
        if refuseAnchor(node, path: path) { return nil }
        guard case .mapping(let mapping) = node else {
            error("expected a mapping of keys, found \(Self.describe(node))", at: location(of: node), key: path)
            return nil
        }
        var fields = Fields(path: path, location: introduction ?? location(of: node), entries: [:])
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode, keyNode.anchor == nil else {
                error("a key must be a plain word, found \(Self.describe(keyNode))", at: location(of: keyNode), key: path)
                continue
            }
            let key = keyScalar.string
            let keyPath = Self.join(path, key)
            let keyLocation = location(of: keyNode)
            record(keyNode, path: keyPath)
            checkCharacters(key, at: keyLocation, path: path)
            guard known.contains(key) else {
                error(
                    "unknown key '\(Self.abbreviated(key))'", at: keyLocation, key: path,
                    hint: RequestKeys.hint(forUnknown: key, among: known))
                continue
            }
            locations[keyPath] = keyLocation
            if Self.isNull(valueNode) { continue }
            fields.entries[key] = (keyNode, valueNode)
        }
        return fields
    }

    /// The items of a list, or nil (with an error) for anything else.
    mutating func items(_ node: Node, path: String) -> [Node]? {
        if refuseAnchor(node, path: path) { return nil }
        guard case .sequence(let sequence) = node else {
            error("expected a list, found \(Self.describe(node))", at: location(of: node), key: path)
            return nil
        }
        return Array(sequence)
    }

    private mutating func record(_ node: Node, path: String) {
        if let mark = node.mark { scalarPaths.append((mark.line, mark.column, path)) }
    }

    /// Flags characters no document can hold that arrived through escapes such as `"\x07"`.
    private mutating func checkCharacters(_ text: String, at location: SourceLocation, path: String) {
        guard let bad = text.unicodeScalars.first(where: { ForbiddenCharacter.isForbidden($0.value) }) else { return }
        let character = ForbiddenCharacter(line: 0, column: 0, value: bad.value)
        error(
            "contains \(character.described) (written as an escape), which a document cannot hold",
            at: location, key: path, hint: "remove the escape sequence")
    }

    // MARK: Scalars

    /// The scalar at `node`, checked for shape, length and characters.
    mutating func scalar(_ node: Node, path: String, expected: String) -> Node.Scalar? {
        if refuseAnchor(node, path: path) { return nil }
        guard case .scalar(let scalar) = node else {
            error("expected \(expected), found \(Self.describe(node))", at: location(of: node), key: path)
            return nil
        }
        record(node, path: path)
        let length = scalar.string.utf8.count > limits.maxStringLength
            ? scalar.string.unicodeScalars.count : 0
        if length > limits.maxStringLength {
            error(
                "is \(length) characters long; at most \(limits.maxStringLength) are accepted",
                at: location(of: node), key: path)
            return nil
        }
        checkCharacters(scalar.string, at: location(of: node), path: path)
        return scalar
    }

    /// Free text, trimmed; empty text counts as absent.
    mutating func text(_ node: Node, path: String) -> String? {
        guard let scalar = scalar(node, path: path, expected: "text") else { return nil }
        let trimmed = scalar.string.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
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
            error("expected a whole number, found \(Self.describe(entry.value))", at: location(of: entry.value), key: path)
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
            at: location(of: entry.value), key: path)
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
        if scalar.style == .plain, written.hasPrefix("-"), Double(written) != nil {
            error("must not be negative, found \(Self.abbreviated(written))", at: location(of: entry.value), key: path)
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
            error("is too large: \(Self.abbreviated(written))", at: location(of: entry.value), key: path)
            return nil
        }
        let pence = Int64(fraction.isEmpty ? "0" : fraction.count == 1 ? fraction + "0" : String(fraction)) ?? 0
        return Money(pence: pounds * 100 + pence)
    }
}

extension String {
    /// The text without leading or trailing spaces, tabs or line breaks.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    var nilIfEmpty: String? { isEmpty ? nil : self }
}
