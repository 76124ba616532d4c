/// The realistic partnership behind `concordat init`: the same Riverside place and people, with
/// partners, money and statute chosen to suit the framework and jurisdiction.
struct ExampleScenario {
    struct Party {
        var name: String
        var kind: PartyKind
        var legalForm: String
        var roles: [PartyRole]
        var registration: String?
        var signatory: (name: String, title: String)
        var contact: (name: String, title: String, email: String)
        var cash: String?
        var inKind: String
    }

    var risk: RiskLevel
    var name: String
    var purpose: String
    var bodyName: String
    var endDate: String
    var reviewMonths: Int
    var statutory: (type: StatutoryType, basis: String)?
    var parties: [Party]
    var chair: String
    var viceChair: String
    var quorum: Int
    var meetingsPerYear: Int
    var reservedMatters: [String]
    var poolManager: String?
    var controllerModel: ControllerModel
    var sharingAgreement: String
    var totalFunding: String
    var pooledBudget: Bool
    var accountableBody: Bool
    var personalData: PersonalDataLevel
    var statutoryFunctions: Bool
    var vulnerablePeople: Bool
    var durationMonths: Int
    var successor: String
    var stewardshipYears: Int
    var phonePrefix: String

    static let council = "Riverside City Council"

    static func make(_ framework: Framework, _ jurisdiction: Jurisdiction, document: DocumentKind) -> ExampleScenario {
        switch framework {
        case .notForProfit: notForProfit(jurisdiction)
        case .statutory: statutory(jurisdiction, document: document)
        case .strategicAlliance: strategicAlliance(jurisdiction)
        }
    }

    /// Telephone numbers from the ranges Ofcom keeps for drama, so none reaches a real person.
    static func phonePrefix(_ jurisdiction: Jurisdiction) -> String {
        switch jurisdiction {
        case .england: "0113 496 0"
        case .wales: "029 2018 0"
        case .scotland: "0131 496 0"
        case .northernIreland: "028 9018 0"
        }
    }

    static func charityNumber(_ jurisdiction: Jurisdiction) -> String {
        switch jurisdiction {
        case .england, .wales: "1187654"
        case .scotland: "SC051234"
        case .northernIreland: "NIC105678"
        }
    }

    static func companyNumber(_ jurisdiction: Jurisdiction, _ serial: String) -> String {
        switch jurisdiction {
        case .england, .wales: "12" + serial + "78"
        case .scotland: "SC" + serial + "12"
        case .northernIreland: "NI" + serial + "12"
        }
    }

    static func councilParty(roles: [PartyRole], cash: String?, inKind: String) -> Party {
        Party(
            name: council, kind: .localAuthority, legalForm: "local authority", roles: roles, registration: nil,
            signatory: ("Asha Patel", "Director of Environment"),
            contact: ("Tom Reed", "Urban Forest Officer", "tom.reed@riverside.example.org"),
            cash: cash, inKind: inKind)
    }

    static func notForProfit(_ jurisdiction: Jurisdiction) -> ExampleScenario {
        let parties = [
            councilParty(
                roles: [.leadPartner, .accountableBody], cash: "60000",
                inKind: "Officer time, nursery stock and tree pits in the highway"),
            Party(
                name: "Riverside Trees CIC", kind: .communityInterestCompany,
                legalForm: "community interest company limited by guarantee", roles: [.member],
                registration: companyNumber(jurisdiction, "3456"),
                signatory: ("Grace Okafor", "Managing Director"),
                contact: ("Dan Whitfield", "Planting Co-ordinator", "dan@riversidetrees.example.org"),
                cash: "15000", inKind: "Volunteer co-ordination and three years of tree aftercare"),
            Party(
                name: "Friends of Riverside Parks", kind: .charity,
                legalForm: "charitable incorporated organisation", roles: [.member],
                registration: charityNumber(jurisdiction),
                signatory: ("Margaret Lewis", "Chair of Trustees"),
                contact: ("Imran Shah", "Volunteer Manager", "imran.shah@riversideparks.example.org"),
                cash: "10000", inKind: "Community planting days and watering rotas"),
        ]
        return ExampleScenario(
            risk: .medium, name: "Riverside Urban Forest Partnership",
            purpose: "Plant and care for 5,000 street trees in Riverside by 2030, working with residents and local groups.",
            bodyName: "Riverside Urban Forest Board", endDate: "2029-03-31", reviewMonths: 12, statutory: nil,
            parties: parties, chair: council, viceChair: "Riverside Trees CIC", quorum: 3, meetingsPerYear: 4,
            reservedMatters: ["Budget approval", "Admission of new partners"], poolManager: nil,
            controllerModel: .independent, sharingAgreement: "Riverside Urban Forest volunteer data sharing agreement 2026",
            totalFunding: "85000", pooledBudget: false, accountableBody: true, personalData: .contactDetails,
            statutoryFunctions: false, vulnerablePeople: false, durationMonths: 36,
            successor: "Riverside Trees CIC", stewardshipYears: 10, phonePrefix: phonePrefix(jurisdiction))
    }

