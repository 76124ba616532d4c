/// The risk level for a request, with each factor's contribution so the result can be explained.
public struct Assessment: Sendable, Hashable {
    /// One factor's contribution.
    public struct FactorResult: Sendable, Hashable {
        /// The factor's name.
        public var name: String
        /// The value read, in words ("£120,000", "yes", "contact-details", "36 months").
        public var value: String
        /// Where the value came from: the request, or a default (and which).
        public var source: String
        /// Points added.
        public var points: Int
        /// The floor it sets, if any.
        public var floor: RiskLevel?
        /// Why the factor matters.
        public var why: String
    }

    /// Each factor, in the scoring policy's order; nil when the request gives no risk factors.
    public var factors: [FactorResult]?
    /// The total score.
    public var score: Int
    /// The level the score falls in.
    public var band: RiskLevel
    /// The highest floor any factor set.
    public var floor: RiskLevel?
    /// The assessed level: the higher of band and floor; nil when nothing was assessed.
    public var assessed: RiskLevel?
    /// The level the request states, if any.
    public var stated: RiskLevel?

    /// The level in force: the stated one overrides the assessed one.
    public var level: RiskLevel { stated ?? assessed ?? .low }

    /// Whether a stated level overrides a different assessed one.
    public var isOverridden: Bool { stated != nil && assessed != nil && stated != assessed }
}
