/// Scores a request's risk factors with a scoring policy.
public struct Assessor: Sendable {
    /// The policy.
    public var scoring: RiskScoring

    /// Creates an assessor.
    public init(scoring: RiskScoring) { self.scoring = scoring }

    /// Assesses a request. With no risk factors, only the stated level is reported.
    public func assess(_ request: Request) -> Assessment {
        guard let factors = request.riskFactors else {
            return Assessment(factors: nil, score: 0, band: .low, floor: nil, assessed: nil, stated: request.risk)
        }
        var results: [Assessment.FactorResult] = []
        for factor in scoring.factors {
            let (value, source, effect) = read(factor, factors, request)
            results.append(Assessment.FactorResult(
                name: factor.name, value: value, source: source, points: effect.points, floor: effect.floor, why: factor.why))
        }
        // The policy's points are bounded when it is loaded; the sum still saturates rather than
        // trap, should a policy be built in code.
        let score = results.map(\.points).reduce(0) { total, points in
            let (sum, overflow) = total.addingReportingOverflow(points)
            return overflow ? (points > 0 ? Int.max : Int.min) : sum
        }
        let band = scoring.band(for: score)
        let floor = results.compactMap(\.floor).max()
        return Assessment(
            factors: results, score: score, band: band, floor: floor, assessed: max(band, floor ?? .low),
            stated: request.risk)
    }

    private func read(
        _ factor: RiskScoring.Factor, _ f: RiskFactors, _ request: Request
    ) -> (String, String, RiskScoring.Effect) {
        let none = RiskScoring.Effect(points: 0, floor: nil)
        func flag(_ value: Bool?, default fallback: Bool = false, defaultSource: String = "not given, so no") -> (String, String, RiskScoring.Effect) {
            let yes = value ?? fallback
            return (yes ? "yes" : "no", value == nil ? defaultSource : "request", yes ? (factor.whenTrue ?? none) : none)
        }
        func stepped(_ amount: Int64?, shown: String, source: String) -> (String, String, RiskScoring.Effect) {
            guard let amount else { return ("not given", "not given, so 0", none) }
            let effect = factor.steps.last { amount >= $0.from }?.effect ?? none
            return (shown, source, effect)
        }
        switch factor.name {
        case "total-funding":
            return stepped(f.totalFunding.map { $0.pence / 100 }, shown: f.totalFunding?.formatted ?? "", source: "request")
        case "accountable-body":
            let fromRoles = request.parties.contains { $0.has(.accountableBody) }
            return flag(f.accountableBody, default: fromRoles,
                        defaultSource: fromRoles ? "a party has the role accountable-body" : "no party has the role accountable-body")
        case "pooled-budget": return flag(f.pooledBudget)
        case "assets-or-staff-transfer": return flag(f.assetsOrStaffTransfer)
        case "income-generation": return flag(f.incomeGeneration)
        case "statutory-functions": return flag(f.statutoryFunctions)
        case "vulnerable-people": return flag(f.vulnerablePeople)
        case "personal-data":
            guard let level = f.personalData else { return ("not given", "not given, so none", factor.values["none"] ?? none) }
            return (level.rawValue, "request", factor.values[level.rawValue] ?? none)
        case "duration-months":
            if let months = f.durationMonths {
                return stepped(Int64(months), shown: "\(months) months", source: "request")
            }
            if let start = request.partnership.startDate, let end = request.partnership.endDate {
                // The end date is the last day of the term, so count to the day after it.
                let months = start.months(until: end.nextDay)
                return stepped(Int64(max(0, months)), shown: "\(max(0, months)) months", source: "from start-date and end-date")
            }
            return ("not given", "no duration or end date, so 0", none)
        case "parties":
            let count = request.parties.count
            return stepped(Int64(count), shown: "\(count) parties", source: "request")
        default:
            return ("not given", "not read", none)
        }
    }
}
