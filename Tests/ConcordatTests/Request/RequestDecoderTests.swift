import Testing
@testable import Concordat

/// Requests that are valid: every field lands in the right place, in YAML and in JSON.
@Suite struct RequestDecoderTests {
    typealias Support = RequestTestSupport

    @Test func decodesEveryFieldOfTheDesignExample() throws {
        let (request, warnings) = try RequestDecoder().decodeWithDiagnostics(
            try Support.fixture("riverside.yaml"), source: "riverside.yaml")

        #expect(request.document == .memorandumOfUnderstanding)
        #expect(request.framework == .strategicAlliance)
        #expect(request.risk == .medium)
        #expect(request.jurisdiction == .england)
        #expect(request.date == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(request.draft == "Draft 2 for partner review")
        #expect(request.source == "riverside.yaml")

        let partnership = request.partnership
        #expect(partnership.name == "Riverside Urban Forest Partnership")
        #expect(partnership.purpose == "Plant and care for 5,000 street trees in Riverside by 2030.")
        #expect(partnership.area == "Riverside")
        #expect(partnership.startDate == CalendarDate(year: 2026, month: 4, day: 1))
        #expect(partnership.endDate == CalendarDate(year: 2029, month: 3, day: 31))
        #expect(partnership.reviewMonths == 12)
        #expect(partnership.bodyName == "Riverside Urban Forest Board")
        #expect(partnership.statutoryType == .section75)

        #expect(request.parties.count == 2)
        let council = request.parties[0]
        #expect(council.name == "Riverside City Council")
        #expect(council.kind == .localAuthority)
        #expect(council.legalForm == nil, "an empty string is no legal form")
        #expect(council.roles == [.leadPartner, .accountableBody])
        #expect(council.publicAuthority)
        #expect(council.foiRegimeOverride == .foia)
        #expect(council.registration == nil)
        #expect(council.signatory == Person(name: "Asha Patel", title: "Director of Environment"))
        #expect(council.contact == Person(name: "Tom Reed", email: "tom.reed@example.org"))
        #expect(council.contribution == Contribution(cash: Money(pounds: 25000), inKind: "Officer time and nursery stock"))
        let cic = request.parties[1]
        #expect(cic.roles == [.member])
        #expect(!cic.publicAuthority, "a CIC is not a public authority unless the request says so")
        #expect(cic.registration == "09876543", "a quoted number keeps its leading zero")
        #expect(cic.contribution?.cash == Money(pence: 125_050))

        let governance = request.governance
        #expect(governance.chair == "Riverside City Council")
        #expect(governance.viceChair == "Riverside Trees CIC")
        #expect(governance.quorum == 3)
        #expect(governance.meetingsPerYear == 4)
        #expect(governance.noticeDays == 10)
        #expect(governance.decisions == .consensus)
        #expect(governance.secretariat == "Riverside City Council")
        #expect(governance.reservedMatters == ["Budget approval", "Admission of new partners"])
        #expect(governance.poolManager == "Head of Integrated Commissioning")
        #expect(request.data == DataArrangements(controllerModel: .independent, sharingAgreement: nil))

        let factors = try #require(request.riskFactors)
        #expect(factors.totalFunding == Money(pounds: 120_000))
        #expect(factors.pooledBudget == false)
        #expect(factors.accountableBody == true)
        #expect(factors.personalData == .contactDetails)
        #expect(factors.assetsOrStaffTransfer == false)
        #expect(factors.incomeGeneration == false)
        #expect(factors.statutoryFunctions == false)
        #expect(factors.vulnerablePeople == false)
        #expect(factors.durationMonths == 36)
        #expect(request.exit == ExitPlan(route: .handover, successor: "Riverside Trees CIC", stewardshipYears: 10))

        // The example names a statute although its framework is a strategic alliance.
        #expect(warnings.map(\.key) == ["partnership.statutory-type", "partnership.statutory-basis"])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.first?.description
            == "riverside.yaml:16:3: warning: partnership.statutory-type: applies only to the statutory framework, not strategic-alliance\n  hint: remove it, or use 'framework: statutory'")
    }

    @Test func recordsTheLocationOfEveryKey() throws {
        let request = try RequestDecoder().decode(try Support.fixture("riverside.yaml"), source: "riverside.yaml")
        #expect(request.location(of: "document") == SourceLocation(file: "riverside.yaml", line: 2, column: 1))
        #expect(request.location(of: "partnership.name") == SourceLocation(file: "riverside.yaml", line: 9, column: 3))
        #expect(request.location(of: "parties[0]") == SourceLocation(file: "riverside.yaml", line: 19, column: 5))
        #expect(request.location(of: "parties[1].kind") == SourceLocation(file: "riverside.yaml", line: 30, column: 5))
        #expect(request.location(of: "parties[0].role[1]") == SourceLocation(file: "riverside.yaml", line: 22, column: 26))
        #expect(request.location(of: "parties[0].signatory.title") == SourceLocation(file: "riverside.yaml", line: 26, column: 36))
        #expect(request.location(of: "risk-factors.duration-months") == SourceLocation(file: "riverside.yaml", line: 58, column: 3))
        #expect(request.location(of: "exit.stewardship-years") == SourceLocation(file: "riverside.yaml", line: 62, column: 3))
        #expect(request.locations.count > 60)
    }

    @Test func jsonDecodesToTheSameRequestAsYAML() throws {
        let yaml = try RequestDecoder().decode(try Support.fixture("riverside.yaml"), source: "riverside.yaml")
        var json = try RequestDecoder().decode(try Support.fixture("riverside.json"), source: "riverside.json")
        #expect(json.location(of: "parties[1].kind") == SourceLocation(file: "riverside.json", line: 46, column: 7))
        json.locations = yaml.locations
        json.source = yaml.source
        #expect(json == yaml)
    }

    @Test func jsonErrorsNameTheirLine() throws {
        var text = String(decoding: try Support.fixture("riverside.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"community-interest-company\"", with: "\"charity-ish\"")
            .replacingOccurrences(of: "\"quorum\": 3", with: "\"quorum\": \"3\"")
        let diagnostics = Support.failure(text, source: "riverside.json")
        #expect(diagnostics.count == 2, "\(diagnostics.printed)")
        #expect(diagnostics.about("parties[1].kind")?.location == SourceLocation(file: "riverside.json", line: 46, column: 15))
        #expect(diagnostics.about("governance.quorum")?.message == "expected a whole number, found the text \"3\"")
        #expect(diagnostics.about("governance.quorum")?.hint == "write the number without quotes: 3")
        #expect(diagnostics.about("governance.quorum")?.location?.line == 58)
    }

    @Test func yaml11WordsStayTextWhereTextIsExpected() throws {
        let request = try Support.decode(Support.minimal(appending: """
            draft: no
            data:
              sharing-agreement: off
            exit:
              successor: yes

            """).replacingOccurrences(of: "name: Riverside City Council", with: "name: 'on'")
            .replacingOccurrences(of: "purpose: Plant street trees.", with: "purpose: NO")
            .replacingOccurrences(of: "name: Riverside Urban Forest Partnership", with: "name: 2026"))
        #expect(request.draft == "no")
        #expect(request.data.sharingAgreement == "off")
        #expect(request.exit.successor == "yes")
        #expect(request.parties[0].name == "on")
        #expect(request.partnership.purpose == "NO")
        #expect(request.partnership.name == "2026")
    }

    @Test func appliesDefaults() throws {
        let request = try Support.decode(Support.minimal)
        #expect(request.jurisdiction == .england)
        #expect(request.parties.map(\.roles) == [[.member], [.member]])
        #expect(request.parties.map(\.publicAuthority) == [true, false])
        #expect(request.riskFactors == nil)
        #expect(request.governance == Governance())
        #expect(request.date == nil)
        #expect(request.source == "request.yaml")
    }

    @Test func acceptsOneRoleOrAList() throws {
        let request = try Support.decode(Support.minimal
            .replacingOccurrences(of: "    kind: local-authority", with: "    kind: local-authority\n    role: host")
            .replacingOccurrences(of: "    kind: community-interest-company", with: "    kind: community-interest-company\n    role:\n      - lead-partner\n      - observer"))
        #expect(request.parties[0].roles == [.host])
        #expect(request.parties[1].roles == [.leadPartner, .observer])
    }

    @Test func readsMoneyInPoundsAndPence() throws {
        for (written, pence) in [("25000", 2_500_000), ("1250.5", 125_050), ("0.05", 5), ("0", 0), ("99.99", 9_999)] {
            let request = try Support.decode(Support.minimal(appending: "risk-factors:\n  total-funding: \(written)\n"))
            #expect(request.riskFactors?.totalFunding == Money(pence: Int64(pence)), "\(written)")
        }
    }

    @Test func acceptsAByteOrderMarkAndWindowsLineEnds() throws {
        let crlf = Support.minimal.replacingOccurrences(of: "\n", with: "\r\n")
        let request = try RequestDecoder().decode([0xEF, 0xBB, 0xBF] + Array(crlf.utf8), source: "bom.yaml")
        #expect(request.parties[1].name == "Riverside Trees CIC")
        #expect(request.location(of: "parties[1].kind") == SourceLocation(file: "bom.yaml", line: 11, column: 5))

        let broken = [0xEF, 0xBB, 0xBF] + Array(crlf.replacingOccurrences(of: "kind: community-interest-company", with: "kind: cic").utf8)
        let diagnostics = Support.failure(broken, source: "bom.yaml")
        #expect(diagnostics.about("parties[1].kind")?.location == SourceLocation(file: "bom.yaml", line: 11, column: 11))
    }

    @Test func overridesWinAndMakeKeysOptional() throws {
        let bare = Support.minimal
            .replacingOccurrences(of: "document: memorandum-of-understanding\n", with: "")
            .replacingOccurrences(of: "framework: not-for-profit\n", with: "")
            .replacingOccurrences(of: "risk: low\n", with: "")
        let overrides = RequestOverrides(
            document: .exitStrategy, framework: .strategicAlliance, risk: .high, jurisdiction: .wales)
        let request = try Support.decode(bare, overrides: overrides)
        #expect(request.document == .exitStrategy)
        #expect(request.framework == .strategicAlliance)
        #expect(request.risk == .high)
        #expect(request.jurisdiction == .wales)

        let overridden = try Support.decode(
            Support.minimal(appending: "jurisdiction: scotland\n"),
            overrides: RequestOverrides(document: .termsOfReference, risk: .medium))
        #expect(overridden.document == .termsOfReference)
        #expect(overridden.framework == .notForProfit, "a value not overridden comes from the request")
        #expect(overridden.risk == .medium)
        #expect(overridden.jurisdiction == .scotland)

        let missing = Support.failure(bare)
        #expect(missing.map(\.key) == ["document", "framework", "risk"], "\(missing.printed)")
        #expect(missing.about("document")?.hint?.contains("--document") == true)
    }

    @Test func aJurisdictionOverrideIsCheckedAgainstTheStatute() throws {
        let statutory = ExampleRequest.yaml(document: .memorandumOfUnderstanding, framework: .statutory)
        // Section 75 exists only in England: asking for it in Wales is an error, not a warning.
        let refused = Support.failure(statutory, overrides: RequestOverrides(jurisdiction: .wales))
        #expect(refused.map(\.key) == ["partnership.statutory-type"], "\(refused.printed)")
        #expect(refused.first?.message.contains("wales") == true)
        #expect(refused.first?.hint?.contains("section-33") == true)
        #expect(refused.first?.message == "'section-75' does not exist in wales; it exists only in england")
    }
}
