/// The request seen as facts a `when` condition can test. Each path yields the values found
/// (several for `parties.any.*`), or nil when the request does not give it.
struct RequestFacts {
    let request: Request
    let level: RiskLevel

    func values(at path: String) -> [Condition.Value]? {
        if let field = Self.partyField(path) {
            return request.parties.flatMap { partyValues($0, field) }
        }
        switch path {
        case "document": return [.word(request.document.rawValue)]
        case "framework": return [.word(request.framework.rawValue)]
        case "risk": return [.word(level.rawValue)]
        case "jurisdiction": return [.word(request.jurisdiction.rawValue)]
        case "parties.count": return [.number(request.parties.count)]
        case "date": return request.date.map { [.word($0.iso)] }
        case "draft": return word(request.draft)
        case "partnership.name": return word(request.partnership.name)
        case "partnership.purpose": return word(request.partnership.purpose)
        case "partnership.area": return word(request.partnership.area)
        case "partnership.start-date": return request.partnership.startDate.map { [.word($0.iso)] }
        case "partnership.end-date": return request.partnership.endDate.map { [.word($0.iso)] }
        case "partnership.review-months": return request.partnership.reviewMonths.map { [.number($0)] }
        case "partnership.body-name": return word(request.partnership.bodyName)
        case "partnership.statutory-type": return request.partnership.statutoryType.map { [.word($0.rawValue)] }
        case "partnership.statutory-basis": return word(request.partnership.statutoryBasis)
        case "governance.chair": return word(request.governance.chair)
        case "governance.vice-chair": return word(request.governance.viceChair)
        case "governance.quorum": return request.governance.quorum.map { [.number($0)] }
        case "governance.meetings-per-year": return request.governance.meetingsPerYear.map { [.number($0)] }
        case "governance.notice-days": return request.governance.noticeDays.map { [.number($0)] }
        case "governance.decisions": return request.governance.decisions.map { [.word($0.rawValue)] }
        case "governance.secretariat": return word(request.governance.secretariat)
        case "governance.reserved-matters":
            return request.governance.reservedMatters.isEmpty ? nil : request.governance.reservedMatters.map { .word($0) }
        case "governance.pool-manager": return word(request.governance.poolManager)
        case "governance.seats": return [.number(RequestReader.votingSeats(request))]
        case "partnership.green-assets": return [.flag(request.partnership.greenAssets)]
        case "money.shared": return [.flag(moneyShared)]
        case "governance.members":
            return request.governance.members.isEmpty ? nil : request.governance.members.map { .word($0.role) }
        case "public-money": return [.flag(PublicMoney(request).applies)]
        case "public-money.to-non-public": return [.flag(PublicMoney(request).passesToNonPublicParty)]
        case "data.controller-model": return request.data.controllerModel.map { [.word($0.rawValue)] }
        case "data.sharing-agreement": return word(request.data.sharingAgreement)
        case "exit.route": return request.exit.route.map { [.word($0.rawValue)] }
        case "exit.successor": return word(request.exit.successor)
        case "exit.stewardship-years": return request.exit.stewardshipYears.map { [.number($0)] }
        default: return riskFactor(path)
        }
    }

    /// Whether partners put money in for others to hold or spend: an accountable body or host, a
    /// pooled budget, or a cash contribution. Wording that says "no money is pooled" needs this false.
    var moneyShared: Bool {
        request.parties.contains { $0.has(.accountableBody) || $0.has(.host) || ($0.contribution?.cash?.pence ?? 0) > 0 }
            || request.riskFactors?.pooledBudget == true || request.riskFactors?.accountableBody == true
    }

    private func riskFactor(_ path: String) -> [Condition.Value]? {
        let factors = request.riskFactors
        func flag(_ value: Bool?) -> [Condition.Value]? { value.map { [.flag($0)] } }
        switch path {
        case "risk-factors.total-funding":
            return factors?.totalFunding.map { [.number(Int($0.pence / 100))] }
        case "risk-factors.duration-months": return factors?.durationMonths.map { [.number($0)] }
        case "risk-factors.pooled-budget": return flag(factors?.pooledBudget)
        case "risk-factors.accountable-body":
            return flag(factors?.accountableBody ?? request.parties.contains { $0.has(.accountableBody) })
        case "risk-factors.personal-data": return factors?.personalData.map { [.word($0.rawValue)] }
        case "risk-factors.assets-or-staff-transfer": return flag(factors?.assetsOrStaffTransfer)
        case "risk-factors.income-generation": return flag(factors?.incomeGeneration)
        case "risk-factors.statutory-functions": return flag(factors?.statutoryFunctions)
        case "risk-factors.vulnerable-people": return flag(factors?.vulnerablePeople)
        case "risk-factors.procurement": return flag(factors?.procurement)
        default: return nil
        }
    }

