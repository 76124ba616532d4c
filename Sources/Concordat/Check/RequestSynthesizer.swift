import Foundation

/// Changes a request so it meets a clause's `when` conditions: the means by which `check` proves
/// every clause can appear in some document.
struct RequestSynthesizer {
    /// Applies each condition in turn; conditions on the same path should not conflict in a
    /// sound catalogue, and when they do the clause stays unreachable and `check` says so.
    static func apply(_ conditions: [Condition], to request: inout Request, level: inout RiskLevel) {
        for condition in conditions { apply(condition, to: &request, level: &level) }
    }

    private static func apply(_ condition: Condition, to request: inout Request, level: inout RiskLevel) {
        let path = condition.path
        if path.hasPrefix("parties.any.") || path.hasPrefix("parties.none.") {
            let field = String(path.split(separator: ".").last ?? "")
            if path.hasPrefix("parties.any.") { makeSomeParty(&request, field: field, test: condition.test) }
            else { makeNoParty(&request, field: field, test: condition.test) }
            return
        }
        if path == "parties.count" {
            var target = request.parties.count
            switch condition.test {
            case .atLeast(let n): target = max(target, n)
            case .atMost(let n): target = min(target, max(n, 2))
            case .equals(.number(let n)): target = max(n, 2)
            case .oneOf(let values): if case .number(let n)? = values.first { target = max(n, 2) }
            default: break
            }
            while request.parties.count > target { request.parties.removeLast() }
            while request.parties.count < target {
                request.parties.append(Party(name: "Example Partner \(request.parties.count + 1)", kind: .communityGroup))
            }
            return
        }
        let wanted = wantedValue(condition.test)
        switch path {
        case "risk": if case .word(let w)? = wanted, let l = RiskLevel(rawValue: w) { level = l }
        case "document": if case .word(let w)? = wanted, let d = DocumentKind(rawValue: w) { request.document = d }
        case "framework": if case .word(let w)? = wanted, let f = Framework(rawValue: w) { request.framework = f }
        case "jurisdiction": if case .word(let w)? = wanted, let j = Jurisdiction(rawValue: w) { request.jurisdiction = j }
        case "partnership.statutory-type":
            request.partnership.statutoryType = word(wanted).flatMap(StatutoryType.init(rawValue:))
            if let type = request.partnership.statutoryType { completeMembership(&request, for: type) }
        case "governance.decisions": request.governance.decisions = word(wanted).flatMap(DecisionRule.init(rawValue:))
        case "data.controller-model": request.data.controllerModel = word(wanted).flatMap(ControllerModel.init(rawValue:))
        case "exit.route": request.exit.route = word(wanted).flatMap(ExitRoute.init(rawValue:))
        case "risk-factors.personal-data":
            var factors = request.riskFactors ?? RiskFactors()
            factors.personalData = word(wanted).flatMap(PersonalDataLevel.init(rawValue:))
            request.riskFactors = factors
        default:
            applyScalar(path, wanted, to: &request)
        }
    }

    /// A value that satisfies a test, or nil for "not given".
    private static func wantedValue(_ test: Condition.Test) -> Condition.Value? {
        switch test {
        case .equals(let value): value
        case .oneOf(let values): values.first
        case .present(true): .word("Example")
        case .present(false): nil
        case .atLeast(let n), .atMost(let n): .number(n)
        }
    }

    private static func word(_ value: Condition.Value?) -> String? {
        if case .word(let w)? = value { return w }
        return nil
    }

    private static func number(_ value: Condition.Value?) -> Int? {
        switch value {
        case .number(let n)?: n
        case .word?: 1
        default: nil
        }
    }

    private static func flag(_ value: Condition.Value?) -> Bool? {
        if case .flag(let f)? = value { return f }
        return value == nil ? nil : true
    }

    private static func text(_ value: Condition.Value?, _ existing: String?) -> String? {
        switch value {
        case nil: return nil
        case .word(let w)?: return w == "Example" ? (existing ?? "Example") : w
        case .number(let n)?: return String(n)
        case .flag?: return existing ?? "Example"
        }
    }

