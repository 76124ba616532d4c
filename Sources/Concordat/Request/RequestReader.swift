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
    /// Errors found beyond the findings limit, counted but not kept.
    var unreported = 0

    init(source: String, limits: RequestLimits) {
        self.source = source
        self.limits = limits
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: source, line: node.mark?.line, column: node.mark?.column)
    }

    /// Records an error. Past the findings limit only the count is kept, so a hostile file full
    /// of mistakes costs no more than the findings shown (the hint is not even worked out).
    mutating func error(
        _ message: @autoclosure () -> String, at location: SourceLocation, key: String?,
        hint: @autoclosure () -> String? = nil
    ) {
        guard diagnostics.count < limits.maxDiagnostics else {
            unreported += 1
            return
        }
        diagnostics.append(Diagnostic(.error, message(), at: location, key: key?.nilIfEmpty, hint: hint()))
    }

    mutating func warning(_ message: String, at location: SourceLocation, key: String?, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, message, at: location, key: key?.nilIfEmpty, hint: hint))
    }

    // MARK: Shapes

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping of keys"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.style == .plain ? "'\(abbreviated(scalar.string))'" : "the text \"\(abbreviated(scalar.string))\""
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
                    hint: Self.splitByComma(key, value: valueNode, in: mapping) ?? RequestKeys.hint(forUnknown: key, among: known))
                continue
            }
            locations[keyPath] = keyLocation
            if Self.isNull(valueNode) { continue }
            fields.entries[key] = (keyNode, valueNode)
        }
        return fields
    }

    /// `{ title: Deputy Director, Local Energy }`: inside `{ }` a comma ends an entry, so the
    /// words after it arrive as a key with no value. The hint gives the whole value, quoted.
    static func splitByComma(_ key: String, value: Node, in mapping: Node.Mapping) -> String? {
        guard isNull(value) else { return nil }
        let pairs = Array(mapping)
        // The parser does not say a mapping was written with { }; two entries on one line are.
        guard let index = pairs.firstIndex(where: { $0.key.scalar?.string == key }), index > 0,
              let line = pairs[index].key.mark?.line, pairs[index - 1].value.mark?.line == line,
              case .scalar(let previousKey) = pairs[index - 1].key,
              case .scalar(let previousValue) = pairs[index - 1].value, previousValue.style == .plain,
              !isNull(pairs[index - 1].value)
        else { return nil }
        let whole = abbreviated(previousValue.string + ", " + key)
        return "inside { } a comma separates entries, so '\(abbreviated(key))' was read as a key; "
            + "put the value in quotes: \(previousKey.string): \"\(whole)\""
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

    /// Flags characters ``CharacterRule`` refuses that arrived through escapes such as `"\x07"`
    /// or `"\u202E"` (raw ones were found, with their column, before parsing).
    private mutating func checkCharacters(_ text: String, at location: SourceLocation, path: String) {
        guard let bad = CharacterRule.firstFinding(in: text), bad.value != 0xFFFD else { return }
        error(
            "contains \(bad.described) (written as an escape), \(bad.kind.consequence)",
            at: location, key: path,
            hint: [.control, .nonCharacter, .surrogate].contains(bad.kind) ? "remove the escape sequence" : bad.kind.hint)
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
        let limit = limits.maxStringLength
        let length = scalar.string.utf8.count > limit ? scalar.string.unicodeScalars.count : 0
        if length > limit {
            error(
                "is \(length) characters long; at most \(limit) are accepted",
                at: location(of: node), key: path)
            return nil
        }
        checkCharacters(scalar.string, at: location(of: node), path: path)
        return scalar
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
