/// What the user asks Concordat to compose: the partnership's details and the document wanted.
/// Decoded by `RequestDecoder`; every field has already been validated.
public struct Request: Sendable, Hashable {
    /// The document to compose.
    public var document: DocumentKind
    /// The partnership framework.
    public var framework: Framework
    /// The stated risk level; when nil, the level is assessed from `riskFactors`.
    public var risk: RiskLevel?
    /// The jurisdiction (England unless stated).
    public var jurisdiction: Jurisdiction
    /// The document date, if the request gives one.
    public var date: CalendarDate?
    /// A label for the title page, e.g. "Draft 2 for partner review".
    public var draft: String?
    /// The partnership itself.
    public var partnership: Partnership
    /// The parties, in the order the request lists them.
    public var parties: [Party]
    /// How the partnership is governed.
    public var governance: Governance
    /// Data protection arrangements.
    public var data: DataArrangements
    /// The facts risk is assessed from, if given.
    public var riskFactors: RiskFactors?
    /// How the partnership ends, for exit strategies.
    public var exit: ExitPlan
    /// Where each key was found, by dotted path (`parties[1].kind`), for later diagnostics.
    public var locations: [String: SourceLocation]
    /// The request file's name as the user gave it.
    public var source: String

    /// Creates a request.
    public init(
        document: DocumentKind, framework: Framework, risk: RiskLevel? = nil,
        jurisdiction: Jurisdiction = .england, date: CalendarDate? = nil, draft: String? = nil,
        partnership: Partnership, parties: [Party], governance: Governance = Governance(),
        data: DataArrangements = DataArrangements(), riskFactors: RiskFactors? = nil,
        exit: ExitPlan = ExitPlan(), locations: [String: SourceLocation] = [:],
        source: String = "<request>"
    ) {
        self.document = document
        self.framework = framework
        self.risk = risk
        self.jurisdiction = jurisdiction
        self.date = date
        self.draft = draft
        self.partnership = partnership
        self.parties = parties
        self.governance = governance
        self.data = data
        self.riskFactors = riskFactors
        self.exit = exit
        self.locations = locations
        self.source = source
    }

    /// The location of a key, falling back to the file itself.
    public func location(of key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: source)
    }
}

/// The partnership's own details.
public struct Partnership: Sendable, Hashable {
    /// The partnership's name.
    public var name: String
    /// What it is for, in a sentence or two.
    public var purpose: String
    /// The place it serves.
    public var area: String?
    /// When it starts.
    public var startDate: CalendarDate?
    /// When it ends; nil means until ended under the document.
    public var endDate: CalendarDate?
    /// How often the document is reviewed, in months.
    public var reviewMonths: Int?
    /// The board or group a terms of reference governs; defaults to the partnership's name.
    public var bodyName: String?
    /// For statutory partnerships: the statute or arrangement.
    public var statutoryType: StatutoryType?
    /// For statutory partnerships: the statutory basis in words.
    public var statutoryBasis: String?

    /// Creates partnership details.
    public init(
        name: String, purpose: String, area: String? = nil, startDate: CalendarDate? = nil,
        endDate: CalendarDate? = nil, reviewMonths: Int? = nil, bodyName: String? = nil,
        statutoryType: StatutoryType? = nil, statutoryBasis: String? = nil
    ) {
        self.name = name
        self.purpose = purpose
        self.area = area
        self.startDate = startDate
        self.endDate = endDate
        self.reviewMonths = reviewMonths
        self.bodyName = bodyName
        self.statutoryType = statutoryType
        self.statutoryBasis = statutoryBasis
    }
}

/// A named person, e.g. a signatory or contact.
public struct Person: Sendable, Hashable {
    /// Their name.
    public var name: String?
    /// Their job title.
    public var title: String?
    /// Their email address.
    public var email: String?
    /// Their telephone number.
    public var phone: String?

    /// Creates a person.
    public init(name: String? = nil, title: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
    }
}

/// What a party puts in.
public struct Contribution: Sendable, Hashable {
    /// Cash, in pounds.
    public var cash: Money?
    /// Contributions in kind, in words.
    public var inKind: String?

