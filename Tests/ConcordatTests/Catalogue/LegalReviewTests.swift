import Foundation
import Testing
@testable import Concordat

/// The defects of the solicitor's review of November 2026, sections 2.1 to 2.5: each test composes
/// a request and checks the corrected text, or the refusal, that a reader would see.
@Suite("Legal review: the catalogue in law") struct LegalReviewTests {
    /// A scenario request from `Fixtures/law-scenarios`.
    static func scenario(_ name: String) throws -> Request {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/law-scenarios/\(name)", withExtension: "yaml"))
        return try RequestDecoder().decode(Array(try Data(contentsOf: url)), source: "\(name).yaml")
    }

    static func compose(_ name: String) throws -> ComposedDocument { try Checklist.compose(try scenario(name)) }

    /// The init example with its statutory type changed, as YAML text.
    static func example(_ document: DocumentKind, type: StatutoryType, jurisdiction: Jurisdiction = .england) -> String {
        ExampleRequest.yaml(document: document, framework: .statutory)
            .replacingOccurrences(of: "statutory-type: section-75", with: "statutory-type: \(type.rawValue)")
            .replacingOccurrences(of: "jurisdiction: england", with: "jurisdiction: \(jurisdiction.rawValue)")
    }

    static func refusal(_ text: String) -> [Diagnostic] {
        do {
            _ = try RequestDecoder().decode(Array(text.utf8), source: "request.yaml")
            Issue.record("expected the request to be refused")
            return []
        } catch {
            #expect(error.kind == .invalidData, "refusals are invalid data, exit 65")
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    // MARK: 2.1 Pooled funds

    @Test("A pooled-fund memorandum is heads of terms for a binding agreement, never the arrangement",
          arguments: ["england", "wales"], ["low", "medium", "high"])
    func pooledFundMemorandum(nation: String, level: String) throws {
        let document = try Self.compose("\(nation)-pooled-fund-mou-\(level)")
        let section = nation == "england" ? "section 75" : "section 33"
        #expect(document.says("heads of terms"))
        #expect(document.says("It does not make that arrangement"))
        #expect(document.says("separate written \(section) agreement, which will be legally binding"))
        #expect(!document.says("make this arrangement under section"), "the old text made the arrangement in a non-binding memorandum")
        #expect(!document.says("that are listed in the Work Plan"), "functions belong in the agreement, not a work plan")
        let heads = try #require(document.clause("statutory.\(section.replacingOccurrences(of: " ", with: "-"))-heads-of-terms")).body
        for item in ["VAT", "fraud", "accounts", "existing contracts", "capital", "complaints", "Ombudsman", "overspends"] {
            #expect(heads.contains(item), "the agreement must settle \(item)")
        }
        if nation == "england" {
            #expect(heads.contains("Local Government and Social Care Ombudsman"))
            #expect(heads.contains("Parliamentary and Health Service Ombudsman"))
            #expect(heads.contains("Local Healthwatch"))
        } else {
            #expect(heads.contains("Public Services Ombudsman for Wales"))
            #expect(heads.contains("Llais"))
            #expect(document.says("regional partnership board"))
            #expect(document.says("Part 9 of the Social Services and Well-being (Wales) Act 2014"))
        }
        #expect(LegalLint.creationFailures(try #require(Checklist.composer().catalogue.clauses.first { $0.id == "statutory.\(section.replacingOccurrences(of: " ", with: "-"))" })).isEmpty)
    }

    @Test func confidentialityOfPersonalDataNeverLapses() throws {
        let clause = try #require(try Self.compose("england-pooled-fund-mou-high").clause("information.confidentiality"))
        #expect(clause.body.contains("For personal data, and above all special category data, it never lapses"))
    }

    @Test func recordsFollowTheHealthAndCareRecordsCodes() throws {
        let clause = try #require(try Self.compose("england-pooled-fund-exit-high").clause("exit.information-transfer"))
        #expect(clause.body.contains("Records Management Code of Practice"))
        #expect(clause.body.contains("children's records"))
    }

    // MARK: 2.2 Community safety

    @Test("A community safety partnership states its duties as the law does", arguments: ["england", "wales"])
    func communitySafety(nation: String) throws {
        let document = try Self.compose("\(nation)-community-safety-tor")
        for phrase in [
            "serious violence", "local policing body", "Domestic homicide reviews", "domestic abuse related death reviews",
            "Section 115 of the Crime and Disorder Act 1998", "Section 17A", "Part 3 of the Data Protection Act 2018",
            "anti-social behaviour case review", "Police, Crime, Sentencing and Courts Act 2022",
        ] {
            #expect(document.says(phrase), "\(phrase)")
        }
        let basis = try #require(document.clause("statutory.community-safety")).body
        #expect(basis.contains("Chief Constable of Riverside Police"), "the responsible authorities are named from statutory-role")
        #expect(basis.contains("Probation Service (Riverside region)"))
        #expect(!basis.contains("Police and Crime Commissioner for Riverside"), "the commissioner is not a responsible authority")
        #expect(basis.contains("police and crime plan"))
        #expect(!document.says("Agreement by members"), "nobody signs a statutory body into being")
        #expect(!document.says("exclusive jurisdiction"))
    }

    @Test func aCommunitySafetyPartnershipLackingResponsibleAuthoritiesIsWarned() throws {
        let text = Self.example(.termsOfReference, type: .communitySafety)
        let (_, warnings) = try RequestDecoder().decodeWithDiagnostics(Array(text.utf8), source: "request.yaml")
        let warning = try #require(warnings.first { $0.key == "parties" && $0.message.contains("community-safety") })
        for missing in ["the chief officer of police", "the fire and rescue authority", "a provider of probation services"] {
            #expect(warning.message.contains(missing), "\(warning.message)")
        }
        #expect(warning.hint?.contains("statutory-role") == true)
    }

    @Test("Each statutory type only where it exists", arguments: [
        (StatutoryType.communitySafety, Jurisdiction.scotland), (.communitySafety, .northernIreland),
        (.section75, .wales), (.section33, .england), (.healthAndWellbeingBoard, .wales),
        (.publicServicesBoard, .england), (.communityPlanning, .england),
    ])
    func statutoryTypeInTheWrongNationIsRefused(type: StatutoryType, nation: Jurisdiction) {
        let errors = Self.refusal(Self.example(.termsOfReference, type: type, jurisdiction: nation))
        let error = errors.first { $0.key == "partnership.statutory-type" }
        #expect(error?.message.contains(nation.rawValue) == true, "\(errors.printed)")
        #expect(error?.hint?.isEmpty == false)
    }

    // MARK: 2.3 Bodies that exist in law

    @Test func aHealthAndWellbeingBoardIsACouncilCommittee() throws {
        let document = try Self.compose("england-health-and-wellbeing-board-tor")
        let members = try #require(document.clause("membership.board-members")).body
        #expect(members.contains("Director of Public Health, Riverside City Council"))
        #expect(members.contains("Leader of the Council (Cllr Joan Smith)"))
        let voting = try #require(document.clause("decisions.health-wellbeing-board")).body
        #expect(voting.contains("one vote as a person, not as the organisation"))
        #expect(!document.says("Each Member has one vote, cast by its representative"))
        #expect(!document.says("The chair has no casting vote"), "voting follows the council's rules")
        #expect(document.says("section 102 of the Local Government Act 1972"))
        #expect(document.says("section 101 of that Act"))
        #expect(document.says("political balance"))
        #expect(document.says("section 196(2)"))
        #expect(document.says("the council's code of conduct, and its rules on registering and declaring interests, apply to every member"))
        #expect(document.says("democratic services"))
        for absent in ["disputes.tiered", "disputes.informal", "disputes.mediation", "secretariat.to-agree", "membership.leaving", "law.england-wales"] {
            #expect(!document.clauseIDs.contains(absent), "\(absent) does not belong in a council committee's terms of reference")
        }
        #expect(!document.says("exclusive jurisdiction"))
        #expect(!document.says("may withdraw"))
        #expect(!document.says("Agreement by members"))
    }

    @Test("Bodies in law have terms of reference only", arguments: [
        StatutoryType.healthAndWellbeingBoard, .communitySafety,
    ], [DocumentKind.memorandumOfUnderstanding, .exitStrategy])
    func otherDocumentsForABodyInLawAreRefused(type: StatutoryType, document: DocumentKind) {
        let errors = Self.refusal(Self.example(document, type: type))
        #expect(errors.map(\.key) == ["document"], "\(errors.printed)")
        #expect(errors.first?.hint?.contains("terms-of-reference") == true)
        #expect(type.documents == [.termsOfReference])
        #expect(StatutoryType.section75.documents == DocumentKind.allCases)
    }

    @Test func aPublicServicesBoardMeetsTheAct() throws {
        let document = try Self.compose("wales-public-services-board-tor")
        #expect(try #require(document.clause("chair.public-services-board")).body.contains("within 60 days after each ordinary election"))
        #expect(!document.clauseIDs.contains("chair.elected") && !document.clauseIDs.contains("chair.named"))
        #expect(document.says("Welsh Language (Wales) Measure 2011"), "Welsh language belongs in terms of reference too")
        #expect(document.says("socio-economic disadvantage"))
        #expect(!document.says("Agreement by members"))
    }

    @Test func communityPlanningNamesThePartnersAndTheCodesOfItsNation() throws {
        let scotland = try Self.compose("scotland-community-planning-tor")
        let basis = try #require(scotland.clause("statutory.community-planning-scotland")).body
        #expect(basis.contains("the chief constable of the Police Service of Scotland"))
        #expect(!basis.contains("Police Scotland"))
        #expect(scotland.says("Councillors' Code of Conduct made under the Ethical Standards in Public Life etc. (Scotland) Act 2000"))
        #expect(!scotland.says("their own council's code of conduct"))
        #expect(scotland.says("Fairer Scotland Duty"))
        let ni = try Self.compose("northern-ireland-community-planning-tor")
        #expect(ni.says("Northern Ireland Local Government Code of Conduct for Councillors"))
        #expect(!ni.says("their own council's code of conduct"))
    }

    // MARK: 2.4 FOI and EIR

    @Test func theScottishMinistersAreUnderFOISA() throws {
        let document = try Self.compose("scotland-devolved-government-exit")
        let foisa = try #require(document.clause("exit.freedom-of-information-scotland")).body
        let foia = try #require(document.clause("exit.freedom-of-information")).body
        #expect(foisa.contains("Scottish Ministers"))
        #expect(!foia.contains("Scottish Ministers"))
        #expect(foia.contains("Department for Work and Pensions"))
        let welsh = Party(name: "Welsh Ministers", kind: .devolvedGovernment)
        #expect(welsh.publicAuthority && welsh.isCrown)
        #expect(welsh.foiRegime(in: .wales) == .foia)
        #expect(Party(name: "Scottish Ministers", kind: .devolvedGovernment).foiRegime(in: .scotland) == .foisa)
    }

    @Test func aWaterCompanyIsUnderTheEIROnly() throws {
        let document = try Self.compose("england-eir-water-company-tor")
        let eir = try #require(document.clause("information.board-environmental-information-only")).body
        #expect(eir.contains("Yorkshire Water Services Limited is a public authority for environmental information only"))
        #expect(eir.contains("Environmental Information Regulations 2004"))
        let foia = try #require(document.clause("information.board-freedom-of-information")).body
        #expect(!foia.contains("Yorkshire Water"), "an EIR body is never listed under FOIA")
    }

    // MARK: 2.5 Other law

    @Test func landDisposalsNeedBestConsideration() throws {
        let clause = try #require(try Self.compose("england-public-money-to-cic-mou").clause("contributions.assets-and-land")).body
        #expect(clause.contains("best consideration reasonably obtainable"))
        #expect(clause.contains("section 123 of the Local Government Act 1972"))
        #expect(clause.contains("section 74 of the Local Government (Scotland) Act 1973"))
        #expect(!clause.contains("best value"))
    }

    @Test func theCompactIsReplacedByTheCovenantAndItsCounterparts() throws {
        let england = try Checklist.compose(Checklist.request(.exitStrategy, .notForProfit, .england, risk: .medium))
        #expect(england.says("Civil Society Covenant"))
        #expect(!england.says("the Compact between government"))
        #expect(try Self.compose("wales-not-for-profit-exit").says("Third Sector Scheme"))
        #expect(try Self.compose("northern-ireland-not-for-profit-exit").says("Concordat for Relationships between Government and the Voluntary and Community Sector"))
        let memorandum = try Checklist.compose(Checklist.request(.memorandumOfUnderstanding, .notForProfit, .england, risk: .medium))
        #expect(memorandum.says("Civil Society Covenant"))
    }

    @Test func publicMoneyBringsGrantSubsidyAndProcurementLaw() throws {
        let charity = try Self.compose("england-public-money-to-charity-mou")
        for phrase in ["Subsidy Control Act 2022", "Procurement Act 2023", "a grant, which supports", "written lease or licence", "is repaid to the funder"] {
            #expect(charity.says(phrase), "\(phrase)")
        }
        let scotland = try Self.compose("scotland-public-money-to-charity-mou")
        #expect(scotland.says("Procurement Reform (Scotland) Act 2014"))
        #expect(!scotland.clauseIDs.contains("money.procurement"))
        let company = try Self.compose("england-public-money-to-company-mou")
        #expect(company.clauseIDs.contains("money.procurement"))
        var health = try Self.scenario("england-pooled-fund-mou-high")
        health.riskFactors?.procurement = true
        #expect(try Checklist.compose(health).says("Provider Selection Regime"))
        let pooled = try Self.compose("england-pooled-fund-mou-high")
        #expect(!pooled.clauseIDs.contains { $0.hasPrefix("money.") }, "money between public bodies only, buying nothing")
    }

    @Test func crownBodiesDoNotIndemnifyOneAnother() throws {
        let document = try Self.compose("england-two-crown-bodies-mou-high")
        let clause = try #require(document.clause("risk.liability-indemnity")).body
        #expect(clause.contains("Crown bodies, such as government departments, are one legal person and cannot indemnify one another"))
        #expect(clause.contains("capped"))
        #expect(!clause.contains("Each Partner must indemnify the other Partners"))
        #expect(LegalLint.givesIndemnity("Each Partner must indemnify the other Partners against any loss."))
        #expect(!LegalLint.givesIndemnity("Crown bodies cannot indemnify one another."))
    }

    @Test func anUnincorporatedGroupTakesOnNoBindingDuties() throws {
        for level in ["low", "medium"] {
            let clause = try #require(try Self.compose("england-unincorporated-group-mou-\(level)").clause("status.community-group")).body
            #expect(clause.contains("cannot itself take on the legal obligations in the binding clauses"))
            #expect(clause.contains("They do not bind the group's officers or members personally"))
        }
    }

    @Test func socioEconomicDutiesFollowTheNation() throws {
        #expect(try Self.compose("scotland-public-money-to-charity-mou").says("Fairer Scotland Duty"))
        #expect(try Self.compose("wales-devolved-government-mou").says("socio-economic duty in section 1 of the Equality Act 2010"))
        #expect(!(try Self.compose("england-public-money-to-charity-mou").says("socio-economic")))
    }

    @Test func welshLanguageReachesExitStrategies() throws {
        let clause = try #require(try Self.compose("wales-not-for-profit-exit").clause("exit.welsh-language")).body
        #expect(clause.contains("in Welsh and English"))
    }

    @Test func stewardshipDoesNotFetterTheHighwayAuthority() throws {
        let document = try Checklist.compose(Checklist.request(.exitStrategy, .notForProfit, .england, risk: .medium))
        let clause = try #require(document.clause("exit.stewardship-plan")).body
        #expect(!clause.contains("must not be removed"))
        #expect(clause.contains("section 96A of the Highways Act 1980"))
        #expect(clause.contains("does not limit a council's functions as highway authority"))
    }

    // MARK: check

    @Test func theLintsPassOnTheCatalogueAndCatchTheOldWording() throws {
        #expect(LegalLint.failures(try Checklist.composer()).isEmpty)
        #expect(LegalLint.claimsToCreateStatutoryArrangement(
            "The Partners make this arrangement under section 75 of the National Health Service Act 2006 and the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000."))
        #expect(!LegalLint.claimsToCreateStatutoryArrangement("It does not make that arrangement."))
        #expect(!LegalLint.claimsToCreateStatutoryArrangement(
            "The Partners intend to enter into a separate written section 75 agreement, which will be legally binding."))
    }

    @Test func theNationLintCatchesAClauseForABodyWhereItDoesNotExist() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("law-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        ---
        id: statutory.community-safety
        title: Community safety
        version: 9
        documents: [terms-of-reference]
        frameworks: [statutory]
        risk-levels: [all]
        jurisdictions: [all]
        slot: statutory
        order: 30
        when:
          partnership.statutory-type: community-safety
        ---
        The responsible authorities work together under section 5 of the Crime and Disorder Act 1998.

        """.write(to: folder.appendingPathComponent("community-safety.md"), atomically: true, encoding: .utf8)
        let (composer, _) = try Composer.load(CatalogueOptions(catalogueFolders: [folder.path]))
        let failures = LegalLint.failures(composer).filter { $0.subject == "statutory.community-safety" }
        #expect(failures.map(\.message).contains { $0.contains("in scotland, where it does not exist") }, "\(failures)")
        #expect(failures.map(\.message).contains { $0.contains("in northern-ireland, where it does not exist") })
    }

    @Test func everyClauseNamedInTheSourcesExists() throws {
        #expect(!Catalogue.isClauseFile("Clauses/SOURCES.md"), "the sources list is documentation, not a clause")
        let sources = try #require(EmbeddedDefaults.files.first { $0.path == "Clauses/SOURCES.md" }).text
        let ids = Set(try Checklist.composer().catalogue.clauses.map(\.id))
        var named: [String] = []
        for part in sources.split(separator: "`").enumerated() where part.offset % 2 == 1 {
            let word = String(part.element)
            if word.contains("."), !word.contains(" "), !word.hasPrefix("..."), word.first?.isLowercase == true,
               !word.hasSuffix(".md") {
                named.append(word)
            }
        }
        #expect(named.count > 40)
        for id in named { #expect(ids.contains(id), "\(id) is listed in SOURCES.md but is not a clause") }
        for id in ids where id.hasPrefix("money.") || id.hasPrefix("statutory.section-") {
            #expect(named.contains(id), "\(id) needs its sources listed")
        }
    }

    @Test func aHealthAndWellbeingBoardNeedsItsMembersAsPeople() throws {
        let text = Self.example(.termsOfReference, type: .healthAndWellbeingBoard)
        let (_, warnings) = try RequestDecoder().decodeWithDiagnostics(Array(text.utf8), source: "request.yaml")
        let warning = try #require(warnings.first { $0.key == "governance.members" })
        #expect(warning.message.contains("section 194(2)"))
        let unknown = text.replacingOccurrences(
            of: "governance:\n", with: "governance:\n  members:\n    - { role: Director of Public Health, party: Nowhere Council }\n")
        let errors = Self.refusal(unknown)
        #expect(errors.map(\.key) == ["governance.members[0].party"], "\(errors.printed)")
    }

    @Test func theInitNotForProfitMemorandumCarriesThePublicMoneyClauses() throws {
        let document = try Checklist.compose(Checklist.request(.memorandumOfUnderstanding, .notForProfit, .england))
        for id in ["money.grant-or-contract", "money.subsidy-control", "money.procurement"] {
            #expect(document.clauseIDs.contains(id), "council cash beside a charity brings \(id)")
        }
        let alliance = try Checklist.compose(Checklist.request(.memorandumOfUnderstanding, .statutory, .england))
        #expect(!alliance.clauseIDs.contains("money.subsidy-control"), "money between public bodies is not a subsidy to a partner")
    }
}

