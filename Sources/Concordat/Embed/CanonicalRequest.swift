import Foundation

/// A request written back out as the request format's own JSON: kebab-case keys, absent values
/// left out, defaults made explicit where the request holds them resolved (a party's
/// `public-authority`, its roles); a false `green-assets` or `definite-article` is left out, as
/// its default. Decoding the JSON gives the same request, so a document can
/// carry what composed it.
struct CanonicalRequest: Encodable {
    struct Partnership: Encodable {
        var name: String, purpose: String, area: String?, startDate: String?, endDate: String?
        var reviewMonths: Int?, bodyName: String?, statutoryType: String?, statutoryBasis: String?
        var greenAssets: Bool?
        enum CodingKeys: String, CodingKey {
            case name, purpose, area, startDate = "start-date", endDate = "end-date", reviewMonths = "review-months"
            case bodyName = "body-name", statutoryType = "statutory-type", statutoryBasis = "statutory-basis"
            case greenAssets = "green-assets"
        }
    }
    struct PersonJSON: Encodable { var name: String?, title: String?, email: String?, phone: String? }
    struct Contribution: Encodable {
        var cash: Decimal?, inKind: String?
        enum CodingKeys: String, CodingKey { case cash, inKind = "in-kind" }
    }
    struct Party: Encodable {
        var name: String, kind: String, legalForm: String?, role: [String], publicAuthority: Bool
        var foiRegime: String?, registration: String?, statutoryRole: String?, signatory: PersonJSON?, contact: PersonJSON?
        var contribution: Contribution?, definiteArticle: Bool?
        enum CodingKeys: String, CodingKey {
            case name, kind, legalForm = "legal-form", role, publicAuthority = "public-authority"
            case definiteArticle = "definite-article"
            case foiRegime = "foi-regime", registration, statutoryRole = "statutory-role", signatory, contact, contribution
        }
    }
    struct Governance: Encodable {
        var chair: String?, viceChair: String?, quorum: Int?, meetingsPerYear: Int?, noticeDays: Int?
        var decisions: String?, secretariat: String?, reservedMatters: [String]?, poolManager: String?
        var members: [Member]?, seats: Int?
        enum CodingKeys: String, CodingKey {
            case members, seats
            case chair, viceChair = "vice-chair", quorum, meetingsPerYear = "meetings-per-year"
            case noticeDays = "notice-days", decisions, secretariat, reservedMatters = "reserved-matters"
            case poolManager = "pool-manager"
        }
    }
    struct Member: Encodable { var role: String, party: String?, name: String?, voting: Bool }
    struct DataArrangements: Encodable {
        var controllerModel: String?, sharingAgreement: String?
        enum CodingKeys: String, CodingKey { case controllerModel = "controller-model", sharingAgreement = "sharing-agreement" }
    }
    struct RiskFactors: Encodable {
        var totalFunding: Decimal?, pooledBudget: Bool?, accountableBody: Bool?, personalData: String?
        var assetsOrStaffTransfer: Bool?, incomeGeneration: Bool?, statutoryFunctions: Bool?
        var vulnerablePeople: Bool?, durationMonths: Int?, procurement: Bool?
        enum CodingKeys: String, CodingKey {
            case procurement
            case totalFunding = "total-funding", pooledBudget = "pooled-budget", accountableBody = "accountable-body"
            case personalData = "personal-data", assetsOrStaffTransfer = "assets-or-staff-transfer"
            case incomeGeneration = "income-generation", statutoryFunctions = "statutory-functions"
            case vulnerablePeople = "vulnerable-people", durationMonths = "duration-months"
        }
    }
    struct ExitPlan: Encodable {
        var route: String?, successor: String?, stewardshipYears: Int?
        enum CodingKeys: String, CodingKey { case route, successor, stewardshipYears = "stewardship-years" }
    }

    var document: String, framework: String, risk: String?, jurisdiction: String, date: String?, draft: String?
    var partnership: Partnership, parties: [Party], governance: Governance?, data: DataArrangements?
    var riskFactors: RiskFactors?, exit: ExitPlan?
    enum CodingKeys: String, CodingKey {
        case document, framework, risk, jurisdiction, date, draft, partnership, parties, governance, data
        case riskFactors = "risk-factors", exit
    }

    init(_ r: Request) {
        document = r.document.rawValue
        framework = r.framework.rawValue
        risk = r.risk?.rawValue
        jurisdiction = r.jurisdiction.rawValue
        date = r.date?.iso
        draft = r.draft
        let p = r.partnership
        partnership = Partnership(
            name: p.name, purpose: p.purpose, area: p.area, startDate: p.startDate?.iso, endDate: p.endDate?.iso,
            reviewMonths: p.reviewMonths, bodyName: p.bodyName, statutoryType: p.statutoryType?.rawValue,
            statutoryBasis: p.statutoryBasis, greenAssets: p.greenAssets ? true : nil)
        func person(_ value: Person?) -> PersonJSON? {
            value.map { PersonJSON(name: $0.name, title: $0.title, email: $0.email, phone: $0.phone) }
        }
        parties = r.parties.map { party in
            Party(
                name: party.name, kind: party.kind.rawValue, legalForm: party.legalForm, role: party.roles.map(\.rawValue),
                publicAuthority: party.publicAuthority, foiRegime: party.foiRegimeOverride?.rawValue,
                registration: party.registration, statutoryRole: party.statutoryRole?.rawValue, signatory: person(party.signatory), contact: person(party.contact),
                contribution: party.contribution.map { Contribution(cash: $0.cash.map(Self.pounds), inKind: $0.inKind) },
                definiteArticle: party.definiteArticle ? true : nil)
        }
        let g = r.governance
        governance = Governance(
            chair: g.chair, viceChair: g.viceChair, quorum: g.quorum, meetingsPerYear: g.meetingsPerYear,
            noticeDays: g.noticeDays, decisions: g.decisions?.rawValue, secretariat: g.secretariat,
            reservedMatters: g.reservedMatters.isEmpty ? nil : g.reservedMatters, poolManager: g.poolManager,
            members: g.members.isEmpty ? nil : g.members.map { Member(role: $0.role, party: $0.party, name: $0.name, voting: $0.voting) },
            seats: g.seats)
        data = DataArrangements(controllerModel: r.data.controllerModel?.rawValue, sharingAgreement: r.data.sharingAgreement)
        riskFactors = r.riskFactors.map { f in
            RiskFactors(
                totalFunding: f.totalFunding.map(Self.pounds), pooledBudget: f.pooledBudget, accountableBody: f.accountableBody,
                personalData: f.personalData?.rawValue, assetsOrStaffTransfer: f.assetsOrStaffTransfer,
                incomeGeneration: f.incomeGeneration, statutoryFunctions: f.statutoryFunctions,
                vulnerablePeople: f.vulnerablePeople, durationMonths: f.durationMonths, procurement: f.procurement)
        }
        exit = ExitPlan(route: r.exit.route?.rawValue, successor: r.exit.successor, stewardshipYears: r.exit.stewardshipYears)
    }

    /// Pence as an exact decimal number of pounds (`1250.5`), never a binary fraction.
    private static func pounds(_ money: Money) -> Decimal {
        Decimal(money.pence) / 100
    }
}

extension Request {
    /// The request as canonical JSON (sorted keys, no insignificant space); decoding it gives
    /// this request back.
    public var canonicalJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(CanonicalRequest(self)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
