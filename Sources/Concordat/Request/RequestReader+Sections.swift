import Yams

/// The request format, section by section: which keys each mapping allows and how each value is
/// read. Every section is read even after an earlier one failed, so one run reports everything.
extension RequestReader {
    /// Reads the whole request; nil when something required is missing or invalid (the reasons
    /// are in `diagnostics`).
    mutating func readRequest(_ root: Node, overrides: RequestOverrides) -> Request? {
        // `$schema` is an editor's link to `concordat schema`: allowed at the top level and ignored.
        guard let top = fields(root, path: "", known: RequestKeys.root + ["$schema"]) else { return nil }

        let document = word(top, "document", as: DocumentKind.self)
        if top.entries["document"] == nil, overrides.document == nil {
            missing(top, "document", hint: "add 'document: memorandum-of-understanding' (or \(DocumentKind.words.dropFirst().joined(separator: ", "))), or pass --document")
        }
        let framework = word(top, "framework", as: Framework.self)
        if top.entries["framework"] == nil, overrides.framework == nil {
            missing(top, "framework", hint: "add 'framework:' with one of \(Framework.words.joined(separator: ", ")), or pass --framework")
        }
        let risk = word(top, "risk", as: RiskLevel.self)
        let jurisdiction = word(top, "jurisdiction", as: Jurisdiction.self)
        let date = date(top, "date")
        let draft = text(top, "draft")

        var partnership: Partnership?
        if let entry = top.entries["partnership"] {
            partnership = readPartnership(entry.value, introducedAt: location(of: entry.key))
        } else {
            missing(top, "partnership")
        }
        let parties = readParties(top)
        let governance = top.entries["governance"].flatMap { readGovernance($0.value, introducedAt: location(of: $0.key)) }
        let data = top.entries["data"].flatMap { readData($0.value, introducedAt: location(of: $0.key)) }
        let riskFactors = top.entries["risk-factors"].flatMap {
            readRiskFactors($0.value, introducedAt: location(of: $0.key))
        }
        let exit = top.entries["exit"].flatMap { readExit($0.value, introducedAt: location(of: $0.key)) }

        if top.entries["risk"] == nil, top.entries["risk-factors"] == nil, overrides.risk == nil {
            error(
                "either risk or risk-factors is required", at: top.location, key: "risk",
                hint: "add 'risk: low' (or medium, high), or the risk-factors the level is assessed from")
        }

        guard let document = overrides.document ?? document,
              let framework = overrides.framework ?? framework,
              let partnership, let parties
        else { return nil }
        return Request(
            document: document, framework: framework, risk: overrides.risk ?? risk,
            jurisdiction: overrides.jurisdiction ?? jurisdiction ?? .england, date: date, draft: draft,
            partnership: partnership, parties: parties, governance: governance ?? Governance(),
            data: data ?? DataArrangements(), riskFactors: riskFactors, exit: exit ?? ExitPlan(),
            locations: locations, source: source)
    }

    mutating func readPartnership(_ node: Node, introducedAt introduction: SourceLocation) -> Partnership? {
        guard let fields = fields(node, path: "partnership", known: RequestKeys.partnership, introducedAt: introduction)
        else { return nil }
        let name = requiredText(fields, "name")
        let purpose = requiredText(fields, "purpose", hint: "say in a sentence or two what the partnership is for")
        let partnership = Partnership(
            name: name ?? "", purpose: purpose ?? "", area: text(fields, "area"),
            startDate: date(fields, "start-date"), endDate: date(fields, "end-date"),
            reviewMonths: integer(fields, "review-months", range: 1...120, expectation: "between 1 and 120 months"),
            bodyName: text(fields, "body-name"),
            statutoryType: word(fields, "statutory-type", as: StatutoryType.self),
            statutoryBasis: text(fields, "statutory-basis"))
        return name != nil && purpose != nil ? partnership : nil
    }

    mutating func readParties(_ top: Fields) -> [Party]? {
        guard let entry = top.entries["parties"] else {
            missing(top, "parties", hint: "list at least two parties, each with a name and a kind")
            return nil
        }
        guard let nodes = items(entry.value, path: "parties") else { return nil }
        let maxParties = limits.maxParties
        if nodes.count > maxParties {
            error(
                "lists \(nodes.count) parties; at most \(maxParties) are accepted",
                at: location(of: entry.key), key: "parties")
            return nil
        }
        if nodes.count < 2 {
            error(
                "at least two parties are required, found \(nodes.count)", at: location(of: entry.key),
                key: "parties")
        }
        var parties: [Party] = []
        var complete = true
        for (index, node) in nodes.enumerated() {
            let path = "parties[\(index)]"
            locations[path] = location(of: node)
            if let party = readParty(node, path: path) {
                parties.append(party)
            } else {
                complete = false
            }
        }
        return complete && nodes.count >= 2 ? parties : nil
    }

    mutating func readParty(_ node: Node, path: String) -> Party? {
        guard let fields = fields(node, path: path, known: RequestKeys.party) else { return nil }
        let name = requiredText(fields, "name")
        let kind = word(fields, "kind", as: PartyKind.self)
        if fields.entries["kind"] == nil {
            missing(fields, "kind", hint: "one of \(PartyKind.words.joined(separator: ", "))")
        }
        let publicAuthority = flag(fields, "public-authority")
        if kind == .other, fields.entries["public-authority"] == nil {
            error(
                "is required for a party of kind 'other'", at: fields.location, key: fields.path(of: "public-authority"),
                hint: "say 'public-authority: true' or 'public-authority: false'; it decides the freedom-of-information clauses")
        }
        let party = Party(
            name: name ?? "", kind: kind ?? .other, legalForm: text(fields, "legal-form"),
            roles: words(fields, "role", as: PartyRole.self) ?? [.member],
            publicAuthority: publicAuthority,
            foiRegimeOverride: word(fields, "foi-regime", as: FOIRegime.self),
            registration: text(fields, "registration"),
            statutoryRole: word(fields, "statutory-role", as: StatutoryRole.self),
            signatory: readPerson(fields, "signatory"), contact: readPerson(fields, "contact"),
            contribution: readContribution(fields))
        return name != nil && kind != nil ? party : nil
    }