    static func strategicAlliance(_ jurisdiction: Jurisdiction) -> ExampleScenario {
        let parties = [
            councilParty(roles: [.leadPartner], cash: nil, inKind: "Officer time and access to council land for planting"),
            Party(
                name: "University of Riverside", kind: .university, legalForm: "chartered corporation",
                roles: [.member], registration: nil,
                signatory: ("Professor Helen Moore", "Pro Vice-Chancellor for Research"),
                contact: ("Dr Sam Adeyemi", "Senior Lecturer in Urban Ecology", "s.adeyemi@riverside.example.ac.uk"),
                cash: "20000", inKind: "Research staff time and soil monitoring"),
            Party(
                name: "Northbank Engineering Ltd", kind: .company, legalForm: "private company limited by shares",
                roles: [.member], registration: companyNumber(jurisdiction, "7654"),
                signatory: ("Chris Bell", "Managing Director"),
                contact: ("Priya Nair", "Drainage Engineer", "priya.nair@northbank.example.com"),
                cash: "25000", inKind: "Sustainable drainage design for tree pits"),
        ]
        return ExampleScenario(
            risk: .low, name: "Riverside Trees and Water Alliance",
            purpose: "Combine research, engineering and planting so that new street trees in Riverside also hold back surface water.",
            bodyName: "Riverside Trees and Water Steering Group", endDate: "2028-03-31", reviewMonths: 12,
            statutory: nil, parties: parties, chair: council, viceChair: "University of Riverside", quorum: 2,
            meetingsPerYear: 3, reservedMatters: ["Publication of joint research", "Use of partner logos"],
            poolManager: nil, controllerModel: .independent,
            sharingAgreement: "Riverside Trees and Water contact sharing note 2026", totalFunding: "45000",
            pooledBudget: false, accountableBody: false, personalData: .contactDetails, statutoryFunctions: false,
            vulnerablePeople: false, durationMonths: 24, successor: council, stewardshipYears: 5,
            phonePrefix: phonePrefix(jurisdiction))
    }

    /// The Scottish and Northern Ireland examples are a green health partnership that community
    /// planning partners run together, not the community planning partnership itself (a body in
    /// law with terms of reference only, whose members are set by the Act): so they use `other`
    /// and keep the statute in `statutory-basis`.
    static func statutory(_ jurisdiction: Jurisdiction, document: DocumentKind) -> ExampleScenario {
        let pooled = jurisdiction == .england || jurisdiction == .wales
        let (nhsName, nhsLegalForm, statute): (String, String, (StatutoryType, String)) =
            switch jurisdiction {
            case .england:
                ("NHS Riverside Integrated Care Board", "integrated care board",
                 (.section75, "section 75 of the National Health Service Act 2006"))
            case .wales:
                ("Riverside University Health Board", "local health board",
                 (.section33, "section 33 of the National Health Service (Wales) Act 2006"))
            case .scotland:
                ("NHS Riverside", "health board",
                 (.communityPlanning, "Part 2 of the Community Empowerment (Scotland) Act 2015"))
            case .northernIreland:
                ("Riverside Health and Social Care Trust", "health and social care trust",
                 (.communityPlanning, "Part 10 of the Local Government Act (Northern Ireland) 2014"))
            }
        let fitted = statute.0.isBodyInLaw ? (StatutoryType.other, statute.1) : statute
        var parties = [
            councilParty(
                roles: pooled ? [.leadPartner, .accountableBody, .host] : [.leadPartner, .accountableBody],
                cash: "700000", inKind: "Parks staff, planting sites and the green social prescribing team"),
            Party(
                name: nhsName, kind: .nhsBody, legalForm: nhsLegalForm, roles: [.member], registration: nil,
                signatory: ("Dr Rachel Evans", "Director of Population Health"),
                contact: ("Owen Price", "Commissioning Manager", "owen.price@nhs-riverside.example.org"),
                cash: "500000", inKind: "Referral pathways from general practice and clinical advice"),
        ]
        if !pooled {
            parties.append(Party(
                name: "Riverside Voluntary Action", kind: .charity, legalForm: "charitable incorporated organisation",
                roles: [.member], registration: charityNumber(jurisdiction),
                signatory: ("Fiona Campbell", "Chief Executive"),
                contact: ("Liam Doherty", "Partnerships Officer", "liam@riversidevoluntaryaction.example.org"),
                cash: nil, inKind: "Links with community groups and volunteer recruitment"))
        }
        return ExampleScenario(
            risk: .high, name: "Riverside Green Health Partnership",
            purpose: "Improve health in Riverside's most deprived neighbourhoods through green social prescribing and new street trees.",
            bodyName: "Riverside Green Health Board", endDate: "2031-03-31", reviewMonths: 12,
            statutory: fitted, parties: parties, chair: council, viceChair: nhsName,
            quorum: pooled ? 2 : 3, meetingsPerYear: 6,
            reservedMatters: pooled
                ? ["Changes to the pooled fund", "Changes to the services covered"]
                : [jurisdiction == .scotland ? "Approval of the local outcomes improvement plan" : "Approval of the community plan",
                   "Admission of new partners"],
            poolManager: pooled ? "Head of Integrated Commissioning, Riverside City Council" : nil,
            controllerModel: .joint, sharingAgreement: "Riverside Health and Care Information Sharing Agreement 2026",
            totalFunding: "1200000", pooledBudget: pooled, accountableBody: true,
            personalData: pooled ? .specialCategory : .personal, statutoryFunctions: true, vulnerablePeople: true,
            durationMonths: 60, successor: council, stewardshipYears: 10, phonePrefix: phonePrefix(jurisdiction))
    }
}
