import Foundation

/// `concordat explain`: every catalogue clause, whether it is in the document and the rules
/// that decided it, with version and text hash; as text or JSON (`concordat.explain/1`).
public struct ExplainReport: Sendable {
    /// The selection explained.
    public var selection: Selection
    /// The assessment behind the level.
    public var assessment: Assessment
    /// The request's file name.
    public var source: String
    /// What would change under another level or framework, when asked.
    public var comparison: SelectionComparison?
    /// Each included clause's number in the composed document, by id, when known.
    public var numbers: [String: String] = [:]
    /// List only the clauses in the document (`--included`).
    public var includedOnly = false

    /// Creates a report.
    public init(selection: Selection, assessment: Assessment, source: String, comparison: SelectionComparison? = nil) {
        self.selection = selection
        self.assessment = assessment
        self.source = source
        self.comparison = comparison
    }

    private var levelNote: String {
        if assessment.isOverridden, let assessed = assessment.assessed {
            return "\(selection.level.rawValue) (stated; overrides the assessed level \(assessed.rawValue))"
        }
        if assessment.stated != nil { return "\(selection.level.rawValue) (stated)" }
        return "\(selection.level.rawValue) (assessed)"
    }

    /// The report for people.
    public var text: String {
        let s = selection
        var lines = [
            "\(s.document.rawValue) · \(s.framework.rawValue) · risk \(levelNote) · \(s.jurisdiction.rawValue)",
            "\(s.included.count) of \(s.decisions.count) catalogue clauses included",
            "",
        ]
        for decision in s.decisions where decision.included || !includedOnly {
            let mark = decision.included ? "+" : "-"
            let number = numbers[decision.clauseID].map { "\($0) " } ?? ""
            lines.append("\(mark) \(number)\(decision.clauseID) v\(decision.version) sha256:\(decision.textHash.prefix(12)) — \(decision.title)")
            // What the clause is for comes before the rules, as a partner asks that first.
            if let purpose = decision.purpose { lines.append("    purpose: \(purpose)") }
            let verdict = decision.included ? "included" : "excluded"
            let telling = decision.telling
            for reason in telling {
                lines.append("    \(verdict): \(reason.explanation)")
            }
            if telling.isEmpty { lines.append("    \(verdict): applies to every document of this kind") }
        }
        if let comparison { lines += ["", comparison.text.trimmingCharacters(in: .newlines)] }
        return lines.joined(separator: "\n") + "\n"
    }

    private struct JSON: Encodable {
        struct Rule: Encodable { var rule: String, passed: Bool, explanation: String }
        struct Clause: Encodable {
            var id: String, number: String?, title: String, purpose: String?, version: Int, sha256: String, included: Bool, rules: [Rule]
        }
        var schema = "concordat.explain/1"
        var request: String
        var document: String, framework: String, jurisdiction: String
        var riskLevel: String, riskLevelSource: String, assessedRiskLevel: String?
        var clauses: [Clause]
        var compare: SelectionComparison.JSON?

        enum CodingKeys: String, CodingKey {
            case schema, request, document, framework, jurisdiction, clauses, compare
            case riskLevel = "risk-level", riskLevelSource = "risk-level-source", assessedRiskLevel = "assessed-risk-level"
        }
    }

    /// The report as `concordat.explain/1` JSON, clauses in document order then the rest by id.
    public var json: String {
        let s = selection
        return JSONReport.encode(JSON(
            request: source, document: s.document.rawValue, framework: s.framework.rawValue,
            jurisdiction: s.jurisdiction.rawValue, riskLevel: s.level.rawValue,
            riskLevelSource: assessment.stated != nil ? "stated" : "assessed",
            assessedRiskLevel: assessment.assessed?.rawValue,
            clauses: s.decisions.filter { $0.included || !includedOnly }.map { d in
                .init(id: d.clauseID, number: numbers[d.clauseID], title: d.title, purpose: d.purpose, version: d.version, sha256: d.textHash, included: d.included,
                      rules: d.reasons.map { .init(rule: $0.rule, passed: $0.passed, explanation: $0.explanation) })
            },
            compare: comparison?.json))
    }
}
