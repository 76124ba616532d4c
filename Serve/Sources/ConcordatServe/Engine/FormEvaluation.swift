import Concordat

/// What the form's current values mean: the request they make, the CLI's findings on it placed
/// beside the fields they name, the risk assessment and the clause selection.
public struct FormEvaluation: Sendable {
    /// The values evaluated.
    public var values: FormValues
    /// The form's fields.
    public var catalogue: FormCatalogue
    /// The request the values make, as YAML (what "save" writes and the decoder reads).
    public var yaml: String
    /// The request, when the CLI would accept it.
    public var request: Request?
    /// Errors and warnings, as the CLI reports them.
    public var findings: [Diagnostic]
    /// The assessment, when the risk factors can be read (even if other fields are unfinished).
    public var assessment: Assessment?
    /// The clauses per risk level for this request (for "what the level means").
    public var clauseCounts: [RiskLevel: Int]
    /// The selection at the level used, when the request is accepted.
    public var selection: Selection?
    /// Clauses a higher level would add, by level.
    public var additions: [RiskLevel: [String]]

    /// The source name findings carry for the form's request.
    public static let source = "form"

    /// Evaluates form values.
    public init(_ values: FormValues, engine: ServeEngine) {
        self.values = values
        catalogue = engine.catalogue
        let tree = RequestTree.from(values, catalogue: engine.catalogue)
        yaml = tree.yaml
        findings = []
        clauseCounts = [:]
        additions = [:]
        do {
            let decoded = try engine.decode(Array(yaml.utf8), source: Self.source)
            request = decoded.request
            findings = decoded.warnings
        } catch {
            findings = error.diagnostics
        }
        // Unfinished text elsewhere should not hide the assessment: assess a copy with stand-ins
        // for the required words that are missing.
        let assessable = request ?? Self.standIn(for: values, engine: engine)
        if let assessable {
            let assessment = engine.composer.assess(assessable)
            self.assessment = assessment
            var selections: [RiskLevel: Selection] = [:]
            for level in RiskLevel.allCases {
                var variant = assessable
                variant.risk = level
                selections[level] = engine.composer.select(variant).1
                clauseCounts[level] = selections[level]?.included.count
            }
            for level in RiskLevel.allCases where level > assessment.level {
                let here = Set((selections[assessment.level]?.included ?? []).map(\.id))
                additions[level] = (selections[level]?.included ?? []).filter { !here.contains($0.id) }.map(\.title)
            }
            if request != nil { selection = engine.composer.select(assessable).1 }
        }
    }

    /// The values with the required words filled in where missing and the values in error left
    /// out, decoded; or nil if the request still cannot be read.
    static func standIn(for values: FormValues, engine: ServeEngine) -> Request? {
        var filled = values
        for name in ["partnership.name", "partnership.purpose"] where (filled[name] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            filled.set(name, "Unnamed")
        }
        var indices = filled.partyIndices
        while indices.count < 2 { let next = (indices.last ?? -1) + 1; filled.pairs.append(("parties[\(next)].kind", "other")); indices.append(next) }
        for index in indices where (filled["parties[\(index)].name"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            filled.set("parties[\(index)].name", "Party \(index + 1)")
        }
        // A value in error (an end date before the start, say) is left out, so the assessment can
        // still show while its error is shown beside the field.
        for _ in 0..<3 {
            let yaml = RequestTree.from(filled, catalogue: engine.catalogue).yaml
            do {
                return try engine.decode(Array(yaml.utf8), source: source).request
            } catch {
                let named = Set(error.diagnostics.filter { $0.severity == .error }.compactMap(\.key))
                let before = filled.pairs.count
                filled.pairs.removeAll { named.contains($0.name) }
                if filled.pairs.count == before { return nil }
            }
        }
        return nil
    }

    /// The errors (and warnings) for each field name, and those that name no field.
    public var placedFindings: (byName: [String: [Diagnostic]], unplaced: [Diagnostic]) {
        var byName: [String: [Diagnostic]] = [:]
        var unplaced: [Diagnostic] = []
        for finding in findings where finding.severity != .note {
            if let name = anchorName(for: finding.key) {
                byName[name, default: []].append(finding)
            } else {
                unplaced.append(finding)
            }
        }
        return (byName, unplaced)
    }

    /// The field, party or section a key belongs to: the key itself if it is a field, else the
    /// nearest enclosing party or section (`parties` for "at least two parties").
    func anchorName(for key: String?) -> String? {
        guard var key else { return nil }
        while true {
            if key == "parties" || key.hasPrefix("parties[") && FormValues.partyIndex(of: key) != nil && !key.contains(".") {
                return key
            }
            if catalogue.field(named: key) != nil || catalogue.sections.contains(key) { return key }
            guard let cut = key.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            key = String(key[..<cut])
        }
    }
}
