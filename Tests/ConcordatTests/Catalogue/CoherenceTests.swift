import Foundation
import Testing
@testable import Concordat

/// Each document agrees with itself and with its request: the internal contradictions a
/// solicitor's review found (section 2.6) do not come back. Each test reads the document as a
/// reviewer would.
@Suite struct CoherenceTests {
    /// A small partnership built up by each test: two parties, no contacts, no contributions.
    private func request(
        _ document: DocumentKind, _ framework: Framework = .strategicAlliance, risk: RiskLevel = .medium,
        parties: [Party]? = nil
    ) -> Request {
        Request(
            document: document, framework: framework, risk: risk,
            partnership: Partnership(name: "Living with Water Partnership", purpose: "Reduce flood risk in Hull."),
            parties: parties ?? [
                Party(name: "Hull City Council", kind: .localAuthority),
                Party(name: "Hull Community Flood Group", kind: .communityGroup),
            ],
            governance: Governance(chair: "Hull City Council", quorum: 2, meetingsPerYear: 4, noticeDays: 10,
                                   decisions: .consensus, secretariat: "Hull City Council"),
            data: DataArrangements(controllerModel: .independent), exit: ExitPlan(route: .mainstream))
    }

    private func compose(_ request: Request) throws -> ComposedDocument {
        try Checklist.compose(request)
    }

    // 2.6.1: an alliance that holds money does not say it pools no money.
    @Test func anAllianceThatHoldsMoneyDoesNotSayItPoolsNone() throws {
        var funded = request(.memorandumOfUnderstanding)
        funded.parties[0].roles = [.accountableBody]
        funded.parties[0].contribution = Contribution(cash: Money(pounds: 2_500_000))
        let document = try compose(funded)
        #expect(!document.says("not decision-making or money"))
        #expect(!document.says("their authority or their money"))
        #expect(document.clauseIDs.contains("background.strategic-alliance-funded"))

        let unfunded = try compose(request(.memorandumOfUnderstanding))
        #expect(unfunded.says("not decision-making or money"), "an alliance with no money still says so")
    }

    // 2.6.2: the background claims public bodies only when there are some.
    @Test func theBackgroundSpeaksOfPublicBodiesOnlyWhenThereAreSome() throws {
        let community = try compose(request(.memorandumOfUnderstanding, .notForProfit, parties: [
            Party(name: "City of Trees", kind: .charity), Party(name: "Friends of Moss Park", kind: .communityGroup),
        ]))
        #expect(!community.says("Public bodies bring"))
        #expect(!community.says("brings together public bodies"))
        let mixed = try compose(request(.memorandumOfUnderstanding, .notForProfit))
        #expect(mixed.says("Public bodies bring their legal powers"))
    }

    // 2.6.3: no reference to an annex that is not there, and no total of £0.
    @Test func noDocumentRefersToAnAnnexItLacks() throws {
        for document in DocumentKind.allCases {
            for risk in RiskLevel.allCases {
                let composed = try compose(request(document, risk: risk))
                #expect(composed.composition.document.annexes.isEmpty)
                #expect(!composed.says("annex"), "\(document) \(risk): \(composed.text)")
                #expect(!composed.says("£0"))
            }
        }
    }

    @Test func annexesAppearWithTheirDataAndClausesNameThemByLetter() throws {
        var withData = request(.memorandumOfUnderstanding)
        withData.parties[0].contact = Person(name: "Tom Reed", email: "tom.reed@example.org")
        withData.parties[1].contribution = Contribution(inKind: "Volunteer flood wardens")
        let composed = try compose(withData)
        #expect(composed.composition.document.annexes.map(\.title) == ["Contacts", "Contributions"])
        #expect(composed.clause("roles.each-partner")?.text.contains("Name a contact officer in the contacts table in Annex A") == true)
        #expect(composed.says("in the contributions table in Annex B"))
        #expect(!composed.says("Total cash"), "no cash: no total of £0")
    }

    // 2.6.4: a board that shares the partnership's name gives no circular sentence.
    @Test func aBoardNamedAfterItsPartnershipIsNotCircular() throws {
        for risk in RiskLevel.allCases {
            let document = try compose(request(.termsOfReference, risk: risk))
            let name = "Living with Water Partnership"
            #expect(!document.says("ends when \(name) ends"))
            #expect(!document.says("1. \(name) comes to an end"))
            #expect(!document.says("oversees the work of \(name)"))
            #expect(document.says("the partnership"))
        }
        var named = request(.termsOfReference)
        named.partnership.bodyName = "Living with Water Board"
        #expect(try compose(named).says("oversees the work of Living with Water Partnership"))
    }

    // 2.6.5: an observer is named apart and never signs as a member.
    @Test func anObserverDoesNotSignAsAMember() throws {
        var withObserver = request(.termsOfReference)
        withObserver.parties.append(Party(name: "Hastings Landlords Forum", kind: .communityGroup, roles: [.observer]))
        let document = try compose(withObserver).composition.document
        var signatories: [String] = []
        for case .signatures(let list) in document.back { signatories += list.map(\.party) }
        #expect(signatories == ["Hull City Council", "Hull Community Flood Group"])
        let reading = DocumentReading(document)
        #expect(reading.parties == ["Hull City Council", "Hull Community Flood Group"])
        let text = MarkdownRenderer().render(document)
        #expect(text.contains("They are not Members and do not sign:\n\n- **Hastings Landlords Forum**"))
    }