    private static func applyScalar(_ path: String, _ wanted: Condition.Value?, to r: inout Request) {
        var factors = r.riskFactors ?? RiskFactors()
        switch path {
        case "partnership.area": r.partnership.area = text(wanted, r.partnership.area)
        case "partnership.end-date": r.partnership.endDate = wanted == nil ? nil : (r.partnership.endDate ?? CalendarDate(year: 2029, month: 3, day: 31))
        case "partnership.start-date": r.partnership.startDate = wanted == nil ? nil : (r.partnership.startDate ?? CalendarDate(year: 2026, month: 4, day: 1))
        case "partnership.review-months": r.partnership.reviewMonths = number(wanted)
        case "partnership.body-name": r.partnership.bodyName = text(wanted, r.partnership.bodyName)
        case "partnership.statutory-basis": r.partnership.statutoryBasis = text(wanted, r.partnership.statutoryBasis)
        case "governance.chair": r.governance.chair = text(wanted, r.governance.chair)
        case "governance.vice-chair": r.governance.viceChair = text(wanted, r.governance.viceChair)
        case "governance.quorum": r.governance.quorum = number(wanted)
        case "governance.meetings-per-year": r.governance.meetingsPerYear = number(wanted)
        case "governance.notice-days": r.governance.noticeDays = number(wanted)
        case "governance.secretariat": r.governance.secretariat = text(wanted, r.governance.secretariat)
        case "governance.reserved-matters": r.governance.reservedMatters = wanted == nil ? [] : (r.governance.reservedMatters.isEmpty ? ["Budget approval"] : r.governance.reservedMatters)
        case "governance.pool-manager": r.governance.poolManager = text(wanted, r.governance.poolManager)
        case "governance.members":
            r.governance.members = wanted == nil ? [] : (r.governance.members.isEmpty
                ? [BoardMember(role: "Director of Public Health", party: r.parties.first?.name)] : r.governance.members)
        case "data.sharing-agreement": r.data.sharingAgreement = text(wanted, r.data.sharingAgreement)
        case "exit.successor": r.exit.successor = text(wanted, r.exit.successor)
        case "exit.stewardship-years": r.exit.stewardshipYears = number(wanted)
        case "draft": r.draft = text(wanted, r.draft)
        case "date": r.date = wanted == nil ? nil : (r.date ?? CalendarDate(year: 2026, month: 3, day: 1))
        case "risk-factors.total-funding": factors.totalFunding = number(wanted).map { Money(pounds: Int64($0)) }
        case "risk-factors.duration-months": factors.durationMonths = number(wanted)
        case "risk-factors.pooled-budget": factors.pooledBudget = flag(wanted)
        case "risk-factors.accountable-body": factors.accountableBody = flag(wanted)
        case "risk-factors.assets-or-staff-transfer": factors.assetsOrStaffTransfer = flag(wanted)
        case "risk-factors.income-generation": factors.incomeGeneration = flag(wanted)
        case "risk-factors.statutory-functions": factors.statutoryFunctions = flag(wanted)
        case "risk-factors.vulnerable-people": factors.vulnerablePeople = flag(wanted)
        case "risk-factors.procurement": factors.procurement = flag(wanted)
        case "public-money", "public-money.to-non-public":
            // Public cash alongside a party that is not a public body brings the public-money clauses.
            if flag(wanted) ?? false {
                if !r.parties.contains(where: { !$0.publicAuthority }) {
                    r.parties.append(Party(name: "Example Charity", kind: .charity, registration: "1234567"))
                }
                if let index = r.parties.firstIndex(where: \.publicAuthority) {
                    r.parties[index].contribution = Contribution(cash: Money(pounds: 10000))
                } else {
                    r.parties.append(Party(name: "Example Council", kind: .localAuthority, contribution: Contribution(cash: Money(pounds: 10000))))
                }
            }
        default: break
        }
        if path.hasPrefix("risk-factors.") { r.riskFactors = factors }
    }

    /// A statutory body the law gives members: adds the members the law names, so that the request
    /// is one the type accepts without warnings.
    static func completeMembership(_ r: inout Request, for type: StatutoryType) {
        let roles: [(StatutoryRole, PartyKind, String)] = switch type {
        case .communitySafety:
            [(.localAuthority, .localAuthority, "Example Council"), (.police, .other, "Chief Constable of Example Police"),
             (.fireAndRescue, .other, "Example Fire and Rescue Authority"), (.probation, .other, "Example Probation Service"),
             (.health, .nhsBody, "Example Integrated Care Board")]
        case .publicServicesBoard:
            [(.localAuthority, .localAuthority, "Example Council"), (.health, .nhsBody, "Example Local Health Board"),
             (.fireAndRescue, .other, "Example Fire and Rescue Authority"),
             (.naturalResourcesWales, .other, "Natural Resources Wales")]
        default: []
        }
        for (role, kind, name) in roles where !r.parties.contains(where: { $0.statutoryRole == role }) {
            if role == .health, let index = r.parties.firstIndex(where: { $0.kind == .nhsBody && $0.statutoryRole == nil }) {
                r.parties[index].statutoryRole = .health
            } else {
                r.parties.append(Party(name: name, kind: kind, publicAuthority: true, statutoryRole: role))
            }
        }
        if type == .healthAndWellbeingBoard, r.governance.members.isEmpty {
            let council = r.parties.first { $0.kind == .localAuthority }?.name
            r.governance.members = [
                BoardMember(role: "Leader of the Council", party: council),
                BoardMember(role: "Director of Adult Social Services", party: council),
                BoardMember(role: "Director of Children's Services", party: council),
                BoardMember(role: "Director of Public Health", party: council),
            ]
        }
        if type.isBodyInLaw { r.document = .termsOfReference }
    }

