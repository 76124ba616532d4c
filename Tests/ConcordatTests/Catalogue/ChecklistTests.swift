import Testing
@testable import Concordat

/// The "What each document must say" checklist in the domain notes, asserted on documents
/// composed from the built-in catalogue. This suite holds the rows for each kind of document;
/// the nested suites hold the rows for frameworks, risk levels, freedom of information and
/// jurisdictions.
@Suite("Checklist") struct ChecklistTests {
    @Test("Any MoU: not legally binding, its binding clauses listed by number, no partnership in law, no statutory duty overridden",
          arguments: Combination.all(documents: [.memorandumOfUnderstanding]))
    func anyMemorandum(_ combination: Combination) throws {
        let document = try Checklist.compose(combination)
        let status = try #require(document.section("status"), "the memorandum has no status section")
        let notBinding = try #require(
            document.clauses.first { $0.body.contains("not legally binding") },
            "nothing says the memorandum is not legally binding")

        let listed = notBinding.body.clauseNumbers
        #expect(!listed.isEmpty)
        #expect(listed == document.bindingClauseNumbers, "the status clause must list exactly the binding clauses")

        // The carve-outs a reader expects to be binding, whatever else is.
        let binding = document.bindingIDs
        #expect(binding.contains("contributions.costs"))
        #expect(binding.contains { $0.hasPrefix("information.confidentiality") })
        #expect(binding.contains { $0.hasPrefix("information.data-") })
        #expect(binding.contains { $0.hasPrefix("law.") })
        for clause in document.clauses where clause.id.hasPrefix("information.freedom-of-information") {
            #expect(binding.contains(clause.id), "freedom of information co-operation must be binding")
        }

        #expect(status.text.contains("Partnership Act 1890"))
        #expect(status.text.containsWord("joint venture"))
        #expect(status.text.containsWord("agency") || status.text.containsWord("agent"))
        #expect(status.text.contains("overrides"))
        #expect(status.text.contains("statutory duties or powers"))
    }

    @Test("Any ToR: body, purpose, membership, chair, quorum, meetings and notice, decisions, conflicts, review",
          arguments: Combination.all(documents: [.termsOfReference]))
    func anyTermsOfReference(_ combination: Combination) throws {
        var request = Checklist.request(.termsOfReference, combination.framework, combination.jurisdiction, risk: combination.level)
        request.partnership.bodyName = "Riverside Canopy Forum"
        request.partnership.reviewMonths = 18
        request.governance.chair = "Councillor Jo Hart"
        request.governance.quorum = request.parties.count
        request.governance.meetingsPerYear = 5
        request.governance.noticeDays = 8
        let rule: DecisionRule = combination.level == .medium ? .majority : .consensus
        request.governance.decisions = rule
        let document = try Checklist.compose(request)

        let name = try #require(document.section("name"))
        #expect(name.text.contains("Riverside Canopy Forum"))
        #expect(document.composition.document.metadata.subject == "Riverside Canopy Forum")
        #expect(try #require(document.section("purpose")).text.contains(request.partnership.purpose))

        let membership = try #require(document.section("membership"))
        #expect(membership.body.containsWord("representative"))
        for party in request.parties { #expect(document.text.contains(party.name)) }

        #expect(try #require(document.section("chair")).body.contains("Councillor Jo Hart"))

        let quorum = try #require(document.clauses.first { $0.title.contains("Quorum") })
        if quorum.body.contains("every statutory member") {
            #expect(combination.jurisdiction == .wales, "only a Welsh public services board needs all statutory members")
        } else {
            // Small numbers read as words: "at least three of the Members".
            let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
            #expect(quorum.body.containsWord(words[request.parties.count]))
        }
        let meetings = try #require(document.section("meetings"))
        #expect(meetings.body.contains("five times a year"))
        #expect(meetings.body.contains("at least eight days"))

        let decisions = try #require(document.section("decisions"))
        #expect(decisions.body.containsWord(rule.rawValue))

        let conduct = try #require(document.section("conduct"))
        #expect(conduct.title.contains("Conflicts of interest"))
        #expect(conduct.body.contains("declare"))
        #expect(conduct.body.containsWord("interest"))

        let review = try #require(document.section("review"))
        #expect(review.body.contains("every 18 months"))
    }

    @Test("Any exit strategy: triggers, notice, route, successor, money, assets, data and records, beneficiaries and communications, sign-off",
          arguments: Combination.all(documents: [.exitStrategy]))
    func anyExitStrategy(_ combination: Combination) throws {
        var request = Checklist.request(.exitStrategy, combination.framework, combination.jurisdiction, risk: combination.level)
        request.exit = ExitPlan(route: .handover, successor: "Riverside Woodland Trust", stewardshipYears: 15)
        let document = try Checklist.compose(request)

        let triggers = try #require(document.section("triggers")).body
        for trigger in ["term", "objectives", "Funding", "fails", "priorities"] {
            #expect(triggers.contains(trigger), "the triggers do not mention \(trigger)")
        }
        let notice = try #require(document.section("notice")).body
        // The shared notice period for the level (Templates/wording.yaml), the same as the memorandum's.
        #expect(["one month", "three months", "six months"].contains { notice.contains($0) })
        #expect(notice.contains("reasons"))

        let route = try #require(document.section("route")).body
        #expect(route.contains("handover"))
        #expect(route.contains("Riverside Woodland Trust"))

        let money = try #require(document.section("money")).body
        #expect(money.localizedCaseInsensitiveContains("unspent money"))
        #expect(try #require(document.section("assets")).body.localizedCaseInsensitiveContains("assets"))
        let information = try #require(document.section("information")).body
        #expect(information.localizedCaseInsensitiveContains("personal data"))
        #expect(information.contains("records"))

        let beneficiaries = try #require(document.section("beneficiaries"))
        #expect(beneficiaries.title == "Beneficiaries and communications")
        #expect(beneficiaries.body.contains("exit"))

        #expect(try #require(document.section("stewardship")).body.contains("15 years"))
        let signOff = try #require(document.section("evaluation"))
        #expect(signOff.title.contains("sign-off"))
        #expect(signOff.body.contains("confirm"))
        #expect(signOff.body.contains("in writing"))
    }

    @Test("Every exit route is named, with the successor where there is one", arguments: ExitRoute.allCases)
    func exitRouteAndSuccessor(_ route: ExitRoute) throws {
        var request = Checklist.request(.exitStrategy, .notForProfit, risk: .medium)
        request.exit = ExitPlan(route: route, successor: "Riverside Woodland Trust")
        let named = try #require(document(request).section("route")).body
        let words: [ExitRoute: String] = [
            .handover: "handover", .mainstream: "mainstreaming", .successorFunding: "successor funding",
            .windDown: "wind-down", .plannedEnd: "planned end",
        ]
        #expect(named.contains("The Exit Route is"))
        #expect(named.contains(try #require(words[route])))
        #expect(named.contains("Riverside Woodland Trust"))

        request.exit.successor = nil
        let unnamed = try #require(document(request).section("route")).body
        #expect(!unnamed.contains("Riverside Woodland Trust"))
        #expect(!unnamed.contains("Successor Body"))
    }

    private func document(_ request: Request) throws -> ComposedDocument { try Checklist.compose(request) }
}
