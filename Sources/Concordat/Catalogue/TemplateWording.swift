import Yams

/// How values read in running text — number words, frequencies, lengths of time, the shared
/// notice periods — read from `Templates/wording.yaml`, so an organisation can change them
/// with `--templates DIR` instead of recompiling.
public struct TemplateWording: Sendable, Hashable {
    /// Every key the file must give.
    static let requiredKeys: [String] = [
        "numbers", "once-a-year", "twice-a-year", "times-a-year", "day", "days", "month", "months",
        "year", "years", "unnamed-partnership", "withdrawal-notice-low", "withdrawal-notice-medium",
        "withdrawal-notice-high", "withdrawal-notice-pooled", "list-separator", "list-and",
        "registered-charity", "registered-number", "definitions-intro", "means",
    ]

    /// Tables of phrases keyed by a request value, each of which must cover every value.
    static let tables: [String: [String]] = [
        "kinds": PartyKind.words, "roles": PartyRole.words, "decisions": DecisionRule.words,
        "controller-models": ControllerModel.words, "exit-routes": ExitRoute.words,
        "statutory-types": StatutoryType.words, "laws": Jurisdiction.words, "courts": Jurisdiction.words,
        "charity-regulators": Jurisdiction.words,
    ]

    /// Number words from zero upwards.
    public var numbers: [String]
    /// The other entries by key.
    public var entries: [String: String]
    /// The phrase tables: `kinds`, `roles`, `laws`, … each by request value.
    public var phrases: [String: [String: String]] = [:]

    /// The phrase for a request value, e.g. `phrase("kinds", "nhs-body")` is "NHS body".
    public func phrase(_ table: String, _ value: String) -> String { phrases[table]?[value] ?? value }

    /// The text of a key (every required key is present once parsing succeeds).
    public subscript(_ key: String) -> String { entries[key] ?? "" }

    /// A count in words where the file gives one, else in digits.
    public func number(_ n: Int) -> String {
        n >= 0 && n < numbers.count ? numbers[n] : String(n)
    }

    /// "once a year", "twice a year", "four times a year".
    public func timesAYear(_ n: Int) -> String {
        switch n {
        case 1: self["once-a-year"]
        case 2: self["twice-a-year"]
        default: fill("times-a-year", n)
        }
    }

    /// "one day" / "ten days", "month" / "three months", "one year" / "ten years".
    public func period(_ n: Int, unit: String) -> String {
        n == 1 ? self[unit] : fill(unit + "s", n)
    }

    /// The notice a partner gives to leave, at a risk level, or from a pooled budget.
    public func withdrawalNotice(_ level: RiskLevel, pooled: Bool = false) -> String {
        pooled ? self["withdrawal-notice-pooled"] : self["withdrawal-notice-\(level.rawValue)"]
    }

    /// "A", "A and B", "A, B and C".
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: self["list-separator"]) + self["list-and"] + items[items.count - 1]
        }
    }

    private func fill(_ key: String, _ n: Int) -> String {
        self[key].replacingOccurrences(of: "{n}", with: number(n))
    }

    /// Parses the wording file, naming each missing or malformed key.
    static func parse(_ text: String, file: String) -> (TemplateWording?, [Diagnostic]) {
        var reader = YAMLReader(file: file)
        guard let root = reader.parse(text) else { return (nil, reader.diagnostics) }
        var numbers: [String] = []
        var entries: [String: String] = [:]
        var phrases: [String: [String: String]] = [:]
        for pair in reader.mapping(root, key: "", allowed: Set(requiredKeys).union(tables.keys)) {
            if let values = tables[pair.key] {
                var table: [String: String] = [:]
                for entry in reader.mapping(pair.value, key: pair.key, allowed: Set(values)) {
                    table[entry.key] = reader.string(entry.value, key: "\(pair.key).\(entry.key)")
                }
                for value in values where table[value] == nil {
                    reader.error("missing '\(value)'", pair.value, key: pair.key, hint: "every value of the request needs its words")
                }
                phrases[pair.key] = table
            } else if pair.key == "numbers" {
                numbers = reader.words(pair.value, key: "numbers") ?? []
            } else if let value = reader.string(pair.value, key: pair.key) {
                entries[pair.key] = value
            }
        }
        for key in requiredKeys where key != "numbers" && entries[key] == nil {
            reader.error("missing required key '\(key)'", root, key: key)
        }
        for table in tables.keys.sorted() where phrases[table] == nil {
            reader.error("missing required key '\(table)'", root, key: table)
        }
        if numbers.isEmpty { reader.error("'numbers' must list the number words from zero", root, key: "numbers") }
        guard !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        return (TemplateWording(numbers: numbers, entries: entries, phrases: phrases), reader.diagnostics)
    }
}
