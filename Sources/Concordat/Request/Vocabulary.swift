/// The closed vocabularies of a request. Raw values are the kebab-case words users write.
public protocol RequestEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension RequestEnum {
    /// The accepted words, in declaration order, for "expected one of …" messages.
    public static var words: [String] { allCases.map(\.rawValue) }
}

/// The three documents Concordat composes.
public enum DocumentKind: String, RequestEnum {
    case memorandumOfUnderstanding = "memorandum-of-understanding"
    case termsOfReference = "terms-of-reference"
    case exitStrategy = "exit-strategy"
}

/// The partnership frameworks.
public enum Framework: String, RequestEnum {
    case notForProfit = "not-for-profit"
    case statutory
    case strategicAlliance = "strategic-alliance"
}

/// The red-tape-flex levels, ordered from light to full governance.
public enum RiskLevel: String, RequestEnum, Comparable {
    case low, medium, high

    private var rank: Int { self == .low ? 0 : self == .medium ? 1 : 2 }
    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}

/// The UK jurisdictions.
public enum Jurisdiction: String, RequestEnum {
    case england, wales, scotland
    case northernIreland = "northern-ireland"
}

/// What kind of organisation a party is.
public enum PartyKind: String, RequestEnum {
    case localAuthority = "local-authority"
    case nhsBody = "nhs-body"
    case centralGovernment = "central-government"
    /// The Scottish Government, the Welsh Government or a Northern Ireland department.
    case devolvedGovernment = "devolved-government"
    case charity
    case communityInterestCompany = "community-interest-company"
    case company, university
    case communityGroup = "community-group"
    case other

    /// Whether this kind of body is a public authority unless the request says otherwise.
    public var isPublicAuthorityByDefault: Bool? {
        switch self {
        case .localAuthority, .nhsBody, .centralGovernment, .devolvedGovernment, .university: true
        case .other: nil
        default: false
        }
    }

    /// Whether this kind of body is part of the Crown: a UK government department or a devolved
    /// government. Crown bodies are one legal person, so they cannot indemnify one another.
    public var isCrown: Bool { self == .centralGovernment || self == .devolvedGovernment }
}

/// A party's role; lead partner, accountable body and host are different things.
public enum PartyRole: String, RequestEnum {
    case leadPartner = "lead-partner"
    case accountableBody = "accountable-body"
    case host, member, observer
}

/// The freedom-of-information regime a party is under.
public enum FOIRegime: String, RequestEnum {
    /// Freedom of Information Act 2000 and Environmental Information Regulations 2004.
    case foia
    /// Freedom of Information (Scotland) Act 2002 and Environmental Information (Scotland)
    /// Regulations 2004.
    case foisa
    /// A public authority for environmental information only (e.g. a water company): the
    /// Environmental Information Regulations 2004, or the Environmental Information (Scotland)
    /// Regulations 2004, and never the Freedom of Information Acts.
    case eir
    /// No freedom-of-information duties of its own.
    case none
}

/// The statute or arrangement a statutory partnership sits under.
public enum StatutoryType: String, RequestEnum {
    case section75 = "section-75"
    case section33 = "section-33"
    case healthAndWellbeingBoard = "health-and-wellbeing-board"
    case communitySafety = "community-safety"
    case publicServicesBoard = "public-services-board"
    case communityPlanning = "community-planning"
    case other

    /// Where each statutory arrangement exists; nil where it is not tied to one nation.
    public var nations: [Jurisdiction]? {
        switch self {
        case .section75, .healthAndWellbeingBoard: [.england]
        case .section33, .publicServicesBoard: [.wales]
        // Part I Chapter I of the Crime and Disorder Act 1998 extends to England and Wales only.
        case .communitySafety: [.england, .wales]
        case .communityPlanning: [.scotland, .northernIreland]
        case .other: nil
        }
    }

    /// Whether the body exists because the law says it must, with members the law names, so its
    /// members cannot leave it or wind it up and nobody signs it into being.
    public var isBodyInLaw: Bool {
        switch self {
        case .healthAndWellbeingBoard, .communitySafety, .publicServicesBoard, .communityPlanning: true
        case .section75, .section33, .other: false
        }
    }

    /// The documents that fit the arrangement. A body that exists in law has terms of reference
    /// only: there is nothing for its members to agree to create (a memorandum) or to leave or wind
    /// down (an exit strategy). A pooled arrangement has all three; its memorandum is heads of
    /// terms for the binding agreement.
    public var documents: [DocumentKind] {
        isBodyInLaw ? [.termsOfReference] : DocumentKind.allCases
    }

    /// Whether a document fits the arrangement; the pack composes only the documents that do.
    public func fits(_ document: DocumentKind) -> Bool { documents.contains(document) }
}

/// The role the law gives a party on a statutory body: how the community safety, public services
/// board and community planning clauses tell which responsible authorities are present.
public enum StatutoryRole: String, RequestEnum {
    /// The council for the area.
    case localAuthority = "local-authority"
    /// The chief officer of police (in Scotland, the chief constable of the Police Service of Scotland).
    case police
    /// The local policing body: a police and crime commissioner, or a mayor with those functions.
    case localPolicingBody = "local-policing-body"
    /// The fire and rescue authority (in Scotland, the Scottish Fire and Rescue Service).
    case fireAndRescue = "fire-and-rescue"
    /// A provider of probation services.
    case probation
    /// The health body the law names: an integrated care board, Local Health Board, health board
    /// or health and social care trust.
    case health
    /// The Local Healthwatch organisation.
    case healthwatch
    /// Natural Resources Wales.
    case naturalResourcesWales = "natural-resources-wales"
    /// Any other role given by law.
    case other
}

/// How a body makes decisions.
public enum DecisionRule: String, RequestEnum {
    case consensus, majority
}

/// How the partners stand to each other under data protection law.
public enum ControllerModel: String, RequestEnum {
    case independent, joint, processor
}

/// How sensitive the personal data shared is.
public enum PersonalDataLevel: String, RequestEnum {
    case none
    case contactDetails = "contact-details"
    case personal
    case specialCategory = "special-category"
}

/// How the partnership's work continues or ends on exit.
public enum ExitRoute: String, RequestEnum {
    case handover, mainstream
    case successorFunding = "successor-funding"
    case windDown = "wind-down"
    case plannedEnd = "planned-end"
}
