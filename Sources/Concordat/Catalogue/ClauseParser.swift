import Foundation
import Yams

/// Reads one clause file: YAML front matter between `---` lines, then a Markdown body.
struct ClauseParser {
    static let keys: Set<String> = [
        "id", "title", "version", "documents", "frameworks", "risk-levels", "jurisdictions", "slot",
        "order", "requires", "excludes", "when", "binding", "defines", "purpose",
    ]
    static let requiredKeys = ["id", "title", "version", "documents", "frameworks", "risk-levels", "jurisdictions", "slot", "order"]

    /// Parses a clause file; returns nil with diagnostics when it cannot be used.
    static func parse(_ text: String, file: String) -> (CatalogueClause?, [Diagnostic]) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let refused = CharacterRule.diagnostics(in: text, file: file)
        if !refused.isEmpty { return (nil, refused) }
        // Foundation's replacement copies the whole text through UTF-16; most files have no "\r".
        if text.containsByte(where: { $0 == UInt8(ascii: "\r") }) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        let lines = text.lineSlices
        guard lines.first?.trimming(TrimmingSets.whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimming(TrimmingSets.whitespaces) == "---" })
        else {
            return (nil, [Diagnostic(
                .error, "a clause file must start with front matter between '---' lines",
                at: SourceLocation(file: file, line: 1, column: 1),
                hint: "see Clauses/README.md for the format")])
        }
        // The lines between the markers, and those after the closing one, as the text has them.
        let frontText = end > 1 ? String(text[lines[1].startIndex..<lines[end - 1].endIndex]) : ""
        let bodyText = end + 1 < lines.count ? String(text[lines[end + 1].startIndex...]) : ""
        var reader = YAMLReader(file: file, lineOffset: 1)
        guard let root = reader.parse(frontText) else { return (nil, reader.diagnostics) }
        var builder = Builder(reader: reader, file: file)
        let clause = builder.build(root, bodyText: bodyText, bodyLine: end + 2)
        return (clause, builder.reader.diagnostics)
    }

    private struct Builder {
        var reader: YAMLReader
        let file: String

        mutating func build(_ root: Node, bodyText: String, bodyLine: Int) -> CatalogueClause? {
            let pairs = reader.mapping(root, key: "", allowed: ClauseParser.keys)
            var byKey: [String: Node] = [:]
            var locations: [String: SourceLocation] = [:]
            for pair in pairs {
                byKey[pair.key] = pair.value
                locations[pair.key] = reader.location(pair.keyNode)
            }
            let missing = ClauseParser.requiredKeys.filter { byKey[$0] == nil }
            for key in missing {
                reader.error("missing required key", root, key: key, hint: "every clause needs \(ClauseParser.requiredKeys.joined(separator: ", "))")
            }
            let id = byKey["id"].flatMap { reader.string($0, key: "id") }
            if let id, !ClauseID.isValid(id) {
                reader.error("'\(id)' is not a valid id", byKey["id"], key: "id", hint: "use topic.name in lower case with hyphens, e.g. disputes.tiered")
            }
            let title = byKey["title"].flatMap { reader.string($0, key: "title") }
            let version = byKey["version"].flatMap { reader.integer($0, key: "version") }
            if let version, version < 1 { reader.error("version must be 1 or more", byKey["version"], key: "version") }
            let documents: Set<DocumentKind>? = enumSet(byKey["documents"], key: "documents")
            let frameworks: Set<Framework>? = enumSet(byKey["frameworks"], key: "frameworks")
            let levels: Set<RiskLevel>? = enumSet(byKey["risk-levels"], key: "risk-levels")
            let jurisdictions: Set<Jurisdiction>? = enumSet(byKey["jurisdictions"], key: "jurisdictions")
            let slot = byKey["slot"].flatMap { reader.string($0, key: "slot") }
            let order = byKey["order"].flatMap { reader.integer($0, key: "order") }
            let requires = ids(byKey["requires"], key: "requires")
            let excludes = ids(byKey["excludes"], key: "excludes")
            let binding = byKey["binding"].flatMap { reader.boolean($0, key: "binding") } ?? false
            let conditions = self.conditions(byKey["when"])
            let purpose = byKey["purpose"].flatMap { PurposeRule.read($0, reader: &reader) }
            var bodyParser = BodyParser(file: file, firstLine: bodyLine)
            let body = bodyParser.parse(bodyText)
            reader.diagnostics.append(contentsOf: bodyParser.diagnostics)
            if body.isEmpty && bodyParser.diagnostics.isEmpty {
                reader.diagnostics.append(Diagnostic(.error, "the clause has no body text", at: SourceLocation(file: file, line: bodyLine), key: "body"))
            }
            let defines = self.defines(byKey["defines"], clauseID: id ?? "")
            guard let id, let title, let version, let documents, let frameworks, let levels,
                  let jurisdictions, let slot, let order, !reader.diagnostics.hasErrors
            else { return nil }
            return CatalogueClause(
                id: id, title: title, version: version, documents: documents, frameworks: frameworks,
                riskLevels: levels, jurisdictions: jurisdictions, slot: slot, order: order,
                requires: requires, excludes: excludes, conditions: conditions, binding: binding,
                defines: defines, body: body, bodyText: bodyText,
                location: SourceLocation(file: file, line: 1, column: 1), keyLocations: locations,
                textHash: CatalogueClause.hash(of: bodyText), purpose: purpose)
        }

        /// `[all]` or a list of the vocabulary's words.
        mutating func enumSet<E: RequestEnum>(_ node: Node?, key: String) -> Set<E>? {
            guard let node, let words = reader.words(node, key: key) else { return nil }
            if words == ["all"] { return Set(E.allCases) }
            var out = Set<E>()
            for word in words {
                guard let value = E(rawValue: word) else {
                    let hint = Suggestion.closest(to: word, in: E.words).map { "did you mean '\($0)'?" }
                    reader.error("unknown value '\(word)' (expected all or one of \(E.words.joined(separator: ", ")))", node, key: key, hint: hint)
                    return nil
                }
                out.insert(value)
            }
            if out.isEmpty { reader.error("the list is empty", node, key: key) }
            return out
        }

        mutating func ids(_ node: Node?, key: String) -> [String] {
            guard let node, let words = reader.words(node, key: key) else { return [] }
            for word in words where !ClauseID.isValid(word) {
                reader.error("'\(word)' is not a clause id", node, key: key)
            }
            return words
        }

        mutating func conditions(_ node: Node?) -> [Condition] {
            var out: [Condition] = []
            for pair in reader.mapping(node, key: "when") {
                let path = pair.key, key = "when.\(pair.key)"
                let location = reader.location(pair.keyNode)
                guard ValuePath.isConditionPath(path) else {
                    let hint = Suggestion.closest(to: path, in: ValuePath.conditionPaths).map { "did you mean '\($0)'?" }
                    reader.error("'\(path)' is not a request value a condition can test", pair.keyNode, key: key, hint: hint)
                    continue
                }
                switch pair.value {
                case .scalar:
                    if let value = conditionValue(pair.value, key: key) { out.append(Condition(path: path, test: .equals(value), location: location)) }
                case .sequence(let items):
                    let values = items.compactMap { conditionValue($0, key: key) }
                    if values.isEmpty { reader.error("the list is empty", pair.value, key: key) }
                    out.append(Condition(path: path, test: .oneOf(values), location: location))
                case .mapping:
                    let entries = reader.mapping(pair.value, key: key, allowed: ["present", "at-least", "at-most"])
                    for entry in entries {
                        switch entry.key {
                        case "present":
                            if let flag = reader.boolean(entry.value, key: "\(key).present") {
                                out.append(Condition(path: path, test: .present(flag), location: location))
                            }
                        case "at-least":
                            if let n = reader.integer(entry.value, key: "\(key).at-least") {
                                out.append(Condition(path: path, test: .atLeast(n), location: location))
                            }
                        default:
                            if let n = reader.integer(entry.value, key: "\(key).at-most") {
                                out.append(Condition(path: path, test: .atMost(n), location: location))
                            }
                        }
                    }
                case .alias:
                    reader.error("aliases are not allowed", pair.value, key: key)
                }
            }
            // A condition that can never hold would leave its clause out of every document.
            for condition in out {
                if let why = ConditionTypes.impossibility(of: condition.test, at: condition.path) {
                    reader.diagnostics.append(Diagnostic(
                        .error, "the condition can never hold: \(why)", at: condition.location, key: "when.\(condition.path)",
                        hint: "see Clauses/README.md for the values each condition path takes"))
                }
            }
            return out
        }

        mutating func conditionValue(_ node: Node, key: String) -> Condition.Value? {
            guard case .scalar(let scalar) = node else {
                reader.error("expected a word, number, true or false", node, key: key)
                return nil
            }
            if scalar.style == .plain {
                if scalar.string == "true" { return .flag(true) }
                if scalar.string == "false" { return .flag(false) }
                if let n = Int(scalar.string) { return .number(n) }
            }
            return .word(scalar.string)
        }

        mutating func defines(_ node: Node?, clauseID: String) -> [DefinedTerm] {
            var out: [DefinedTerm] = []
            for pair in reader.mapping(node, key: "defines") {
                guard let text = reader.string(pair.value, key: "defines.\(pair.key)") else { continue }
                let location = reader.location(pair.value)
                var parser = BodyParser(file: file, firstLine: location.line ?? 1)
                let inlines = parser.tokens(in: text.trimming(TrimmingSets.whitespacesAndNewlines), at: location)
                reader.diagnostics.append(contentsOf: parser.diagnostics)
                out.append(DefinedTerm(name: pair.key, definition: inlines, location: reader.location(pair.keyNode), clauseID: clauseID))
            }
            return out
        }
    }
}
