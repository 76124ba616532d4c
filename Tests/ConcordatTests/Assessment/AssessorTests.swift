import Testing
@testable import Concordat

@Suite struct AssessorTests {
    static func assess(_ factors: RiskFactors, parties: Int = 2, stated: RiskLevel? = nil) throws -> Assessment {
        let templates = try TemplateSet.load()
        let scoring = try RiskScoring.parse(try #require(templates.text("risk-scoring.yaml")), file: "risk-scoring.yaml")
        var request = Fixtures.request(risk: stated)
        request.parties = (0..<parties).map { Party(name: "Party \($0)", kind: .communityGroup) }
        request.partnership.endDate = nil
        request.riskFactors = factors
        return Assessor(scoring: scoring).assess(request)
    }

    @Test(arguments: [
        (9_999, 0), (10_000, 1), (99_999, 1), (100_000, 2), (499_999, 2), (500_000, 3),
    ])
    func fundingSteps(pounds: Int64, points: Int) throws {
        let a = try Self.assess(RiskFactors(totalFunding: Money(pounds: pounds)))
        #expect(a.factors?.first { $0.name == "total-funding" }?.points == points)
    }

    @Test func bandBoundaries() throws {
        // 2 points: accountable body → low; 3 → medium; 5 → medium; 6 → high.
        #expect(try Self.assess(RiskFactors(accountableBody: true)).assessed == .low)
        #expect(try Self.assess(RiskFactors(accountableBody: true, incomeGeneration: true)).assessed == .medium)
        #expect(try Self.assess(RiskFactors(accountableBody: true, personalData: .personal, incomeGeneration: true)).assessed == .medium)
        let six = try Self.assess(RiskFactors(totalFunding: Money(pounds: 100_000), accountableBody: true, personalData: .personal))
        #expect(six.score == 6)
        #expect(six.assessed == .high)
    }

    @Test func singleSevereTriggersSetFloors() throws {
        #expect(try Self.assess(RiskFactors(pooledBudget: true)).assessed == .high)
        #expect(try Self.assess(RiskFactors(personalData: .specialCategory)).assessed == .high)
        #expect(try Self.assess(RiskFactors(assetsOrStaffTransfer: true)).assessed == .high)
        let statutory = try Self.assess(RiskFactors(statutoryFunctions: true))
        #expect(statutory.score == 2)
        #expect(statutory.band == .low)
        #expect(statutory.assessed == .medium)
        #expect(try Self.assess(RiskFactors(vulnerablePeople: true)).assessed == .medium)
    }

    @Test func durationAndPartyCountSteps() throws {
        #expect(try Self.assess(RiskFactors(durationMonths: 35)).score == 0)
        #expect(try Self.assess(RiskFactors(durationMonths: 36)).score == 1)
        #expect(try Self.assess(RiskFactors(durationMonths: 60)).score == 2)
        #expect(try Self.assess(RiskFactors(), parties: 3).score == 0)
        #expect(try Self.assess(RiskFactors(), parties: 4).score == 1)
        #expect(try Self.assess(RiskFactors(), parties: 7).score == 2)
    }

    @Test func statedLevelOverridesAndSaysSo() throws {
        let a = try Self.assess(RiskFactors(pooledBudget: true), stated: .medium)
        #expect(a.assessed == .high)
        #expect(a.level == .medium)
        #expect(a.isOverridden)
    }

    @Test func durationDefaultsFromTheDates() throws {
        let templates = try TemplateSet.load()
        let scoring = try RiskScoring.parse(try #require(templates.text("risk-scoring.yaml")), file: "risk-scoring.yaml")
        var request = Fixtures.request()
        request.riskFactors = RiskFactors()
        let duration = Assessor(scoring: scoring).assess(request).factors?.first { $0.name == "duration-months" }
        #expect(duration?.value == "36 months")
        #expect(duration?.points == 1)
        #expect(duration?.source == "from start-date and end-date")
    }
}
