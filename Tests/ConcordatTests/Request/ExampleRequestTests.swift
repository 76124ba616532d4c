import Testing
@testable import Concordat

/// The `concordat init` example: complete, commented, realistic, and valid for every document,
/// framework and jurisdiction.
@Suite struct ExampleRequestTests {
    static let combinations: [(DocumentKind, Framework, Jurisdiction)] =
        DocumentKind.allCases.flatMap { document in
            Framework.allCases.flatMap { framework in
                Jurisdiction.allCases.map { (document, framework, $0) }
            }
        }

    @Test func everyCombinationDecodesWithoutFindings() throws {
        #expect(Self.combinations.count == 36)
        for (document, framework, jurisdiction) in Self.combinations {
            let yaml = ExampleRequest.yaml(document: document, framework: framework, jurisdiction: jurisdiction)
            let label = "\(document.rawValue) \(framework.rawValue) \(jurisdiction.rawValue)"
            do {
                let (request, warnings) = try RequestDecoder().decodeWithDiagnostics(Array(yaml.utf8), source: "example.yaml")
                #expect(warnings.isEmpty, "\(label): \(warnings.printed)")
                #expect(request.document == document, "\(label)")
                #expect(request.framework == framework, "\(label)")
                #expect(request.jurisdiction == jurisdiction, "\(label)")
                #expect(request.date == CalendarDate(year: 2026, month: 3, day: 1))
                #expect(request.draft == "Draft 2 for partner review")
                #expect(request.riskFactors != nil)
                #expect(request.exit.route == .handover && request.exit.successor != nil && request.exit.stewardshipYears != nil)
                #expect(request.parties.allSatisfy { $0.signatory?.name != nil && $0.contact?.email != nil && $0.contribution != nil }, "\(label)")
                var forRequest = ExampleRequest.request(document: document, framework: framework, jurisdiction: jurisdiction)
                forRequest.source = request.source
                #expect(forRequest == request)
            } catch {
                Issue.record("\(label): \(error)")
            }
        }
    }

