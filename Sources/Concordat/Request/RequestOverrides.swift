/// Values given on the command line. Each one that is set wins over the request's own value, and
/// makes the request's key optional.
public struct RequestOverrides: Sendable, Hashable {
    /// The document to compose instead of the request's `document`.
    public var document: DocumentKind?
    /// The framework to use instead of the request's `framework`.
    public var framework: Framework?
    /// The risk level to use instead of the request's `risk` or its assessed level.
    public var risk: RiskLevel?
    /// The jurisdiction to use instead of the request's `jurisdiction`.
    public var jurisdiction: Jurisdiction?

    /// Creates overrides; every value defaults to "not overridden".
    public init(
        document: DocumentKind? = nil, framework: Framework? = nil, risk: RiskLevel? = nil,
        jurisdiction: Jurisdiction? = nil
    ) {
        self.document = document
        self.framework = framework
        self.risk = risk
        self.jurisdiction = jurisdiction
    }
}
