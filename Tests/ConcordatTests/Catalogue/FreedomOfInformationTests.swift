import Testing
@testable import Concordat

extension ChecklistTests {
    /// The checklist row for public-authority parties: each document names only the
    /// freedom-of-information regimes its parties bring, and lists under each Act exactly the
    /// parties it applies to.
    @Suite("Checklist: freedom of information") struct FreedomOfInformation {
        static let foia = "Freedom of Information Act 2000"
        static let eir = "Environmental Information Regulations 2004"
        static let foisa = "Freedom of Information (Scotland) Act 2002"
        static let eisr = "Environmental Information (Scotland) Regulations 2004"

        @Test("A public-authority party: co-operation under that party's own regime",
              arguments: Combination.all(levels: [.medium]))
        func publicAuthorityParty(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            let parties = document.request.parties
            #expect(parties.contains { $0.publicAuthority }, "every example has a public authority")
            let underFOIA = parties.filter { $0.foiRegime(in: combination.jurisdiction) == .foia }.map(\.name)
            let underFOISA = parties.filter { $0.foiRegime(in: combination.jurisdiction) == .foisa }.map(\.name)
            expectListed(underFOIA, under: Self.foia, with: Self.eir, in: document)
            expectListed(underFOISA, under: Self.foisa, with: Self.eisr, in: document)
            if combination.jurisdiction == .scotland {
                #expect(underFOIA.isEmpty && !underFOISA.isEmpty)
            } else {
                #expect(underFOISA.isEmpty && !underFOIA.isEmpty)
            }
        }

        @Test("A Scottish council and a CIC: FOISA 2002 for the council, never FOIA 2000",
              arguments: Combination.all(jurisdictions: [.scotland]))
        func scottishCouncilAndCommunityInterestCompany(_ combination: Combination) throws {
            let document = try Checklist.compose(scottishCouncilAndCIC(combination))
            expectListed(["Riverside City Council"], under: Self.foisa, with: Self.eisr, in: document)
            #expect(!document.says(Self.foia))
            #expect(!document.says(Self.eir))
            #expect(document.says("Scottish Information Commissioner"))
        }

        @Test("Adding a UK government department brings FOIA 2000 for that department only",
              arguments: Combination.all(jurisdictions: [.scotland]))
        func ukGovernmentDepartmentInScotland(_ combination: Combination) throws {
            var request = scottishCouncilAndCIC(combination)
            request.parties.append(Checklist.party("Department for Work and Pensions", .centralGovernment))
            let document = try Checklist.compose(request)
            expectListed(["Department for Work and Pensions"], under: Self.foia, with: Self.eir, in: document)
            expectListed(["Riverside City Council"], under: Self.foisa, with: Self.eisr, in: document)
        }

        @Test("No public-authority party: neither Act is named",
              arguments: Combination.all(levels: [.medium]))
        func noPublicAuthority(_ combination: Combination) throws {
            var request = Checklist.request(combination.document, combination.framework, combination.jurisdiction, risk: .medium)
            request.parties = [
                Checklist.party("Riverside Trees CIC", .communityInterestCompany, roles: [.leadPartner, .host]),
                Checklist.party("Friends of Riverside Parks", .charity, registration: "1187654"),
                Checklist.party("Northbank Engineering Ltd", .company),
            ]
            request.governance.chair = "Riverside Trees CIC"
            let document = try Checklist.compose(request)
            for act in [Self.foia, Self.eir, Self.foisa, Self.eisr] {
                #expect(!document.says(act), "no party brings the \(act)")
            }
        }

        @Test("An explicit regime overrides the default from kind and jurisdiction", arguments: DocumentKind.allCases)
        func regimeOverride(_ kind: DocumentKind) throws {
            var request = Checklist.request(kind, .strategicAlliance, .scotland, risk: .medium)
            let university = try #require(request.parties.firstIndex { $0.kind == .university })
            request.parties[university].foiRegimeOverride = .foia
            let document = try Checklist.compose(request)
            expectListed([request.parties[university].name], under: Self.foia, with: Self.eir, in: document)
            expectListed(["Riverside City Council"], under: Self.foisa, with: Self.eisr, in: document)
        }

        /// A Scottish combination whose only parties are the council and a community interest
        /// company.
        private func scottishCouncilAndCIC(_ combination: Combination) -> Request {
            var request = Checklist.request(combination.document, combination.framework, .scotland, risk: combination.level)
            request.parties = [
                Checklist.party("Riverside City Council", .localAuthority, roles: [.leadPartner, .accountableBody]),
                Checklist.party("Riverside Trees CIC", .communityInterestCompany, registration: "SC345612"),
            ]
            request.governance.viceChair = "Riverside Trees CIC"
            request.governance.quorum = 2
            return request
        }

        /// Checks that the clause on an Act lists exactly the parties given (or, when none are
        /// given, that the document never names the Act), and that it names its environmental
        /// information regulations too.
        private func expectListed(
            _ names: [String], under act: String, with regulations: String, in document: ComposedDocument,
            sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) {
            let clauses = document.clauses.filter { $0.body.contains(act) }
            guard !names.isEmpty else {
                #expect(clauses.isEmpty, "\(act) is named though no party is under it", sourceLocation: sourceLocation)
                return
            }
            #expect(clauses.count == 1, "exactly one clause should set out the \(act)", sourceLocation: sourceLocation)
            guard let clause = clauses.first else { return }
            let opening = String(clause.body.prefix { $0 != "\n" })
            #expect(opening.contains(regulations), sourceLocation: sourceLocation)
            for party in document.request.parties {
                #expect(opening.contains(party.name) == names.contains(party.name),
                        "\(party.name) \(names.contains(party.name) ? "is missing from" : "is wrongly listed under") the \(act)",
                        sourceLocation: sourceLocation)
            }
        }
    }
}