    mutating func readPerson(_ parent: Fields, _ key: String) -> Person? {
        guard let entry = parent.entries[key],
              let fields = fields(entry.value, path: parent.path(of: key), known: RequestKeys.person,
                                  introducedAt: location(of: entry.key))
        else { return nil }
        let person = Person(
            name: text(fields, "name"), title: text(fields, "title"), email: text(fields, "email"),
            phone: text(fields, "phone"))
        if let email = person.email, !Self.looksLikeEmail(email), let value = fields.entries["email"]?.value {
            error("'\(Self.abbreviated(email))' is not an email address", at: location(of: value), key: fields.path(of: "email"))
        }
        return person == Person() ? nil : person
    }

    /// A light check that catches a name or phone number typed where an address belongs.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace }
    }

    mutating func readContribution(_ parent: Fields) -> Contribution? {
        guard let entry = parent.entries["contribution"],
              let fields = fields(entry.value, path: parent.path(of: "contribution"),
                                  known: RequestKeys.contribution, introducedAt: location(of: entry.key))
        else { return nil }
        let contribution = Contribution(cash: money(fields, "cash"), inKind: text(fields, "in-kind"))
        return contribution == Contribution() ? nil : contribution
    }

    mutating func readGovernance(_ node: Node, introducedAt introduction: SourceLocation) -> Governance? {
        guard let fields = fields(node, path: "governance", known: RequestKeys.governance, introducedAt: introduction)
        else { return nil }
        return Governance(
            chair: text(fields, "chair"), viceChair: text(fields, "vice-chair"),
            quorum: integer(fields, "quorum", range: 1...1000, expectation: "between 1 and 1000 members"),
            meetingsPerYear: integer(
                fields, "meetings-per-year", range: 1...52, expectation: "between 1 and 52 meetings a year"),
            noticeDays: integer(fields, "notice-days", range: 0...365, expectation: "between 0 and 365 days"),
            decisions: word(fields, "decisions", as: DecisionRule.self),
            secretariat: text(fields, "secretariat"),
            reservedMatters: texts(fields, "reserved-matters") ?? [],
            poolManager: text(fields, "pool-manager"),
            members: readMembers(fields) ?? [])
    }

    /// `governance.members`: the people on a board whose members are people, each with the office
    /// they hold and, optionally, the party they come from.
    mutating func readMembers(_ parent: Fields) -> [BoardMember]? {
        guard let entry = parent.entries["members"] else { return nil }
        let path = parent.path(of: "members")
        guard let nodes = items(entry.value, path: path) else { return nil }
        var members: [BoardMember] = []
        for (index, node) in nodes.enumerated() {
            let itemPath = "\(path)[\(index)]"
            locations[itemPath] = location(of: node)
            guard let fields = fields(node, path: itemPath, known: RequestKeys.member) else { continue }
            guard let role = requiredText(fields, "role", hint: "the office the member holds, e.g. Director of Public Health")
            else { continue }
            members.append(BoardMember(
                role: role, party: text(fields, "party"), name: text(fields, "name"),
                voting: flag(fields, "voting") ?? true))
        }
        return members
    }

    mutating func readData(_ node: Node, introducedAt introduction: SourceLocation) -> DataArrangements? {
        guard let fields = fields(node, path: "data", known: RequestKeys.data, introducedAt: introduction)
        else { return nil }
        return DataArrangements(
            controllerModel: word(fields, "controller-model", as: ControllerModel.self),
            sharingAgreement: text(fields, "sharing-agreement"))
    }

    mutating func readRiskFactors(_ node: Node, introducedAt introduction: SourceLocation) -> RiskFactors? {
        guard let fields = fields(node, path: "risk-factors", known: RequestKeys.riskFactors, introducedAt: introduction)
        else { return nil }
        return RiskFactors(
            totalFunding: money(fields, "total-funding"), pooledBudget: flag(fields, "pooled-budget"),
            accountableBody: flag(fields, "accountable-body"),
            personalData: word(fields, "personal-data", as: PersonalDataLevel.self),
            assetsOrStaffTransfer: flag(fields, "assets-or-staff-transfer"),
            incomeGeneration: flag(fields, "income-generation"),
            statutoryFunctions: flag(fields, "statutory-functions"),
            vulnerablePeople: flag(fields, "vulnerable-people"),
            durationMonths: integer(
                fields, "duration-months", range: 0...1200, expectation: "between 0 and 1200 months"),
            procurement: flag(fields, "procurement"))
    }

    mutating func readExit(_ node: Node, introducedAt introduction: SourceLocation) -> ExitPlan? {
        guard let fields = fields(node, path: "exit", known: RequestKeys.exit, introducedAt: introduction)
        else { return nil }
        return ExitPlan(
            route: word(fields, "route", as: ExitRoute.self), successor: text(fields, "successor"),
            stewardshipYears: integer(
                fields, "stewardship-years", range: 0...200, expectation: "between 0 and 200 years"))
    }
}