    private func partyValues(_ party: Party, _ field: Substring) -> [Condition.Value] {
        switch field {
        case "kind": [.word(party.kind.rawValue)]
        case "role": party.roles.map { .word($0.rawValue) }
        case "public-authority": [.flag(party.publicAuthority)]
        case "foi-regime": [.word(party.foiRegime(in: request.jurisdiction).rawValue)]
        case "registration": party.registration.map { [.word($0)] } ?? []
        case "statutory-role": party.statutoryRole.map { [.word($0.rawValue)] } ?? []
        case "crown": [.flag(party.isCrown)]
        default: []
        }
    }

    private func word(_ text: String?) -> [Condition.Value]? {
        guard let text, !text.isEmpty else { return nil }
        return [.word(text)]
    }

    /// The field a party condition tests (`kind` in `parties.any.kind`), or nil for any other
    /// path: the last part of the path that is not empty, as splitting it at dots would give.
    /// Found by position rather than by splitting, since every condition of every clause is
    /// looked up for every request.
    static func partyField(_ path: String) -> Substring? {
        guard path.hasPrefix("parties.any.") || path.hasPrefix("parties.none.") else { return nil }
        let bytes = path.utf8, dot = UInt8(ascii: ".")
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == dot { end = bytes.index(before: end) }
        let start = bytes[..<end].lastIndex(of: dot).map { bytes.index(after: $0) } ?? bytes.startIndex
        return path[start..<end]
    }

    /// Whether a condition holds, and the values it saw (for explanations).
    func evaluate(_ condition: Condition) -> (holds: Bool, seen: String) {
        let found = values(at: condition.path)
        let seen: String
        if let field = Self.partyField(condition.path) {
            seen = partiesSeen(condition, field: field)
        } else {
            seen = found.map { $0.map(\.description).joined(separator: ", ") } ?? "not given"
        }
        return (holds(condition, found: found), seen)
    }

    /// Whether a condition holds.
    func holds(_ condition: Condition) -> Bool {
        holds(condition, found: values(at: condition.path))
    }

    /// Whether a condition holds, given the values at its path.
    private func holds(_ condition: Condition, found: [Condition.Value]?) -> Bool {
        let negate = condition.path.hasPrefix("parties.none.")
        var holds: Bool
        switch condition.test {
        case .present(let wanted):
            return (found.map { !$0.isEmpty } ?? false) == wanted
        case .equals(let value):
            holds = matches(found, value)
        case .oneOf(let options):
            holds = options.contains { matches(found, $0) }
        case .atLeast(let n):
            holds = found?.contains { if case .number(let v) = $0 { v >= n } else { false } } ?? false
        case .atMost(let n):
            holds = found?.contains { if case .number(let v) = $0 { v <= n } else { false } } ?? false
        }
        if negate { holds.toggle() }
        return holds
    }

    /// For party conditions, which parties match, by name: "Riverside City Council (local-authority)".
    private func partiesSeen(_ condition: Condition, field: Substring) -> String {
        let probe = Condition(path: "parties.any.\(field)", test: condition.test, location: condition.location)
        let matching = request.parties.filter { party in
            var single = request
            single.parties = [party]
            return RequestFacts(request: single, level: level).holds(probe)
        }
        if matching.isEmpty {
            let values = Set(request.parties.flatMap { partyValues($0, field) }.map(\.description)).sorted()
            return "no party matches (\(values.isEmpty ? "none given" : values.joined(separator: ", ")))"
        }
        return matching.map { "\($0.name) (\(partyValues($0, field).map(\.description).joined(separator: ", ")))" }
            .joined(separator: "; ")
    }

    /// A missing yes/no counts as false, so `pooled-budget: false` holds when it is not given.
    private func matches(_ found: [Condition.Value]?, _ value: Condition.Value) -> Bool {
        guard let found, !found.isEmpty else { return value == .flag(false) }
        return found.contains(value)
    }
}