    /// Creates a contribution.
    public init(cash: Money? = nil, inKind: String? = nil) {
        self.cash = cash
        self.inKind = inKind
    }
}

/// One organisation signing the document.
public struct Party: Sendable, Hashable {
    /// Its legal name.
    public var name: String
    /// What kind of body it is.
    public var kind: PartyKind
    /// Its legal form in words, e.g. "charitable incorporated organisation".
    public var legalForm: String?
    /// Its roles (member unless stated).
    public var roles: [PartyRole]
    /// Whether it is a public authority (defaulted from `kind` when the request is silent).
    public var publicAuthority: Bool
    /// An explicit freedom-of-information regime, overriding the default.
    public var foiRegimeOverride: FOIRegime?
    /// Its charity or company number.
    public var registration: String?
    /// The role the law gives it on a statutory body (a local authority is `local-authority`
    /// unless the request says otherwise).
    public var statutoryRole: StatutoryRole?
    /// Who signs for it.
    public var signatory: Person?
    /// Its day-to-day contact.
    public var contact: Person?
    /// What it contributes.
    public var contribution: Contribution?

    /// Creates a party.
    public init(
        name: String, kind: PartyKind, legalForm: String? = nil, roles: [PartyRole] = [.member],
        publicAuthority: Bool? = nil, foiRegimeOverride: FOIRegime? = nil,
        registration: String? = nil, statutoryRole: StatutoryRole? = nil, signatory: Person? = nil,
        contact: Person? = nil, contribution: Contribution? = nil
    ) {
        self.name = name
        self.kind = kind
        self.legalForm = legalForm
        self.roles = roles
        self.publicAuthority = publicAuthority ?? kind.isPublicAuthorityByDefault ?? false
        self.foiRegimeOverride = foiRegimeOverride
        self.registration = registration
        self.statutoryRole = statutoryRole ?? (kind == .localAuthority ? .localAuthority : nil)
        self.signatory = signatory
        self.contact = contact
        self.contribution = contribution
    }

    /// The freedom-of-information regime the party is under in a jurisdiction: none unless it is
    /// a public authority; a UK government body is under FOIA wherever it works; a Scottish
    /// public body, the Scottish Ministers included, is under FOISA. A devolved government is
    /// taken to be the government of the request's nation: the Welsh Ministers and the Northern
    /// Ireland departments are under FOIA, the Scottish Ministers under FOISA (a request can say
    /// otherwise with `foi-regime`).
    public func foiRegime(in jurisdiction: Jurisdiction) -> FOIRegime {
        if let foiRegimeOverride { return foiRegimeOverride }
        guard publicAuthority else { return .none }
        if kind == .centralGovernment { return .foia }
        return jurisdiction == .scotland ? .foisa : .foia
    }

    /// Whether the party is part of the Crown (a government department or devolved government).
    public var isCrown: Bool { kind.isCrown }

    /// Whether the party holds a role.
    public func has(_ role: PartyRole) -> Bool { roles.contains(role) }
}

/// How the partnership is governed.
public struct Governance: Sendable, Hashable {
    /// Who chairs: a party name or a person.
    public var chair: String?
    /// Who deputises.
    public var viceChair: String?
    /// How many members make a meeting quorate.
    public var quorum: Int?
    /// Meetings a year.
    public var meetingsPerYear: Int?
    /// Days' notice of a meeting.
    public var noticeDays: Int?
    /// How decisions are made.
    public var decisions: DecisionRule?
    /// Who provides the secretariat.
    public var secretariat: String?
    /// Matters reserved to each member body.
    public var reservedMatters: [String]
    /// For pooled budgets: the named pool manager.
    public var poolManager: String?
    /// For boards whose members are people, not organisations (a health and wellbeing board's
    /// members under section 194(2) of the Health and Social Care Act 2012).
    public var members: [BoardMember]

