import Yams

/// Reads a clause's `purpose:`: one plain sentence saying why a partnership document has the
/// clause, which `explain`, annotation notes and redline comments show to partners. It is plain
/// text on one line, so every renderer can show it as it stands after escaping.
enum PurposeRule {
    /// The longest purpose, in characters: one sentence a partner reads at a glance.
    static let maximumLength = 200

    /// The purpose, or nil with an error (naming the key and place) when it is not one sentence.
    static func read(_ node: Node, reader: inout YAMLReader) -> String? {
        let hint = "write one plain sentence on one line, e.g. purpose: Says who chairs the Board's meetings."
        guard case .scalar(let scalar) = node else {
            reader.error("expected one sentence of text", node, key: "purpose", hint: hint)
            return nil
        }
        // An unquoted true, 12 or null is YAML for a flag, number or nothing, not a sentence.
        if scalar.style == .plain, ["true", "false", "null", "~"].contains(scalar.string) || Double(scalar.string) != nil {
            reader.error("expected one sentence of text, not '\(scalar.string)'", node, key: "purpose", hint: hint)
            return nil
        }
        guard let raw = reader.string(node, key: "purpose") else { return nil }
        let text = raw.trimming(TrimmingSets.whitespacesAndNewlines)
        if let problem = problem(with: text) {
            reader.error(problem, node, key: "purpose", hint: hint)
            return nil
        }
        return text
    }

    /// What is wrong with a purpose's text, if anything.
    static func problem(with text: String) -> String? {
        if text.isEmpty { return "the purpose is empty" }
        if text.contains(where: \.isNewline) { return "the purpose runs over several lines; keep it to one" }
        if text.count > maximumLength {
            return "the purpose is \(text.count) characters long, more than \(maximumLength)"
        }
        if text.contains("{{") || text.contains("[[") {
            return "the purpose is plain text: it cannot fill in values or use defined terms"
        }
        guard let last = text.last, ".?!".contains(last) else { return "the purpose must end with a full stop" }
        // A full stop, question or exclamation mark followed by a space ends a sentence early.
        let characters = Array(text)
        for index in characters.indices.dropLast() where ".?!".contains(characters[index]) && characters[index + 1].isWhitespace {
            return "the purpose is several sentences; say it in one"
        }
        if let first = text.first, first.isLetter, !first.isUppercase {
            return "the purpose must start with a capital letter"
        }
        return nil
    }
}
