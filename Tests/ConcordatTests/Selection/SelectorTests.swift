import Testing
@testable import Concordat

@Suite struct SelectorTests {
    static let files: [String: String] = [
        "light.md": Fixtures.clause("disputes.light", slot: "disputes", levels: "[low]", body: "Talk it through."),
        "tiered.md": Fixtures.clause("disputes.tiered", slot: "disputes", levels: "[medium, high]", body: "Escalate in steps."),
        "mediation.md": Fixtures.clause(
            "disputes.mediation", slot: "disputes", levels: "[high]", order: 5, extra: "excludes: [disputes.tiered]",
            body: "Use a mediator."),
        "foisa.md": Fixtures.clause(
            "information.foisa", slot: "information", extra: "when:\n  parties.any.foi-regime: foisa", body: "FOISA applies."),
        "scots.md": Fixtures.clause("law.scotland", slot: "law", jurisdictions: "[scotland]", body: "Scots law applies."),
        "ew.md": Fixtures.clause("law.england-wales", slot: "law", jurisdictions: "[england, wales]", body: "English law applies."),
        "aims.md": Fixtures.clause("purpose.aims", extra: "requires: [purpose.scope]", body: "Aims."),
        "scope.md": Fixtures.clause("purpose.scope", levels: "[medium, high]", order: 20, body: "Scope."),
    ]

    func select(_ request: Request, level: RiskLevel) throws -> Selection {
        let (catalogue, _) = try Fixtures.catalogue(Self.files)
        let template = try TemplateSet.load().template(for: request.document)
        return Selector(catalogue: catalogue, template: template).select(request, level: level)
    }

    @Test func choosesByLevelAndJurisdictionInDocumentOrder() throws {
        let selection = try select(Fixtures.request(), level: .medium)
        #expect(selection.included.map(\.id) == ["purpose.aims", "purpose.scope", "disputes.tiered", "law.england-wales"])
        #expect(selection.diagnostics.isEmpty)
    }

    @Test func excludedClauseRecordsWhichClauseTookItsPlace() throws {
        let selection = try select(Fixtures.request(risk: .high), level: .high)
        #expect(selection.included.map(\.id).contains("disputes.mediation"))
        #expect(!selection.included.map(\.id).contains("disputes.tiered"))
        let tiered = try #require(selection.decisions.first { $0.clauseID == "disputes.tiered" })
        #expect(tiered.deciding.map(\.explanation) == ["disputes.mediation applies and excludes it"])
    }

    @Test func failedRulesNameTheRuleAndTheValue() throws {
        let selection = try select(Fixtures.request(), level: .medium)
        let light = try #require(selection.decisions.first { $0.clauseID == "disputes.light" })
        #expect(!light.included)
        #expect(light.deciding.map(\.explanation) == ["risk-levels: needs low, request is medium"])
        let foisa = try #require(selection.decisions.first { $0.clauseID == "information.foisa" })
        #expect(foisa.deciding.map(\.explanation) == ["needs parties.any.foi-regime is foisa; request has no party matches (foia, none)"])
    }

    @Test func scottishPublicBodyBringsFOISA() throws {
        let selection = try select(Fixtures.request(jurisdiction: .scotland), level: .medium)
        #expect(selection.included.map(\.id).contains("information.foisa"))
        #expect(selection.included.map(\.id).contains("law.scotland"))
        #expect(!selection.included.map(\.id).contains("law.england-wales"))
    }

    @Test func missingRequiredClauseIsAnErrorNamingTheReason() throws {
        let selection = try select(Fixtures.request(risk: .low), level: .low)
        let problem = try #require(selection.diagnostics.first)
        #expect(problem.severity == .error)
        #expect(problem.message.hasPrefix("purpose.aims requires purpose.scope, which is not selected"))
        #expect(problem.message.contains("risk-levels: needs medium, high, request is low"))
    }

    @Test func everyCatalogueClauseHasADecision() throws {
        let selection = try select(Fixtures.request(), level: .medium)
        #expect(selection.decisions.count == Self.files.count)
        #expect(Set(selection.decisions.map(\.clauseID)).count == Self.files.count)
    }
}

extension SelectorTests {
    @Test func partyConditionsNameTheMatchingParties() throws {
        let selection = try select(Fixtures.request(jurisdiction: .scotland), level: .medium)
        let foisa = try #require(selection.decisions.first { $0.clauseID == "information.foisa" })
        #expect(foisa.included)
        #expect(foisa.reasons.last?.explanation == "needs parties.any.foi-regime is foisa; request has Riverside City Council (foisa)")
    }
}
