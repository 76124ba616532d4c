import Concordat

/// Every field of the form, in the order `concordat init` shows the request's keys, each with the
/// comment `init` writes beside it as help. Built from `init`'s own output, so a key the request
/// format gains appears in the form, with its help, without a change here.
public struct FormCatalogue: Sendable {
    /// The fields in `init`'s order.
    public var fields: [FormField]

    /// Creates a catalogue from fields.
    public init(fields: [FormField]) {
        self.fields = fields
    }

    /// The field for a pattern (`parties[].kind`) or a concrete name (`parties[1].kind`).
    public func field(named name: String) -> FormField? {
        let pattern = Self.pattern(of: name)
        return fields.first { $0.pattern == pattern }
    }

    /// The sections of the form in order (`document`, `partnership`, `parties`, …).
    public var sections: [String] {
        var seen: [String] = []
        for field in fields where !seen.contains(field.section) { seen.append(field.section) }
        return seen
    }

    /// The element id of what a name anchors to: a field's control, or a section's fieldset
    /// (`section-parties`, kept apart from the top-level field `document`).
    func elementID(_ name: String) -> String {
        field(named: name) == nil && sections.contains(name) ? "section-" + name : HTML.id(name)
    }

    /// `parties[3].signatory.name` → `parties[].signatory.name`.
    public static func pattern(of name: String) -> String {
        guard name.hasPrefix("parties["), let close = name.firstIndex(of: "]") else { return name }
        return "parties[]" + name[name.index(after: close)...]
    }

    /// The fields of every framework's example, merged in order: a statutory example shows keys
    /// (statutory-type, pool-manager) that others only mention in comments.
    public static let standard: FormCatalogue = {
        var merged: [FormField] = []
        for framework in Framework.allCases {
            let text = ExampleRequest.yaml(document: .memorandumOfUnderstanding, framework: framework)
            let fields = InitCommentReader.fields(in: text)
            for (index, field) in fields.enumerated() where !merged.contains(where: { $0.pattern == field.pattern }) {
                let before = index > 0 ? merged.firstIndex { $0.pattern == fields[index - 1].pattern } : nil
                merged.insert(field, at: before.map { $0 + 1 } ?? merged.count)
            }
        }
        return FormCatalogue(fields: merged)
    }()

    /// The words a key takes, from the library's own vocabularies.
    static let vocabularies: [String: [String]] = [
        "document": DocumentKind.words,
        "framework": Framework.words,
        "risk": RiskLevel.words,
        "jurisdiction": Jurisdiction.words,
        "partnership.statutory-type": StatutoryType.words,
        "parties[].kind": PartyKind.words,
        "parties[].role": PartyRole.words,
        "parties[].foi-regime": FOIRegime.words,
        "parties[].statutory-role": StatutoryRole.words,
        "governance.decisions": DecisionRule.words,
        "data.controller-model": ControllerModel.words,
        "risk-factors.personal-data": PersonalDataLevel.words,
        "exit.route": ExitRoute.words,
    ]

    /// Keys without which no request composes: their choice has no blank.
    static let requiredChoices: Set<String> = ["document", "framework", "parties[].kind"]

    /// Keys whose values look like numbers but are text (a company number keeps its zeros).
    static let textKeys: Set<String> = ["parties[].registration", "parties[].contact.phone", "parties[].signatory.phone"]

    /// Keys written as paragraphs.
    static let longTextKeys: Set<String> = ["partnership.purpose", "partnership.statutory-basis"]

    /// How a key is entered, from its vocabulary, its name and the example value.
    static func control(pattern: String, example: String, help: String) -> FormField.Control {
        let key = pattern.split(separator: ".").last.map(String.init) ?? pattern
        if let words = vocabularies[pattern] ?? alternatives(in: help) {
            if example.hasPrefix("[") || pattern == "parties[].role" { return .choices(words) }
            return .choice(words, optional: !requiredChoices.contains(pattern))
        }
        if textKeys.contains(pattern) { return .text }
        if longTextKeys.contains(pattern) { return .longText }
        if key == "date" || key.hasSuffix("-date") { return .date }
        if example == "true" || example == "false" {
            return help.contains("default") ? .yesNoDefault : .checkbox
        }
        if example.hasPrefix("[") { return .lines }
        if !example.isEmpty, Double(example) != nil { return .number }
        return .text
    }

    /// The words of a comment that lists alternatives (`wind-down | planned-end`), if it does.
    static func alternatives(in help: String) -> [String]? {
        let text = help.split(separator: ";").first.map(String.init) ?? help
        let body = text.split(separator: ":").last.map(String.init) ?? text
        let parts = body.split(separator: "|").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        guard parts.count >= 2, !parts.contains(where: { $0.isEmpty || !$0.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber } })
        else { return nil }
        return parts.filter { $0 != "true" && $0 != "false" }.count == parts.count ? parts : nil
    }
}