    private static func makeSomeParty(_ r: inout Request, field: String, test: Condition.Test) {
        let wanted = wantedValue(test)
        guard !r.parties.isEmpty else { return }
        switch field {
        case "kind":
            guard let kind = word(wanted).flatMap(PartyKind.init(rawValue:)), !r.parties.contains(where: { $0.kind == kind }) else { return }
            r.parties.append(Party(name: "Example \(Wording.kind(kind).capitalized)", kind: kind, publicAuthority: kind == .other ? false : nil))
        case "role":
            guard let role = word(wanted).flatMap(PartyRole.init(rawValue:)), !r.parties.contains(where: { $0.has(role) }) else { return }
            r.parties[0].roles.append(role)
        case "public-authority":
            let want = flag(wanted) ?? true
            guard !r.parties.contains(where: { $0.publicAuthority == want }) else { return }
            r.parties.append(Party(name: "Example \(want ? "Council" : "Community Group")", kind: want ? .localAuthority : .communityGroup))
        case "foi-regime":
            guard let regime = word(wanted).flatMap(FOIRegime.init(rawValue:)),
                  !r.parties.contains(where: { $0.foiRegime(in: r.jurisdiction) == regime }) else { return }
            switch regime {
            case .foia: r.parties.append(Party(name: "Example Government Department", kind: .centralGovernment))
            case .foisa: r.parties.append(Party(name: "Example Scottish Body", kind: .localAuthority, foiRegimeOverride: .foisa))
            case .eir: r.parties.append(Party(name: "Example Water Company", kind: .company, publicAuthority: true, foiRegimeOverride: .eir))
            case .none: r.parties.append(Party(name: "Example Community Group", kind: .communityGroup))
            }
        case "statutory-role":
            guard let role = word(wanted).flatMap(StatutoryRole.init(rawValue:)),
                  !r.parties.contains(where: { $0.statutoryRole == role }) else { return }
            r.parties.append(Party(name: "Example \(role.rawValue) body", kind: .other, publicAuthority: true, statutoryRole: role))
        case "crown":
            guard flag(wanted) ?? true, !r.parties.contains(where: \.isCrown) else { return }
            r.parties.append(Party(name: "Example Government Department", kind: .centralGovernment))
        case "registration":
            if wanted != nil, !r.parties.contains(where: { $0.registration != nil }) { r.parties[0].registration = "01234567" }
        default: break
        }
    }

    private static func makeNoParty(_ r: inout Request, field: String, test: Condition.Test) {
        let facts = RequestFacts(request: r, level: .low)
        for index in r.parties.indices {
            let probe = Condition(path: "parties.any.\(field)", test: test, location: SourceLocation(file: ""))
            let single = Request(document: r.document, framework: r.framework, jurisdiction: r.jurisdiction,
                                 partnership: r.partnership, parties: [r.parties[index]])
            guard RequestFacts(request: single, level: facts.level).holds(probe) else { continue }
            switch field {
            case "kind": r.parties[index].kind = .company
            case "role":
                if let role = word(wantedValue(test)).flatMap(PartyRole.init(rawValue:)) { r.parties[index].roles.removeAll { $0 == role } }
                if r.parties[index].roles.isEmpty { r.parties[index].roles = [.member] }
            case "public-authority":
                r.parties[index].publicAuthority.toggle()
                r.parties[index].foiRegimeOverride = nil
            case "foi-regime":
                let regime = r.parties[index].foiRegime(in: r.jurisdiction)
                r.parties[index].foiRegimeOverride = regime == FOIRegime.none ? FOIRegime.foia : FOIRegime.none
                if regime != FOIRegime.none { r.parties[index].publicAuthority = false }
            case "registration": r.parties[index].registration = nil
            default: break
            }
        }
    }
}
