import Testing
@testable import Concordat

extension ChecklistTests {
    /// The checklist rows for the statutory and not-for-profit frameworks.
    @Suite("Checklist: frameworks") struct Frameworks {
        @Test("Statutory: cites the request's statutory basis and keeps statutory decisions with each body",
              arguments: Combination.all(frameworks: [.statutory]))
        func statutory(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            let basis = try #require(document.request.partnership.statutoryBasis)
            let statutory = try #require(document.section("statutory"), "no statutory basis section")
            #expect(statutory.body.contains("works under \(basis)"))

            let sovereign = try #require(document.clause("statutory.sovereign-decisions"))
            #expect(sovereign.title == "Decisions stay with each statutory body")
            #expect(sovereign.body.contains("must be taken by that Partner"))

            if combination.document == .termsOfReference {
                let membership = try #require(document.section("membership"))
                #expect(membership.body.contains("cannot remove a statutory member"))
                #expect(try #require(document.section("name")).body.contains("cannot add to, change or take away any statutory function"))
            }
        }

        @Test("Statutory: the basis is the request's own words, not the catalogue's", arguments: DocumentKind.allCases)
        func statutoryBasisFromRequest(_ kind: DocumentKind) throws {
            var request = Checklist.request(kind, .statutory, .england, risk: .medium)
            request.partnership.statutoryType = .other
            request.partnership.statutoryBasis = "section 1 of the Localism Act 2011"
            let document = try Checklist.compose(request)
            #expect(document.says("section 1 of the Localism Act 2011"))
            #expect(!document.says("section 75"), "a partnership of another type gets no section 75 terms")
        }

        @Test("Section 75 (England) and section 33 (Wales): host, pool manager and every term the written agreement needs",
              arguments: Combination.all(frameworks: [.statutory], jurisdictions: [.england, .wales]))
        func pooledFund(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            let request = document.request
            let section = combination.jurisdiction == .england ? "75" : "33"
            let other = combination.jurisdiction == .england ? "33" : "75"
            #expect(request.partnership.statutoryType?.rawValue == "section-\(section)")
            #expect(document.says("section \(section) of the National Health Service"))
            #expect(!document.says("section \(other) of the National Health Service"))

            let host = try #require(request.parties.first { $0.has(.host) })
            let poolManager = try #require(request.governance.poolManager)
            let hostClause = try #require(document.clause("statutory.pooled-fund-host"))
            #expect(hostClause.body.contains("The Host of the pooled arrangement is \(host.name)."))
            #expect(hostClause.body.contains("The Pool Manager is \(poolManager)."))

            let pooled = document.clauses
                .filter { $0.id.contains("pooled-fund") || $0.id.contains("section-\(section)") }
                .map(\.body).joined(separator: "\n").lowercased()
            let terms: [(String, [String])] = [
                ("aims and outcomes", ["aims", "outcomes"]),
                ("contributions and how they vary", ["contribution", "change"]),
                ("functions", ["functions"]),
                ("persons and services", ["people", "services"]),
                ("staff and resources", ["staff", "resources"]),
                ("duration", [combination.document == .memorandumOfUnderstanding ? "lasts" : "duration"]),
                ("review", ["review"]),
                ("variation", [combination.document == .memorandumOfUnderstanding ? "change to the functions" : "variation"]),
                ("termination", [combination.document == .memorandumOfUnderstanding ? "end its part" : "termination"]),
                ("monitoring", ["monitor"]),
                ("reporting", ["report"]),
            ]
            for (topic, words) in terms {
                #expect(words.allSatisfy { pooled.contains($0) }, "the pooled arrangement's terms do not cover \(topic)")
            }
        }

        @Test("A pooled fund with no host named says one must be agreed before it starts", arguments: DocumentKind.allCases)
        func pooledFundWithoutHost(_ kind: DocumentKind) throws {
            var request = Checklist.request(kind, .statutory, .england, risk: .high)
            for index in request.parties.indices { request.parties[index].roles.removeAll { $0 == .host } }
            let document = try Checklist.compose(request)
            #expect(document.clause("statutory.pooled-fund-host") == nil)
            let clause = try #require(document.clause("statutory.pooled-fund-host-to-be-named"))
            #expect(clause.body.contains("must agree which of them will host"))
        }

        @Test("A section 75 arrangement outside England is refused",
              arguments: [Jurisdiction.wales, .scotland, .northernIreland])
        func sectionSeventyFiveOutsideEngland(_ jurisdiction: Jurisdiction) throws {
            var request = Checklist.request(.memorandumOfUnderstanding, .statutory, jurisdiction, risk: .medium)
            request.partnership.statutoryType = .section75
            request.partnership.statutoryBasis = "section 75 of the National Health Service Act 2006"
            do {
                _ = try Checklist.compose(request)
                Issue.record("section 75 in \(jurisdiction) must be refused")
            } catch let error as ConcordatError {
                #expect(error.kind == .invalidData)
                #expect(error.diagnostics.map(\.key) == ["partnership.statutory-type"])
                #expect(error.diagnostics.first?.message.contains("exists only in england") == true)
            }
        }

        @Test("Not-for-profit: each charity's and CIC's independence and objects, and their assets on exit",
              arguments: Combination.all(frameworks: [.notForProfit]))
        func notForProfit(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            let kinds = Set(document.request.parties.map(\.kind))
            #expect(kinds.isSuperset(of: [.charity, .communityInterestCompany]), "the example needs both to test this row")
            let regulator = ChecklistTests.Jurisdictions.expected(combination.jurisdiction).regulator

            switch combination.document {
            case .memorandumOfUnderstanding:
                let charity = try #require(document.clause("independence.charity"))
                #expect(charity.body.contains("only within its charitable objects"))
                #expect(charity.body.contains(regulator))
                let company = try #require(document.clause("independence.community-interest-company"))
                #expect(company.body.contains("asset lock"))
                #expect(try #require(document.clause("independence.voluntary-sector")).body.contains("sets its own priorities"))
                let ending = try #require(document.section("ending")).body
                #expect(ending.contains("charitable objects and governing document allow"))
                #expect(ending.contains("remain subject to its asset lock"))
            case .termsOfReference:
                let members = try #require(document.clause("membership.independent-organisations")).body
                #expect(members.contains("only as far as its own objects allow"))
                #expect(members.contains(regulator))
                #expect(members.contains("only where its objects or asset lock allow"))
                #expect(try #require(document.clause("conduct.dual-roles")).body.contains("within its objects"))
            case .exitStrategy:
                let assets = try #require(document.section("assets")).body
                #expect(assets.contains("only within its objects and charity law"))
                #expect(assets.contains(regulator))
                #expect(assets.contains("subject to its asset lock"))
            }
        }

        private func jurisdictionName(_ jurisdiction: Jurisdiction) -> String {
            switch jurisdiction {
            case .england: "England"
            case .wales: "Wales"
            case .scotland: "Scotland"
            case .northernIreland: "Northern Ireland"
            }
        }
    }
}
