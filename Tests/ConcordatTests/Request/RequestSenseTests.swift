import Testing
@testable import Concordat

/// Requests that are well formed but do not make sense as a whole: each check fires on the
/// request that breaks it, names the key and its place, and stays quiet on a sound request.
@Suite struct RequestSenseTests {
    typealias Support = RequestTestSupport

    /// The findings of a request that decodes, warnings included.
    private func warnings(_ text: String) throws -> [Diagnostic] {
        try RequestDecoder().decodeWithDiagnostics(Array(text.utf8), source: "request.yaml").warnings
    }

    private static let withObserver = Support.minimal(appending: """
        governance:
          quorum: 2

        """).replacingOccurrences(of: "    kind: community-interest-company", with: """
            kind: community-interest-company
          - name: Riverside Landlords Forum
            kind: community-group
            role: observer
        """)

    @Test func aQuorumAboveTheVotingSeatsIsAnError() throws {
        let request = Self.withObserver.replacingOccurrences(of: "quorum: 2", with: "quorum: 3")
        let finding = try #require(Support.failure(request).about("governance.quorum"))
        #expect(finding.severity == .error)
        #expect(finding.message == "a quorum of 3 can never be met: there are 2 parties that are not observers")
        #expect(finding.location == SourceLocation(file: "request.yaml", line: 16, column: 3))
        #expect(finding.hint?.contains("at most 2") == true)
    }

    @Test func statedSeatsDecideTheQuorumLimit() throws {
        let request = Self.withObserver.replacingOccurrences(of: "quorum: 2", with: "quorum: 4\n  seats: 5")
        #expect(try warnings(request).about("governance.quorum") == nil)
        let tooFew = Self.withObserver.replacingOccurrences(of: "quorum: 2", with: "quorum: 4\n  seats: 3")
        #expect(Support.failure(tooFew).about("governance.quorum")?.message == "a quorum of 4 can never be met: governance.seats gives 3")
    }

    @Test func aQuorumWithinTheSeatsPasses() throws {
        #expect(try warnings(Self.withObserver).about("governance.quorum") == nil)
    }

    @Test func anOrganisationThatIsNotAPartyIsAWarningListingTheParties() throws {
        for key in ["chair", "vice-chair", "secretariat"] {
            let request = Support.minimal(appending: "governance:\n  \(key): East Riding of Yorkshire Council\n")
            let finding = try #require(try warnings(request).about("governance.\(key)"), "\(key)")
            #expect(finding.severity == .warning)
            #expect(finding.message == "'East Riding of Yorkshire Council' reads as an organisation but is not one of the parties")
            #expect(finding.location?.line == 13)
            #expect(finding.hint?.contains("'Riverside City Council', 'Riverside Trees CIC'") == true)
        }
    }

    @Test func aPartyNameAPersonOrAPostIsNotWarnedAbout() throws {
        for value in ["Riverside City Council", "the riverside city council", "Asha Patel", "Councillor Jane Smith"] {
            let request = Support.minimal(appending: "governance:\n  chair: \(value)\n")
            #expect(try warnings(request).about("governance.chair") == nil, "\(value)")
        }
    }

    @Test func aStatedRiskBelowTheFloorIsAWarning() throws {
        let (composer, _) = try Composer.load()
        var request = try Support.decode(Support.minimal(appending: "risk-factors:\n  personal-data: special-category\n"))
        request.risk = .medium
        let finding = try #require(try composer.compose(request).diagnostics.first { $0.key == "risk" })
        #expect(finding.severity == .warning)
        #expect(finding.message == "the stated risk level medium is below the floor high that personal-data sets")
    }

    @Test func aStatedRiskAtOrAboveTheFloorIsOnlyANote() throws {
        let (composer, _) = try Composer.load()
        // Five parties score medium, but nothing sets a floor: choosing low is the drafter's call.
        var request = try Support.decode(Support.minimal(appending: "risk-factors:\n  total-funding: 600000\n  income-generation: true\n"))
        request.risk = .low
        let findings = try composer.compose(request).diagnostics.filter { $0.key == "risk" }
        #expect(findings.map(\.severity) == [.note])
    }

    @Test func moneyWithNobodyToHoldItIsAWarning() throws {
        let cash = Support.minimal.replacingOccurrences(
            of: "    kind: local-authority", with: "    kind: local-authority\n    contribution: { cash: 100000 }")
        let finding = try #require(try warnings(cash).about("parties[0].contribution.cash"))
        #expect(finding.severity == .warning)
        #expect(finding.hint?.contains("role: accountable-body") == true)

        let pooled = Support.minimal(appending: "risk-factors:\n  pooled-budget: true\n")
        #expect(try warnings(pooled).about("risk-factors.pooled-budget") != nil)

        let held = cash.replacingOccurrences(of: "    kind: local-authority", with: "    kind: local-authority\n    role: accountable-body")
        #expect(try warnings(held).filter { $0.key?.hasPrefix("parties[0].contribution") == true || $0.key?.hasPrefix("risk-factors") == true }.isEmpty)
    }

    @Test func everyInitExampleMakesSense() throws {
        for document in DocumentKind.allCases {
            for framework in Framework.allCases {
                for jurisdiction in Jurisdiction.allCases {
                    let text = ExampleRequest.yaml(document: document, framework: framework, jurisdiction: jurisdiction)
                    let findings = try warnings(text)
                    #expect(findings.isEmpty, "\(document)/\(framework)/\(jurisdiction): \(findings.printed)")
                }
            }
        }
    }
}
