import Yams

/// The red-tape-flex scoring policy, read from `Templates/risk-scoring.yaml` so an organisation
/// can replace it: points per factor, floors set by single severe triggers, and score bands.
public struct RiskScoring: Sendable, Hashable {
    /// What one factor contributes for one of its values.
    public struct Effect: Sendable, Hashable {
        /// Points added to the score.
        public var points: Int
        /// The lowest level this value allows, if any.
        public var floor: RiskLevel?
    }

    /// One factor's rule.
    public struct Factor: Sendable, Hashable {
        /// The factor's name, as in the request (`total-funding`) or `parties` for the count.
        public var name: String
        /// One sentence on why it matters.
        public var why: String
        /// For yes/no factors: the effect of yes (no counts nothing).
        public var whenTrue: Effect?
        /// For numeric factors: effects from each threshold upwards, ascending.
        public var steps: [(from: Int64, effect: Effect)]
        /// For worded factors: the effect of each word.
        public var values: [String: Effect]

        public static func == (lhs: Factor, rhs: Factor) -> Bool {
            lhs.name == rhs.name && lhs.why == rhs.why && lhs.whenTrue == rhs.whenTrue && lhs.values == rhs.values
                && lhs.steps.map(\.from) == rhs.steps.map(\.from) && lhs.steps.map(\.effect) == rhs.steps.map(\.effect)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(name) }
    }

    /// The lowest score of each level.
    public var bands: [RiskLevel: Int]
    /// The factors in file order.
    public var factors: [Factor]

    /// The level a score falls in.
    public func band(for score: Int) -> RiskLevel {
        RiskLevel.allCases.reversed().first { score >= (bands[$0] ?? Int.max) } ?? .low
    }

    /// The factor names the assessor knows how to read from a request.
    static let knownFactors: Set<String> = [
        "total-funding", "accountable-body", "pooled-budget", "personal-data", "assets-or-staff-transfer",
        "income-generation", "statutory-functions", "vulnerable-people", "duration-months", "parties",
    ]

    /// Parses a scoring file.
    public static func parse(_ text: String, file: String) throws(ConcordatError) -> RiskScoring {
        var reader = YAMLReader(file: file)
        guard let root = reader.parse(text) else { throw ConcordatError(.invalidData, reader.diagnostics) }
        var bands: [RiskLevel: Int] = [:]
        var factors: [Factor] = []
        for pair in reader.mapping(root, key: "", allowed: ["bands", "factors"]) {
            if pair.key == "bands" {
                for band in reader.mapping(pair.value, key: "bands", allowed: Set(RiskLevel.words)) {
                    if let level = RiskLevel(rawValue: band.key), let n = bounded(band.value, key: "bands.\(band.key)", limit: maxBand, &reader) {
                        bands[level] = n
                    }
                }
            } else {
                for factor in reader.mapping(pair.value, key: "factors", allowed: knownFactors) {
                    if let parsed = parseFactor(factor.key, factor.value, &reader) { factors.append(parsed) }
                }
            }
        }
        if bands.count != 3 { reader.error("bands must give low, medium and high", root, key: "bands") }
        if let low = bands[.low], let medium = bands[.medium], let high = bands[.high], !(low <= medium && medium <= high) {
            reader.error("bands must rise from low to high", root, key: "bands")
        }
        if reader.diagnostics.hasErrors { throw ConcordatError(.invalidData, reader.diagnostics) }
        return RiskScoring(bands: bands, factors: factors)
    }

    private static func parseFactor(_ name: String, _ node: Node, _ reader: inout YAMLReader) -> Factor? {
        let key = "factors.\(name)"
        var why: String?
        var points: Int?, floor: RiskLevel?
        var steps: [(Int64, Effect)] = []
        var values: [String: Effect] = [:]
        for pair in reader.mapping(node, key: key, allowed: ["why", "points", "floor", "steps", "values"]) {
            switch pair.key {
            case "why": why = reader.string(pair.value, key: "\(key).why")
            case "points": points = bounded(pair.value, key: "\(key).points", limit: maxPoints, &reader)
            case "floor": floor = level(pair.value, key: "\(key).floor", &reader)
            case "steps":
                guard case .sequence(let items) = pair.value else {
                    reader.error("expected a list of steps", pair.value, key: "\(key).steps")
                    continue
                }
                for item in items {
                    var from: Int?, effect = Effect(points: 0, floor: nil)
                    for field in reader.mapping(item, key: "\(key).steps", allowed: ["from", "points", "floor"]) {
                        switch field.key {
                        case "from": from = reader.integer(field.value, key: "\(key).steps.from")
                        case "points": effect.points = bounded(field.value, key: "\(key).steps.points", limit: maxPoints, &reader) ?? 0
                        default: effect.floor = level(field.value, key: "\(key).steps.floor", &reader)
                        }
                    }
                    if let from { steps.append((Int64(from), effect)) } else { reader.error("a step needs from", item, key: "\(key).steps") }
                }
            default:
                for entry in reader.mapping(pair.value, key: "\(key).values") {
                    var effect = Effect(points: 0, floor: nil)
                    for field in reader.mapping(entry.value, key: "\(key).values.\(entry.key)", allowed: ["points", "floor"]) {
                        if field.key == "points" { effect.points = bounded(field.value, key: "\(key).values.\(entry.key).points", limit: maxPoints, &reader) ?? 0 }
                        else { effect.floor = level(field.value, key: "\(key).values.\(entry.key).floor", &reader) }
                    }
                    values[entry.key] = effect
                }
            }
        }
        guard let why else {
            reader.error("each factor needs a why sentence", node, key: key)
            return nil
        }
        let whenTrue = points != nil || floor != nil ? Effect(points: points ?? 0, floor: floor) : nil
        return Factor(name: name, why: why, whenTrue: whenTrue, steps: steps.sorted { $0.0 < $1.0 }, values: values)
    }

    /// The most points one factor may add or take away, and the largest band threshold: far
    /// beyond any sensible policy, and small enough that no sum of ten factors can overflow.
    static let maxPoints = 1_000
    static let maxBand = 1_000_000

    /// A whole number within ±`limit`, or nil with an error naming the limit.
    private static func bounded(_ node: Node, key: String, limit: Int, _ reader: inout YAMLReader) -> Int? {
        guard let value = reader.integer(node, key: key) else { return nil }
        guard (-limit...limit).contains(value) else {
            reader.error("\(value) is out of range: expected between -\(limit) and \(limit)", node, key: key)
            return nil
        }
        return value
    }

    private static func level(_ node: Node, key: String, _ reader: inout YAMLReader) -> RiskLevel? {
        guard let word = reader.string(node, key: key) else { return nil }
        guard let level = RiskLevel(rawValue: word) else {
            reader.error("unknown value '\(word)' (expected low, medium or high)", node, key: key)
            return nil
        }
        return level
    }
}
