/// What each key of a request holds, section by section. Key names and their order come from
/// `RequestKeys`, the list the decoder checks keys against, and the words of every closed
/// vocabulary from the same `RequestEnum` types the decoder reads; this table adds only each
/// value's shape. A test decodes a value of every shape at every key and fails if the decoder and
/// this table disagree, and another fails if a key has no shape here.
enum RequestFieldType: Sendable {
    /// Any scalar, read as text.
    case text
    /// An email address: one `@`, a dot in the domain, no spaces.
    case email
    /// One line of text or a list of them.
    case texts
    /// `YYYY-MM-DD`.
    case date
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// `true` or `false`.
    case flag
    /// Pounds: a non-negative number with at most two decimal places.
    case money
    /// One word of a closed vocabulary.
    case word([String])
    /// One word or a list of them.
    case words([String])
    /// A mapping: the section whose keys it allows.
    case section(RequestSection)
    /// A list of mappings of a section.
    case list(RequestSection, minItems: Int)
}

/// The mappings a request is made of.
enum RequestSection: String, Sendable, CaseIterable {
    case root, partnership, party, person, contribution, governance, member, data, riskFactors, exit

    /// The keys the decoder allows here, in `init`'s order.
    var keys: [String] {
        switch self {
        case .root: RequestKeys.root
        case .partnership: RequestKeys.partnership
        case .party: RequestKeys.party
        case .person: RequestKeys.person
        case .contribution: RequestKeys.contribution
        case .governance: RequestKeys.governance
        case .member: RequestKeys.member
        case .data: RequestKeys.data
        case .riskFactors: RequestKeys.riskFactors
        case .exit: RequestKeys.exit
        }
    }

    /// Keys that must be present (the decoder's "required key is missing").
    var required: [String] {
        switch self {
        case .root: ["document", "framework", "partnership", "parties"]
        case .partnership: ["name", "purpose"]
        case .party: ["name", "kind"]
        case .member: ["role"]
        default: []
        }
    }

    /// The shape of each key's value.
    var types: [String: RequestFieldType] {
        switch self {
        case .root: [
            "document": .word(DocumentKind.words), "framework": .word(Framework.words),
            "risk": .word(RiskLevel.words), "jurisdiction": .word(Jurisdiction.words), "date": .date,
            "draft": .text, "partnership": .section(.partnership), "parties": .list(.party, minItems: 2),
            "governance": .section(.governance), "data": .section(.data),
            "risk-factors": .section(.riskFactors), "exit": .section(.exit),
        ]
        case .partnership: [
            "name": .text, "purpose": .text, "area": .text, "start-date": .date, "end-date": .date,
            "review-months": .integer(1...120), "body-name": .text,
            "statutory-type": .word(StatutoryType.words), "statutory-basis": .text,
        ]
        case .party: [
            "name": .text, "kind": .word(PartyKind.words), "legal-form": .text, "role": .words(PartyRole.words),
            "public-authority": .flag, "foi-regime": .word(FOIRegime.words), "registration": .text,
            "statutory-role": .word(StatutoryRole.words),
            "signatory": .section(.person), "contact": .section(.person), "contribution": .section(.contribution),
        ]
        case .person: ["name": .text, "title": .text, "email": .email, "phone": .text]
        case .contribution: ["cash": .money, "in-kind": .text]
        case .governance: [
            "chair": .text, "vice-chair": .text, "quorum": .integer(1...1000), "meetings-per-year": .integer(1...52),
            "notice-days": .integer(0...365), "decisions": .word(DecisionRule.words), "secretariat": .text,
            "reserved-matters": .texts, "pool-manager": .text, "members": .list(.member, minItems: 0),
        ]
        case .member: ["role": .text, "party": .text, "name": .text, "voting": .flag]
        case .data: ["controller-model": .word(ControllerModel.words), "sharing-agreement": .text]
        case .riskFactors: [
            "total-funding": .money, "pooled-budget": .flag, "accountable-body": .flag,
            "personal-data": .word(PersonalDataLevel.words), "assets-or-staff-transfer": .flag,
            "income-generation": .flag, "statutory-functions": .flag, "vulnerable-people": .flag,
            "duration-months": .integer(0...1200), "procurement": .flag,
        ]
        case .exit: ["route": .word(ExitRoute.words), "successor": .text, "stewardship-years": .integer(0...200)]
        }
    }
}
