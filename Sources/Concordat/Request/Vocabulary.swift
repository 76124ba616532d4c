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
    case charity
    case communityInterestCompany = "community-interest-company"
    case company, university
    case communityGroup = "community-group"
    case other

    /// Whether this kind of body is a public authority unless the request says otherwise.
    public var isPublicAuthorityByDefault: Bool? {
        switch self {
        case .localAuthority, .nhsBody, .centralGovernment, .university: true
        case .other: nil
        default: false
        }
    }
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