    /// Creates governance details.
    public init(
        chair: String? = nil, viceChair: String? = nil, quorum: Int? = nil,
        meetingsPerYear: Int? = nil, noticeDays: Int? = nil, decisions: DecisionRule? = nil,
        secretariat: String? = nil, reservedMatters: [String] = [], poolManager: String? = nil,
        members: [BoardMember] = []
    ) {
        self.chair = chair
        self.viceChair = viceChair
        self.quorum = quorum
        self.meetingsPerYear = meetingsPerYear
        self.noticeDays = noticeDays
        self.decisions = decisions
        self.secretariat = secretariat
        self.reservedMatters = reservedMatters
        self.poolManager = poolManager
        self.members = members
    }
}

/// One member of a board whose members are people: the office they hold and, where they
/// represent an organisation, which party.
public struct BoardMember: Sendable, Hashable {
    /// The office or seat, e.g. "Director of Public Health".
    public var role: String
    /// The party the member comes from or represents, if any (one of the parties' names).
    public var party: String?
    /// The person's name, if known.
    public var name: String?
    /// Whether the member votes (all do unless the council directs otherwise).
    public var voting: Bool

    /// Creates a board member.
    public init(role: String, party: String? = nil, name: String? = nil, voting: Bool = true) {
        self.role = role
        self.party = party
        self.name = name
        self.voting = voting
    }
}

/// Data protection arrangements.
public struct DataArrangements: Sendable, Hashable {
    /// How the partners stand under data protection law.
    public var controllerModel: ControllerModel?
    /// A reference to a data sharing agreement, if any.
    public var sharingAgreement: String?

    /// Creates data arrangements.
    public init(controllerModel: ControllerModel? = nil, sharingAgreement: String? = nil) {
        self.controllerModel = controllerModel
        self.sharingAgreement = sharingAgreement
    }
}

/// The facts the risk level is assessed from. Nil means the request did not say.
public struct RiskFactors: Sendable, Hashable {
    /// Total funding across all partners.
    public var totalFunding: Money?
    /// Whether partners pool a budget.
    public var pooledBudget: Bool?
    /// Whether a partner is the accountable body (defaults from roles).
    public var accountableBody: Bool?
    /// The most sensitive personal data shared.
    public var personalData: PersonalDataLevel?
    /// Whether assets or staff transfer.
    public var assetsOrStaffTransfer: Bool?
    /// Whether the partnership generates income.
    public var incomeGeneration: Bool?
    /// Whether statutory functions are exercised through it.
    public var statutoryFunctions: Bool?
    /// Whether it works with vulnerable people.
    public var vulnerablePeople: Bool?
    /// Whether the partnership, or a partner for it, will buy goods, works or services.
    public var procurement: Bool?
    /// How long it runs (defaults from start and end dates).
    public var durationMonths: Int?

    /// Creates risk factors.
    public init(
        totalFunding: Money? = nil, pooledBudget: Bool? = nil, accountableBody: Bool? = nil,
        personalData: PersonalDataLevel? = nil, assetsOrStaffTransfer: Bool? = nil,
        incomeGeneration: Bool? = nil, statutoryFunctions: Bool? = nil,
        vulnerablePeople: Bool? = nil, durationMonths: Int? = nil, procurement: Bool? = nil
    ) {
        self.totalFunding = totalFunding
        self.pooledBudget = pooledBudget
        self.accountableBody = accountableBody
        self.personalData = personalData
        self.assetsOrStaffTransfer = assetsOrStaffTransfer
        self.incomeGeneration = incomeGeneration
        self.statutoryFunctions = statutoryFunctions
        self.vulnerablePeople = vulnerablePeople
        self.durationMonths = durationMonths
        self.procurement = procurement
    }
}

/// How the partnership, or a partner's part in it, ends.
public struct ExitPlan: Sendable, Hashable {
    /// The exit route.
    public var route: ExitRoute?
    /// The body that takes the work on, if any.
    public var successor: String?
    /// Years the successor looks after green assets.
    public var stewardshipYears: Int?

    /// Creates an exit plan.
    public init(route: ExitRoute? = nil, successor: String? = nil, stewardshipYears: Int? = nil) {
        self.route = route
        self.successor = successor
        self.stewardshipYears = stewardshipYears
    }
}