    @Test func theDefaultJurisdictionIsEngland() {
        #expect(ExampleRequest.yaml(document: .exitStrategy, framework: .statutory)
            == ExampleRequest.yaml(document: .exitStrategy, framework: .statutory, jurisdiction: .england))
        #expect(ExampleRequest.yaml(document: .exitStrategy, framework: .statutory).contains("jurisdiction: england "))
    }

    @Test(arguments: [
        (Jurisdiction.england, StatutoryType.section75, "section 75 of the National Health Service Act 2006"),
        (.wales, .section33, "section 33 of the National Health Service (Wales) Act 2006"),
        (.scotland, .communityPlanning, "Part 2 of the Community Empowerment (Scotland) Act 2015"),
        (.northernIreland, .communityPlanning, "Part 10 of the Local Government Act (Northern Ireland) 2014"),
    ])
    func statutoryExamplesCiteTheStatuteOfTheirJurisdiction(
        jurisdiction: Jurisdiction, type: StatutoryType, basis: String
    ) {
        let request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .statutory, jurisdiction: jurisdiction)
        // The Scottish and Northern Ireland examples are a project that community planning
        // partners run, not the partnership itself (a body in law): 'other', citing the statute.
        for document in DocumentKind.allCases {
            let example = ExampleRequest.request(document: document, framework: .statutory, jurisdiction: jurisdiction)
            #expect(example.partnership.statutoryType == (type.isBodyInLaw ? .other : type))
        }
        #expect(request.partnership.statutoryBasis == basis)
        #expect(request.parties.contains { $0.kind == .nhsBody })
        let pooled = type == .section75 || type == .section33
        #expect(request.parties.contains { $0.has(.host) } == pooled)
        #expect((request.governance.poolManager != nil) == pooled)
        #expect(request.riskFactors?.pooledBudget == pooled)
        if jurisdiction == .england {
            #expect(request.parties.map(\.name).contains("NHS Riverside Integrated Care Board"))
        }
    }

    @Test func nonStatutoryExamplesLeaveTheStatutoryKeysAsComments() {
        for framework in [Framework.notForProfit, .strategicAlliance] {
            let yaml = ExampleRequest.yaml(document: .termsOfReference, framework: framework)
            let request = ExampleRequest.request(document: .termsOfReference, framework: framework)
            #expect(request.partnership.statutoryType == nil)
            #expect(request.partnership.statutoryBasis == nil)
            #expect(request.governance.poolManager == nil)
            #expect(yaml.contains("  # statutory-type: "))
            #expect(yaml.contains("  # pool-manager: "))
        }
    }

    @Test func partyKindsSuitTheFramework() {
        for jurisdiction in Jurisdiction.allCases {
            let notForProfit = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .notForProfit, jurisdiction: jurisdiction)
            let kinds = Set(notForProfit.parties.map(\.kind))
            #expect(kinds.isSuperset(of: [.charity, .communityInterestCompany, .localAuthority]))
            #expect(notForProfit.parties.filter { $0.kind != .localAuthority }.allSatisfy { $0.registration != nil })

            let alliance = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance, jurisdiction: jurisdiction)
            #expect(Set(alliance.parties.map(\.kind)).isSuperset(of: [.university, .company]))
        }
        let scottish = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .notForProfit, jurisdiction: .scotland)
        #expect(scottish.parties.first { $0.kind == .charity }?.registration?.hasPrefix("SC") == true)
        #expect(scottish.parties[0].foiRegime(in: .scotland) == .foisa)
    }

    @Test func everyKeyOfTheFormatAppearsWithAComment() {
        let yaml = ExampleRequest.yaml(document: .memorandumOfUnderstanding, framework: .statutory)
        let allKeys = RequestKeys.root + RequestKeys.partnership + RequestKeys.party + RequestKeys.person
            + RequestKeys.contribution + RequestKeys.governance + RequestKeys.data + RequestKeys.riskFactors
            + RequestKeys.exit
        for key in Set(allKeys) {
            #expect(yaml.contains(" \(key):") || yaml.hasPrefix("\(key):") || yaml.contains("\n\(key):"), "\(key)")
            #expect(RequestKeys.root.contains(key) || yaml.contains("  \(key):") || yaml.contains("# \(key):"), "\(key)")
        }
        // Each closed vocabulary is listed in full next to its key.
        for words in [DocumentKind.words, Framework.words, RiskLevel.words, Jurisdiction.words, PartyKind.words,
                      PartyRole.words, FOIRegime.words, StatutoryType.words, DecisionRule.words,
                      ControllerModel.words, PersonalDataLevel.words, ExitRoute.words] {
            // Wrapped comments continue on lines that start with "#  ".
            let flattened = yaml.split(whereSeparator: \.isWhitespace).filter { $0 != "#" }.joined(separator: " ")
            let listed = words.joined(separator: " | ")
            #expect(flattened.contains(listed), "\(listed)")
        }
        for framework in Framework.allCases {
            let text = ExampleRequest.yaml(document: .exitStrategy, framework: framework, jurisdiction: .northernIreland)
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 112 || !$0.contains("#") })
        }
    }

    @Test func riskFactorsAgreeWithTheStatedLevel() {
        // The stated level follows the design's default scoring, so `assess` agrees with it.
        func score(_ request: Request) -> Int {
            guard let factors = request.riskFactors else { return 0 }
            let funding = factors.totalFunding.map { $0 < Money(pounds: 10_000) ? 0 : $0 < Money(pounds: 100_000) ? 1 : $0 < Money(pounds: 500_000) ? 2 : 3 } ?? 0
            let duration = factors.durationMonths.map { $0 < 36 ? 0 : $0 < 60 ? 1 : 2 } ?? 0
            let parties = request.parties.count <= 3 ? 0 : request.parties.count <= 6 ? 1 : 2
            return funding + duration + parties + (factors.accountableBody == true ? 2 : 0)
                + (factors.personalData == .personal ? 2 : 0) + (factors.incomeGeneration == true ? 1 : 0)
                + (factors.statutoryFunctions == true ? 2 : 0) + (factors.vulnerablePeople == true ? 2 : 0)
        }
        for framework in Framework.allCases {
            let request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: framework)
            let points = score(request)
            let level: RiskLevel = request.riskFactors?.pooledBudget == true ? .high : points <= 2 ? .low : points <= 5 ? .medium : .high
            #expect(request.risk == level, "\(framework): \(points) points")
        }
    }
}
