import Foundation

/// A request as a tree of ordered mappings, lists and scalars: what the form's values become, and
/// what is written as YAML or JSON for the request decoder and for "save as a request file".
public indirect enum RequestTree: Sendable, Hashable {
    /// A scalar: text, or a number, boolean or date written as it stands.
    case text(String)
    /// A number, boolean or date, written without quotes.
    case plain(String)
    /// A list.
    case list([RequestTree])
    /// A mapping, keys in order.
    case map([Pair])

    /// A key and its value.
    public struct Pair: Sendable, Hashable {
        /// The key.
        public var key: String
        /// Its value.
        public var value: RequestTree
    }

    /// The tree for a filled-in form: fields in the catalogue's order, parties in their order.
    /// Empty fields are left out, so the request's defaults apply; an unticked box is `false`.
    public static func from(_ values: FormValues, catalogue: FormCatalogue) -> RequestTree {
        var root = RequestTree.map([])
        var parties: [RequestTree] = []
        let indices = values.partyIndices
        for field in catalogue.fields where !field.isPerParty {
            if let value = scalar(field, values.all(field.name(party: nil))) {
                root.insert(value, at: field.pattern.split(separator: ".").map(String.init))
            }
        }
        for index in indices {
            var party = RequestTree.map([])
            for field in catalogue.fields where field.isPerParty {
                if let value = scalar(field, values.all(field.name(party: index))) {
                    party.insert(value, at: field.pattern.dropFirst("parties[].".count).split(separator: ".").map(String.init))
                }
            }
            parties.append(party)
        }
        if !parties.isEmpty { root.insertTopLevel("parties", .list(parties), after: "partnership") }
        return root
    }

    /// One field's value as a scalar or list, or nil to leave the key out.
    static func scalar(_ field: FormField, _ given: [String]) -> RequestTree? {
        let first = given.first?.trimmingCharacters(in: .whitespaces) ?? ""
        switch field.control {
        case .text, .longText:
            let text = (given.first ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : .text(text)
        case .number:
            guard !first.isEmpty else { return nil }
            return first.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil ? .plain(first) : .text(first)
        case .date:
            guard !first.isEmpty else { return nil }
            return first.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil ? .plain(first) : .text(first)
        case .choice:
            return first.isEmpty ? nil : .text(first)
        case .choices:
            let words = given.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return words.isEmpty ? nil : .list(words.map(RequestTree.text))
        case .checkbox:
            return .plain(given.contains { ["true", "on", "yes"].contains($0.lowercased()) } ? "true" : "false")
        case .yesNoDefault:
            if first.isEmpty { return nil }
            return first == "true" || first == "false" ? .plain(first) : .text(first)
        case .lines:
            let lines = given.flatMap { $0.split(separator: "\n") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return lines.isEmpty ? nil : .list(lines.map(RequestTree.text))
        }
    }

    private mutating func insert(_ value: RequestTree, at path: [String]) {
        guard case .map(var pairs) = self, let key = path.first else { return }
        if path.count == 1 {
            pairs.append(Pair(key: key, value: value))
        } else if let index = pairs.firstIndex(where: { $0.key == key }) {
            pairs[index].value.insert(value, at: Array(path.dropFirst()))
        } else {
            var child = RequestTree.map([])
            child.insert(value, at: Array(path.dropFirst()))
            pairs.append(Pair(key: key, value: child))
        }
        self = .map(pairs)
    }

    private mutating func insertTopLevel(_ key: String, _ value: RequestTree, after previous: String) {
        guard case .map(var pairs) = self else { return }
        let at = pairs.firstIndex { $0.key == previous }.map { $0 + 1 } ?? pairs.count
        pairs.insert(Pair(key: key, value: value), at: at)
        self = .map(pairs)
    }

    // MARK: Writing

    /// The tree as block-style YAML; text is quoted whenever YAML could read it as anything else.
    public var yaml: String {
        var out = ""
        writeYAML(into: &out, indent: 0, inList: false)
        return out
    }

    private func writeYAML(into out: inout String, indent: Int, inList: Bool) {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .map(let pairs):
            for (index, pair) in pairs.enumerated() {
                let lead = inList && index == 0 ? "" : pad
                switch pair.value {
                case .map(let inner) where !inner.isEmpty:
                    out += lead + pair.key + ":\n"
                    pair.value.writeYAML(into: &out, indent: indent + 2, inList: false)
                case .list(let items) where !items.isEmpty:
                    out += lead + pair.key + ":\n"
                    pair.value.writeYAML(into: &out, indent: indent + 2, inList: false)
                default:
                    out += lead + pair.key + ": " + pair.value.inlineYAML + "\n"
                }
            }
        case .list(let items):
            for item in items {
                if case .map(let inner) = item, !inner.isEmpty {
                    out += pad + "- "
                    item.writeYAML(into: &out, indent: indent + 2, inList: true)
                } else {
                    out += pad + "- " + item.inlineYAML + "\n"
                }
            }
        default:
            out += pad + inlineYAML + "\n"
        }
    }

    private var inlineYAML: String {
        switch self {
        case .plain(let value): value
        case .text(let value): Self.yamlScalar(value)
        case .list: "[]"
        case .map: "{}"
        }
    }

    /// Text as a plain YAML scalar when that reads back as the same text, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        let plainSafe = text.range(of: #"^[A-Za-z][A-Za-z0-9 ,.'()/&£-]*$"#, options: .regularExpression) != nil
            && !text.hasSuffix(" ") && !text.contains(": ") && !text.contains(" #")
        let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"]
        if plainSafe && !reserved.contains(text.lowercased()) { return text }
        return jsonString(text)
    }

    /// The tree as JSON, keys in order, two-space indented.
    public var json: String {
        var out = ""
        writeJSON(into: &out, indent: 0)
        return out + "\n"
    }

    private func writeJSON(into out: inout String, indent: Int) {
        let pad = String(repeating: " ", count: indent + 2)
        switch self {
        case .text(let value): out += Self.jsonString(value)
        case .plain(let value):
            // Dates are strings in JSON; numbers and booleans are not.
            out += value.contains("-") && value.count == 10 ? Self.jsonString(value) : value
        case .list(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.writeJSON(into: &out, indent: indent + 2)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .map(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, pair) in pairs.enumerated() {
                out += pad + Self.jsonString(pair.key) + ": "
                pair.value.writeJSON(into: &out, indent: indent + 2)
                out += index + 1 < pairs.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal, which is also a valid double-quoted YAML scalar.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
