/// Chooses clauses for a request: by document, framework, risk level, jurisdiction and `when`
/// conditions, then honours `excludes` and checks `requires`.
public struct Selector: Sendable {
    /// The catalogue to choose from.
    public var catalogue: Catalogue
    /// The template whose slots give document order.
    public var template: DocumentTemplate

    /// Creates a selector.
    public init(catalogue: Catalogue, template: DocumentTemplate) {
        self.catalogue = catalogue
        self.template = template
    }

    /// Selects clauses for a request at a risk level.
    public func select(_ request: Request, level: RiskLevel) -> Selection {
        let facts = RequestFacts(request: request, level: level)
        var reasons: [String: [Selection.Reason]] = [:]
        var eligible: [CatalogueClause] = []
        for clause in catalogue.clauses {
            let rules = basicRules(clause, request: request, level: level) + clause.conditions.map { condition in
                let (holds, seen) = facts.evaluate(condition)
                return Selection.Reason(
                    rule: "when \(condition.path)", passed: holds,
                    explanation: "needs \(condition); request has \(seen)")
            }
            reasons[clause.id] = rules
            if rules.allSatisfy(\.passed) { eligible.append(clause) }
        }
        sortInDocumentOrder(&eligible)

        let eligibleIDs = Set(eligible.map(\.id))
        var removed = Set<String>()
        for clause in eligible where !removed.contains(clause.id) {
            for other in clause.excludes where eligibleIDs.contains(other) && !removed.contains(other) {
                removed.insert(other)
                reasons[other, default: []].append(Selection.Reason(
                    rule: "excluded-by", passed: false, explanation: "\(clause.id) applies and excludes it"))
                reasons[clause.id, default: []].append(Selection.Reason(
                    rule: "excludes", passed: true, explanation: "takes the place of \(other)"))
            }
        }
        let included = eligible.filter { !removed.contains($0.id) }
        let includedIDs = Set(included.map(\.id))

        var diagnostics: [Diagnostic] = []
        for clause in included {
            for required in clause.requires where !includedIDs.contains(required) {
                let why = reasons[required]?.filter { !$0.passed }.map(\.explanation).joined(separator: "; ") ?? "it does not apply"
                diagnostics.append(Diagnostic(
                    .error,
                    "\(clause.id) requires \(required), which is not selected for \(request.document.rawValue), \(request.framework.rawValue), \(level.rawValue) risk, \(request.jurisdiction.rawValue) (\(why))",
                    at: clause.location(of: "requires"), key: "requires",
                    hint: "make the two clauses apply under the same conditions"))
            }
        }

        let decisions = (included + catalogue.clauses.filter { !includedIDs.contains($0.id) }).map { clause in
            Selection.Decision(
                clauseID: clause.id, title: clause.title, version: clause.version, textHash: clause.textHash,
                included: includedIDs.contains(clause.id), reasons: reasons[clause.id] ?? [], purpose: clause.purpose)
        }
        return Selection(
            document: request.document, framework: request.framework, level: level,
            jurisdiction: request.jurisdiction, included: included, decisions: decisions,
            diagnostics: diagnostics)
    }

    private func basicRules(_ clause: CatalogueClause, request: Request, level: RiskLevel) -> [Selection.Reason] {
        func rule<E: RequestEnum>(_ name: String, _ allowed: Set<E>, _ actual: E) -> Selection.Reason {
            let explanation: String
            if allowed.count == E.allCases.count {
                explanation = name + ": all, request is " + actual.rawValue
            } else {
                var list = ""
                for value in E.allCases where allowed.contains(value) {
                    list += list.isEmpty ? value.rawValue : ", " + value.rawValue
                }
                explanation = name + ": needs " + list + ", request is " + actual.rawValue
            }
            return Selection.Reason(
                rule: name, passed: allowed.contains(actual), explanation: explanation,
                allowsEverything: allowed.count == E.allCases.count)
        }
        return [
            rule("document", clause.documents, request.document),
            rule("framework", clause.frameworks, request.framework),
            rule("risk-levels", clause.riskLevels, level),
            rule("jurisdictions", clause.jurisdictions, request.jurisdiction),
        ]
    }

    /// Slot order from the template, then the clause's order, then its id. Each clause's slot
    /// is found once, before sorting, rather than searched for in every comparison.
    func sortInDocumentOrder(_ clauses: inout [CatalogueClause]) {
        let keyed = clauses.map { clause in
            (slot: template.slots.firstIndex { $0.id == clause.slot } ?? Int.max, clause: clause)
        }
        clauses = keyed
            .sorted { ($0.slot, $0.clause.order, $0.clause.id) < ($1.slot, $1.clause.order, $1.clause.id) }
            .map(\.clause)
    }
}
