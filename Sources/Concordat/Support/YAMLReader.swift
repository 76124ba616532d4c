import Yams

/// Typed reads from a Yams node tree that keep line and column for messages, and collect
/// problems instead of stopping at the first. Used for clause front matter and templates.
struct YAMLReader {
    let file: String
    /// Added to node lines, for YAML embedded after other lines (front matter starts on line 2).
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    mutating func error(_ message: String, _ node: Node?, key: String? = nil, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, at: location(node), key: key, hint: hint))
    }

    /// The deepest nesting of lists and mappings a clause's front matter or a template may use;
    /// none needs more than a few levels.
    static let maxDepth = 32

    /// Parses text into a single node, reporting syntax errors with their position.
    ///
    /// Anchors and aliases are refused before the parser sees them, as in requests: a few lines of
    /// aliases expand into a tree too large to walk, and the parser compares whole trees when it
    /// checks mapping keys for duplicates, so alias keys alone could stall loading for hours.
    ///
    /// Every read goes through this type, which looks only at a scalar's text and style, never at
    /// the type tag Yams' default resolver would infer with regular expressions; so the basic
    /// resolver is enough. Naming the encoding spares Yams a look at the environment per call.
    mutating func parse(_ text: String) -> Node? {
        let structure = StructureScanner.scan(text, maxDepth: Self.maxDepth, maxFindings: 10)
        if let deep = structure.tooDeep {
            diagnostics.append(Diagnostic(
                .error, "nesting goes deeper than \(Self.maxDepth) levels",
                at: SourceLocation(file: file, line: deep.line + lineOffset, column: deep.column)))
        }
        for anchor in structure.anchors {
            diagnostics.append(Diagnostic(
                .error, "anchors and aliases are not allowed",
                at: SourceLocation(file: file, line: anchor.line + lineOffset, column: anchor.column),
                hint: "write each value out in full; to start text with & or *, put it in quotes"))
        }
        guard structure.tooDeep == nil, structure.anchors.isEmpty else { return nil }
        do {
            return try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, file: file, lineOffset: lineOffset))
        } catch {
            diagnostics.append(Diagnostic(.error, "cannot read YAML: \(error)", at: SourceLocation(file: file)))
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return Diagnostic(
                .error, "invalid YAML: \(text)",
                at: SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column))
        case .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return Diagnostic(
                .error, "invalid YAML: \(text)",
                at: SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                .error, "duplicate key '\(duplicates.sorted().joined(separator: "', '"))'",
                at: SourceLocation(file: file, line: context.mark.line + lineOffset, column: context.mark.column))
        default:
            return Diagnostic(.error, "invalid YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1))
        }
    }

    /// The mapping's pairs with string keys, reporting keys outside `allowed`.
    mutating func mapping(_ node: Node?, key: String, allowed: Set<String>? = nil) -> [(key: String, keyNode: Node, value: Node)] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            error("expected a mapping of keys and values", node, key: key)
            return []
        }
        var pairs: [(String, Node, Node)] = []
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                error("expected a plain key", keyNode, key: key)
                continue
            }
            let name = scalar.string
            let path = key.isEmpty ? name : "\(key).\(name)"
            if !seen.insert(name).inserted {
                error("duplicate key", keyNode, key: path)
                continue
            }
            if let allowed, !allowed.contains(name) {
                let hint = Suggestion.closest(to: name, in: allowed).map { "did you mean '\($0)'?" }
                error("unknown key", keyNode, key: path, hint: hint)
                continue
            }
            pairs.append((name, keyNode, value))
        }
        return pairs
    }

    mutating func string(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("expected text", node, key: key)
            return nil
        }
        // The raw file passed the character rule before parsing, so anything found here was
        // written as an escape ("\u202E").
        if let bad = CharacterRule.firstFinding(in: scalar.string) {
            error("contains \(bad.described) (written as an escape), \(bad.kind.consequence)", node, key: key, hint: bad.kind.hint)
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ node: Node, key: String) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            error("expected a whole number", node, key: key)
            return nil
        }
        return value
    }

    mutating func boolean(_ node: Node, key: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            if scalar.string == "true" { return true }
            if scalar.string == "false" { return false }
        }
        error("expected true or false", node, key: key)
        return nil
    }

    /// A list of words; a single word is accepted as a list of one.
    mutating func words(_ node: Node, key: String) -> [String]? {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var out: [String] = []
            for item in sequence {
                guard let word = string(item, key: key) else { return nil }
                out.append(word)
            }
            return out
        default:
            error("expected a list of words", node, key: key)
            return nil
        }
    }
}

/// Suggests the nearest known word for a misspelling.
enum Suggestion {
    static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let candidates = Array(candidates)
        if word.count >= 3, let extended = candidates.filter({ $0.hasPrefix(word) }).min() { return extended }
        let limit = max(2, word.count / 3)
        return candidates
            .map { ($0, distance(word, $0)) }
            .filter { $0.1 <= limit }
            .min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
