import Foundation

/// `concordat assess`: the risk level with each factor's contribution, as text or JSON
/// (`concordat.assess/1`).
public struct AssessReport: Sendable {
    /// The assessment reported.
    package var assessment: Assessment
    /// The request's file name.
    package var source: String
    /// The scoring policy's bands, to print the thresholds.
    package var scoring: RiskScoring

    /// Creates a report.
    public init(assessment: Assessment, source: String, scoring: RiskScoring) {
        self.assessment = assessment
        self.source = source
        self.scoring = scoring
    }

    /// The report for people.
    package var text: String {
        var lines: [String] = []
        let a = assessment
        guard let factors = a.factors else {
            lines.append("Risk level: \(a.level.rawValue) (stated in the request; it gives no risk-factors, so nothing was assessed)")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("Risk assessment for \(source)")
        lines.append("")
        let width = max(24, factors.map(\.name.count).max() ?? 0)
        for factor in factors {
            var effect = factor.points == 1 ? "+1 point" : "+\(factor.points) points"
            if let floor = factor.floor { effect += ", floor \(floor.rawValue)" }
            let name = factor.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let value = factor.source == "request" ? factor.value : "\(factor.value) (\(factor.source))"
            lines.append("  \(name) \(value) → \(effect)")
            lines.append("  \(String(repeating: " ", count: width)) \(factor.why)")
        }
        lines.append("")
        let bands = RiskLevel.allCases.map { "\($0.rawValue) from \(scoring.bands[$0] ?? 0)" }.joined(separator: ", ")
        lines.append("Score: \(a.score) → band \(a.band.rawValue) (\(bands))")
        lines.append("Floor: \(a.floor?.rawValue ?? "none")")
        lines.append("Assessed level: \(a.assessed?.rawValue ?? "none") (the higher of band and floor)")
        if let stated = a.stated {
            if a.isOverridden {
                lines.append("Stated level: \(stated.rawValue), which overrides the assessed level; documents use \(stated.rawValue)")
            } else {
                lines.append("Stated level: \(stated.rawValue), the same as assessed")
            }
        }
        lines.append("Level used: \(a.level.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    private struct JSON: Encodable {
        struct Factor: Encodable {
            var name: String, value: String, source: String, points: Int, floor: String?, why: String
        }
        var schema = "concordat.assess/1"
        var request: String
        var factors: [Factor]?
        var score: Int?
        var band: String?
        var floor: String?
        var assessed: String?
        var stated: String?
        var overridden: Bool
        var level: String
    }

    /// The report as `concordat.assess/1` JSON.
    public var json: String {
        let a = assessment
        return JSONReport.encode(JSON(
            request: source,
            factors: a.factors?.map { .init(name: $0.name, value: $0.value, source: $0.source, points: $0.points, floor: $0.floor?.rawValue, why: $0.why) },
            score: a.factors == nil ? nil : a.score, band: a.factors == nil ? nil : a.band.rawValue,
            floor: a.floor?.rawValue, assessed: a.assessed?.rawValue, stated: a.stated?.rawValue,
            overridden: a.isOverridden, level: a.level.rawValue))
    }
}
