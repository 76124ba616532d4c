/// One field of the form: a request key, how it is entered, and the help `concordat init` gives it.
public struct FormField: Sendable, Hashable {
    /// How a field is entered.
    public enum Control: Sendable, Hashable {
        /// One line of text.
        case text
        /// Several lines of text.
        case longText
        /// A whole number or an amount.
        case number
        /// A calendar date, `YYYY-MM-DD`.
        case date
        /// One of a fixed set of words; `optional` adds a blank choice that leaves the key out.
        case choice([String], optional: Bool)
        /// Any number of a fixed set of words (a party's roles).
        case choices([String])
        /// True or false, false when unticked.
        case checkbox
        /// True, false, or left to the default the help text describes.
        case yesNoDefault
        /// A list of short texts, one per line.
        case lines
    }

    /// The key's path with `[]` for "each party": `parties[].signatory.name`.
    public var pattern: String
    /// How it is entered.
    public var control: Control
    /// The help text, from the comment `concordat init` writes beside the key.
    public var help: String

    /// Creates a field.
    public init(pattern: String, control: Control, help: String) {
        self.pattern = pattern
        self.control = control
        self.help = help
    }

    /// Whether the field belongs to each party.
    public var isPerParty: Bool { pattern.hasPrefix("parties[].") }

    /// The section it is shown in: the first part of its path (`partnership`, `parties`, …), or
    /// `document` for the top-level keys.
    public var section: String {
        guard let dot = pattern.firstIndex(of: ".") else { return "document" }
        let head = pattern[..<dot]
        return head.hasSuffix("[]") ? String(head.dropLast(2)) : String(head)
    }

    /// The concrete name of the field for one party (`parties[1].kind`), or the pattern itself.
    public func name(party: Int?) -> String {
        guard isPerParty, let party else { return pattern }
        return "parties[\(party)]" + pattern.dropFirst("parties[]".count)
    }

    /// A label for people: the last part of the key, with its hyphens as spaces and a capital
    /// (`review-months` → "Review months"; `signatory.name` → "Signatory name").
    public var label: String {
        let tail = pattern.split(separator: ".").dropFirst(section == "document" ? 0 : 1)
        let words = tail.joined(separator: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
