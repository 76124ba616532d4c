import Testing
@testable import Concordat

/// Requests that parse but break the format's rules: each finding names its key, its line and
/// column, and says what was expected.
@Suite struct RequestValidationTests {
    typealias Support = RequestTestSupport

    @Test func anUnknownValueListsTheAllowedOnes() throws {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 11, with: "    kind: charity-ish"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].description == """
            request.yaml:11:11: error: parties[1].kind: unknown value 'charity-ish' (expected one of local-authority, \
            nhs-body, central-government, devolved-government, charity, community-interest-company, company, university, community-group, other)
              hint: did you mean 'charity'?
            """)
    }

    @Test func anUnknownKeySuggestsTheNearestKnownOne() throws {
        let typo = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: Trees.\n  strat-date: 2026-04-01"))
        #expect(typo.count == 1)
        #expect(typo[0].description == "request.yaml:7:3: error: partnership: unknown key 'strat-date'\n  hint: did you mean 'start-date'?")

        let camel = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: Trees.\n  startDate: 2026-04-01"))
        #expect(camel.first?.hint == "keys are kebab-case: did you mean 'start-date'?")

        let misplaced = Support.failure(Support.minimal(appending: "quorum: 3\n"))
        #expect(misplaced.first?.message == "unknown key 'quorum'")
        #expect(misplaced.first?.location == SourceLocation(file: "request.yaml", line: 12, column: 1))
        #expect(misplaced.first?.hint == "'quorum' belongs under governance")

        let unrelated = Support.failure(Support.minimal(appending: "colour: green\n"))
        #expect(unrelated.first?.message == "unknown key 'colour'")
        #expect(unrelated.first?.hint == nil)
    }

    @Test func missingRequiredKeysNameTheirParent() throws {
        let noDocument = Support.failure(Support.minimal(replacingLine: 1, with: "# no document"))
        #expect(noDocument.map(\.description) == [
            "request.yaml:2:1: error: document: required key is missing\n  hint: add 'document: memorandum-of-understanding' (or terms-of-reference, exit-strategy), or pass --document",
        ])

        let noPurpose = Support.failure(Support.minimal(replacingLine: 6, with: ""))
        #expect(noPurpose.map(\.description) == ["request.yaml:4:1: error: partnership.purpose: required key is missing\n  hint: say in a sentence or two what the partnership is for"])

        let noKind = Support.failure(Support.minimal(replacingLine: 11, with: "    legal-form: community interest company"))
        #expect(noKind.first?.key == "parties[1].kind")
        #expect(noKind.first?.location == SourceLocation(file: "request.yaml", line: 10, column: 5))

        let noName = Support.failure(Support.minimal(replacingLine: 5, with: "  name: \"  \""))
        #expect(noName.first?.description == "request.yaml:5:9: error: partnership.name: must not be empty")

        let noRisk = Support.failure(Support.minimal(replacingLine: 3, with: "jurisdiction: wales"))
        #expect(noRisk.first?.key == "risk")
        #expect(noRisk.first?.message == "either risk or risk-factors is required")

        let onlyRiskFactors = try Support.decode(Support.minimal(replacingLine: 3, with: "risk-factors:\n  pooled-budget: true"))
        #expect(onlyRiskFactors.risk == nil)
        #expect(onlyRiskFactors.riskFactors?.pooledBudget == true)

        let noParties = Support.failure(Support.minimal.components(separatedBy: "parties:")[0])
        #expect(noParties.first?.key == "parties")
        #expect(noParties.first?.message == "required key is missing")
    }

    @Test func atLeastTwoPartiesAreRequired() throws {
        let one = Support.failure(Support.minimal(replacingLine: 10, with: "").replacingOccurrences(of: "    kind: community-interest-company\n", with: ""))
        #expect(one.map(\.description) == ["request.yaml:7:1: error: parties: at least two parties are required, found 1"])
    }

    @Test func reportsEveryProblemInLineOrder() throws {
        let text = Support.minimal
            .replacingOccurrences(of: "framework: not-for-profit", with: "framework: charity")
            .replacingOccurrences(of: "risk: low", with: "risk: extreme")
            .replacingOccurrences(of: "kind: local-authority", with: "kind: council")
            + "governance:\n  quorum: none\n  meetings-per-year: 60\n"
        let diagnostics = Support.failure(text)
        #expect(diagnostics.map(\.key) == ["framework", "risk", "parties[0].kind", "governance.quorum", "governance.meetings-per-year"])
        #expect(diagnostics.map { $0.location?.line } == [2, 3, 9, 13, 14])
    }

    @Test func valuesMustHaveTheTypeTheirKeyExpects() throws {
        let cases: [(String, String, String)] = [
            ("governance:\n  quorum: three\n", "governance.quorum", "expected a whole number, found 'three'"),
            ("governance:\n  quorum: \"3\"\n", "governance.quorum", "expected a whole number, found the text \"3\""),
            ("governance:\n  quorum: 2.5\n", "governance.quorum", "expected a whole number, found '2.5'"),
            ("governance:\n  chair: [a, b]\n", "governance.chair", "expected text, found a list"),
            ("governance: chaired by the council\n", "governance", "expected a mapping of keys, found 'chaired by the council'"),
            ("risk-factors:\n  pooled-budget: \"true\"\n", "risk-factors.pooled-budget", "expected true or false, found the text \"true\""),
            ("data:\n  controller-model: {joint: true}\n", "data.controller-model", "expected one of independent, joint, processor, found a mapping of keys"),
            ("governance:\n  reserved-matters: {budget: yes}\n", "governance.reserved-matters", "expected text, found a mapping of keys"),
        ]
        for (extra, key, message) in cases {
            let diagnostics = Support.failure(Support.minimal(appending: extra))
            #expect(diagnostics.count == 1, "\(extra): \(diagnostics.printed)")
            #expect(diagnostics.first?.key == key, "\(extra)")
            #expect(diagnostics.first?.message == message, "\(extra)")
            #expect(diagnostics.first?.location?.line == 12 || diagnostics.first?.location?.line == 13, "\(extra)")
        }
    }

    @Test func booleansAreOnlyTrueOrFalse() throws {
        for word in ["yes", "no", "on", "off", "True", "1"] {
            let diagnostics = Support.failure(Support.minimal(appending: "risk-factors:\n  pooled-budget: \(word)\n"))
            #expect(diagnostics.first?.message == "expected true or false, found '\(word)'")
            #expect(diagnostics.first?.location == SourceLocation(file: "request.yaml", line: 13, column: 18))
        }
        let yes = Support.failure(Support.minimal(appending: "risk-factors:\n  pooled-budget: yes\n"))
        #expect(yes.first?.hint == "write true or false, unquoted")
        let request = try Support.decode(Support.minimal(appending: "risk-factors:\n  pooled-budget: true\n  income-generation: false\n"))
        #expect(request.riskFactors?.pooledBudget == true)
        #expect(request.riskFactors?.incomeGeneration == false)
    }

    @Test func datesMustExist() throws {
        let impossible = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: Trees.\n  start-date: 2026-02-30"))
        #expect(impossible.map(\.description) == ["request.yaml:7:15: error: partnership.start-date: 2026-02-30 is not a day in the calendar"])

        let leap = try Support.decode(Support.minimal(appending: "date: 2028-02-29\n"))
        #expect(leap.date == CalendarDate(year: 2028, month: 2, day: 29))

        for written in ["1 April 2026", "2026-4-1", "2026-04-01T10:00:00", "20260401"] {
            let diagnostics = Support.failure(Support.minimal(appending: "date: \(written)\n"))
            #expect(diagnostics.first?.message == "expected a date written YYYY-MM-DD, found '\(written)'", "\(written)")
        }
    }

    @Test func endDateMayNotPrecedeStartDate() throws {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: Trees.\n  start-date: 2026-04-01\n  end-date: 2026-03-31"))
        #expect(diagnostics.map(\.description) == ["request.yaml:8:3: error: partnership.end-date: 2026-03-31 is before the start-date 2026-04-01"])
    }

    @Test func moneyIsNonNegativePoundsWithAtMostTwoDecimals() throws {
        let cases: [(String, String)] = [
            ("-5", "must not be negative, found -5"),
            ("12.345", "has more than two decimal places: 12.345"),
            ("25k", "expected an amount in pounds, found '25k'"),
            ("\"25000\"", "expected an amount in pounds, found the text \"25000\""),
            ("£25,000", "expected an amount in pounds, found '£25,000'"),
            ("1e5", "expected an amount in pounds, found '1e5'"),
            ("99999999999999999999", "is too large: 99999999999999999999; at most 9999999999999.99 pounds are accepted"),
            ("-0", "expected an amount in pounds, found '-0' with a minus sign"),
            ("-0.00", "expected an amount in pounds, found '-0.00' with a minus sign"),
        ]
        for (written, message) in cases {
            let diagnostics = Support.failure(Support.minimal(replacingLine: 9, with: "    kind: local-authority\n    contribution:\n      cash: \(written)"))
            #expect(diagnostics.count == 1, "\(written): \(diagnostics.printed)")
            #expect(diagnostics.first?.key == "parties[0].contribution.cash")
            #expect(diagnostics.first?.message == message, "\(written)")
            #expect(diagnostics.first?.location == SourceLocation(file: "request.yaml", line: 11, column: 13))
        }
    }

    @Test func numbersMustBeInSensibleRanges() throws {
        let cases: [(String, String)] = [
            ("governance:\n  quorum: 0", "governance.quorum: 0 is out of range: expected between 1 and 1000 members"),
            ("governance:\n  quorum: 10000", "governance.quorum: 10000 is out of range: expected between 1 and 1000 members"),
            ("governance:\n  meetings-per-year: 53", "governance.meetings-per-year: 53 is out of range: expected between 1 and 52 meetings a year"),
            ("governance:\n  notice-days: -1", "governance.notice-days: -1 is out of range: expected between 0 and 365 days"),
            ("governance:\n  notice-days: 366", "governance.notice-days: 366 is out of range: expected between 0 and 365 days"),
            ("exit:\n  stewardship-years: 201", "exit.stewardship-years: 201 is out of range: expected between 0 and 200 years"),
            ("risk-factors:\n  duration-months: 1201", "risk-factors.duration-months: 1201 is out of range: expected between 0 and 1200 months"),
            ("risk-factors:\n  duration-months: 99999999999999999999999", "risk-factors.duration-months: 99999999999999999999999 is out of range: expected between 0 and 1200 months"),
        ]
        for (extra, text) in cases {
            let diagnostics = Support.failure(Support.minimal(appending: extra + "\n"))
            #expect(diagnostics.map(\.description) == ["request.yaml:13:" + "\(extra.split(separator: "\n")[1].firstIndex(of: ":")!.utf16Offset(in: extra.split(separator: "\n")[1]) + 3): error: " + text])
        }
        let review = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: Trees.\n  review-months: 0"))
        #expect(review.first?.message == "0 is out of range: expected between 1 and 120 months")
        let edges = try Support.decode(Support.minimal(appending: "governance:\n  meetings-per-year: 52\n  notice-days: 0\nexit:\n  stewardship-years: 200\n"))
        #expect(edges.governance.meetingsPerYear == 52)
        #expect(edges.governance.noticeDays == 0)
        #expect(edges.exit.stewardshipYears == 200)
    }

    @Test func aPartyOfKindOtherMustSayWhetherItIsAPublicAuthority() throws {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 11, with: "    kind: other"))
        #expect(diagnostics.first?.key == "parties[1].public-authority")
        #expect(diagnostics.first?.message == "is required for a party of kind 'other'")
        #expect(diagnostics.first?.location?.line == 10)

        let stated = try Support.decode(Support.minimal(replacingLine: 11, with: "    kind: other\n    public-authority: true"))
        #expect(stated.parties[1].publicAuthority)
        let overridden = try Support.decode(Support.minimal(replacingLine: 9, with: "    kind: local-authority\n    public-authority: false"))
        #expect(!overridden.parties[0].publicAuthority)
    }

    @Test func partyNamesMustBeDistinct() throws {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 10, with: "  - name: riverside  city council"))
        #expect(diagnostics.map(\.description) == [
            "request.yaml:10:5: error: parties[1].name: 'riverside  city council' is already the name of parties[0]\n  hint: each party must have its own name, which the document uses to tell them apart",
        ])
    }

    @Test func emailAddressesAreChecked() throws {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 9, with: "    kind: local-authority\n    contact: { name: Tom Reed, email: Tom Reed }"))
        #expect(diagnostics.first?.key == "parties[0].contact.email")
        #expect(diagnostics.first?.message == "'Tom Reed' is not an email address")
    }

    @Test func aDuplicatedKeyIsAnError() throws {
        let diagnostics = Support.failure(Support.minimal(appending: "risk: high\n"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "key 'risk' appears more than once in the same mapping")
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test func aRepeatedRoleIsAWarning() throws {
        let text = Support.minimal(replacingLine: 9, with: "    kind: local-authority\n    role: [host, host]")
        let (request, warnings) = try RequestDecoder().decodeWithDiagnostics(Array(text.utf8), source: "request.yaml")
        #expect(request.parties[0].roles == [.host])
        #expect(warnings.map(\.description) == ["request.yaml:10:18: warning: parties[0].role[1]: 'host' is listed twice"])
    }

    @Test func statutoryTypesThatDoNotExistInTheJurisdictionAreErrors() throws {
        let cases: [(StatutoryType, Jurisdiction, String)] = [
            (.section75, .wales, "'section-75' does not exist in wales; it exists only in england"),
            (.section75, .scotland, "'section-75' does not exist in scotland; it exists only in england"),
            (.section33, .england, "'section-33' does not exist in england; it exists only in wales"),
            (.publicServicesBoard, .northernIreland, "'public-services-board' does not exist in northern-ireland; it exists only in wales"),
            (.healthAndWellbeingBoard, .wales, "'health-and-wellbeing-board' does not exist in wales; it exists only in england"),
            (.communityPlanning, .england, "'community-planning' does not exist in england; it exists only in scotland or northern-ireland"),
            (.communityPlanning, .wales, "'community-planning' does not exist in wales; it exists only in scotland or northern-ireland"),
            (.communitySafety, .scotland, "'community-safety' does not exist in scotland; it exists only in england or wales"),
            (.communitySafety, .northernIreland, "'community-safety' does not exist in northern-ireland; it exists only in england or wales"),
        ]
        for (type, jurisdiction, message) in cases {
            let text = Self.statutory(type, in: jurisdiction)
            let diagnostics = Support.failure(text)
            #expect(diagnostics.filter { $0.severity == .error }.map(\.message) == [message], "\(type) in \(jurisdiction)")
            #expect(diagnostics.first?.key == "partnership.statutory-type")
            #expect(diagnostics.first?.location == SourceLocation(file: "request.yaml", line: 8, column: 3))
            #expect(diagnostics.first?.hint?.isEmpty == false, "the hint names the type that exists there")
        }
        for (type, jurisdiction) in [(StatutoryType.section75, Jurisdiction.england), (.section33, .wales),
                                     (.communityPlanning, .scotland), (.communityPlanning, .northernIreland),
                                     (.communitySafety, .wales), (.other, .scotland)] {
            let (_, warnings) = try RequestDecoder().decodeWithDiagnostics(
                Array(Self.statutory(type, in: jurisdiction).utf8), source: "request.yaml")
            #expect(!warnings.contains { $0.key == "partnership.statutory-type" }, "\(type) in \(jurisdiction): \(warnings.printed)")
        }
    }

    /// The minimal request made statutory, for terms of reference (which every type has).
    static func statutory(_ type: StatutoryType, in jurisdiction: Jurisdiction) -> String {
        Support.minimal
            .replacingOccurrences(of: "framework: not-for-profit", with: "framework: statutory\njurisdiction: \(jurisdiction.rawValue)")
            .replacingOccurrences(of: "document: memorandum-of-understanding", with: "document: terms-of-reference")
            .replacingOccurrences(of: "  purpose: Plant street trees.", with: "  purpose: Plant street trees.\n  statutory-type: \(type.rawValue)\n  statutory-basis: an Act")
            .replacingOccurrences(of: "    kind: local-authority", with: "    kind: local-authority\n    role: host")
            + "governance:\n  pool-manager: Head of Commissioning\n"
    }

    @Test func aPooledArrangementNeedsAHostAndAPoolManager() throws {
        let text = Support.minimal
            .replacingOccurrences(of: "framework: not-for-profit", with: "framework: statutory")
            .replacingOccurrences(of: "  purpose: Plant street trees.", with: "  purpose: Plant street trees.\n  statutory-type: section-75")
        let (_, warnings) = try RequestDecoder().decodeWithDiagnostics(Array(text.utf8), source: "request.yaml")
        #expect(warnings.map(\.key) == ["partnership.statutory-basis", "governance.pool-manager", "parties"])
        #expect(warnings.allSatisfy { $0.severity == .warning })
    }
}