    // 2.6.6: capacity support appears only where there are small or voluntary partners.
    @Test func capacitySupportOnlyWithSmallPartners() throws {
        let publicOnly = try compose(request(.termsOfReference, parties: [
            Party(name: "Luton Borough Council", kind: .localAuthority),
            Party(name: "Bedfordshire Police", kind: .other, publicAuthority: true),
        ]))
        #expect(publicOnly.clause("secretariat.capacity-support") == nil)
        #expect(!publicOnly.says("a volunteer's travel"))
        #expect(try compose(request(.termsOfReference)).clause("secretariat.capacity-support") != nil)
    }

    // 2.6.7: terms of reference speak of Members, not Partners or liaison officers.
    @Test func termsOfReferenceUseOnlyTheirOwnTerms() throws {
        for framework in Framework.allCases {
            for risk in RiskLevel.allCases {
                let document = try Checklist.compose(Combination(
                    document: .termsOfReference, framework: framework, level: risk, jurisdiction: .england))
                let body = document.sections.map(\.text).joined(separator: "\n")
                // Capitalised, as the defined term; the example's own reserved matter says "partner logos".
                #expect(body.range(of: #"\bPartners?\b"#, options: .regularExpression) == nil, "\(framework) \(risk)")
                #expect(!body.containsWord("liaison"), "\(framework) \(risk)")
                #expect(!body.containsWord("contact officers"), "\(framework) \(risk)")
            }
        }
    }

    // 2.6.9: terms of reference and exit strategies say what they are, and claim no court's
    // exclusive jurisdiction over a document that is not a contract.
    @Test func termsOfReferenceAndExitStrategiesSayTheyAreNotBinding() throws {
        for combination in Combination.all(documents: [.termsOfReference, .exitStrategy]) {
            let document = try Checklist.compose(combination)
            #expect(document.says("not legally binding"), "\(combination.testDescription)")
            #expect(!document.says("exclusive jurisdiction"), "\(combination.testDescription)")
            #expect(!document.says("Only the courts"), "\(combination.testDescription)")
        }
        let exit = try Checklist.compose(Combination(document: .exitStrategy, framework: .notForProfit, level: .medium, jurisdiction: .england))
        #expect(exit.says("alongside the Partners' Memorandum of Understanding"))
    }

    // 2.6.10: no tree or planting wording where the partnership has no green assets.
    @Test func noTreeWordingWithoutGreenAssets() throws {
        for document in DocumentKind.allCases {
            for risk in RiskLevel.allCases {
                var mentalHealth = request(document, .statutory, risk: risk)
                mentalHealth.exit.successor = "Hull City Council"
                mentalHealth.exit.stewardshipYears = 5
                let composed = try compose(mentalHealth)
                for word in ["tree", "trees", "planting", "Green Assets"] {
                    #expect(!composed.text.containsWord(word), "\(document) \(risk) says \(word)")
                }
            }
        }
    }

    // 2.6.15: names that take "the", numbers in words, lists that keep their capitals right.
    @Test func wordingReadsAsEnglish() throws {
        var agency = request(.termsOfReference, risk: .high)
        agency.parties.append(Party(name: "Environment Agency", kind: .centralGovernment, definiteArticle: true))
        agency.governance.chair = "Environment Agency"
        agency.governance.meetingsPerYear = 2
        agency.governance.reservedMatters = ["Changes to the pooled fund", "Changes to the services covered"]
        agency.partnership.reviewMonths = 1
        let document = try compose(agency)
        #expect(document.says("The Environment Agency chairs") || document.says("chaired by the Environment Agency"), "\(document.text)")
        #expect(!document.text.contains("\nEnvironment Agency chairs"))
        #expect(document.says("twice a year"))
        #expect(!document.says("2 times a year"))
        #expect(!document.says("1 months"))
        #expect(!document.text.contains("and Changes to"))
        #expect(document.says("changes to the pooled fund and changes to the services covered"))
    }

    // 2.6.15: raw <strong>[blank: …]</strong> in Markdown.
    @Test func markdownHoldsNoRawEmphasisTags() throws {
        let markdown = try compose(request(.memorandumOfUnderstanding, risk: .high)).markdown
        #expect(!markdown.contains("<strong>") && !markdown.contains("<em>"))
        for inlines: [Inline] in [
            [.text("chaired by"), .blank(path: "governance.chair"), .text("'s deputy")],
            [.text("(see"), .blank(path: "governance.chair"), .text(")")],
            [.text("x"), .blank(path: "a.b"), .text("y")],
        ] {
            let line = MarkdownInlineLayout.render(inlines)
            #expect(!line.contains("<strong>") && !line.contains("</strong>"), "\(line)")
            #expect(CommonMarkProbe(line).visibleText == inlines.plainText, "\(line)")
        }
    }
}
