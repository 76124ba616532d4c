/// Bounds on what a request may hold. A request comes from outside Concordat's control, so every
/// dimension an attacker could inflate — size, nesting, list length, string length, the number of
/// findings — is capped before it can cost memory or stack.
public struct RequestLimits: Sendable, Hashable {
    /// The largest request accepted, in bytes, checked before anything is parsed.
    public var maxBytes: Int
    /// The deepest nesting of lists and mappings accepted, checked without recursion.
    public var maxDepth: Int
    /// The most parties a request may list.
    public var maxParties: Int
    /// The longest single value accepted, in characters.
    public var maxStringLength: Int
    /// The most findings reported for one request; the rest are counted, not listed.
    public var maxDiagnostics: Int

    /// Creates limits; the defaults are generous for any real partnership.
    public init(
        maxBytes: Int = 1 << 20, maxDepth: Int = 32, maxParties: Int = 200,
        maxStringLength: Int = 10_000, maxDiagnostics: Int = 100
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxParties = maxParties
        self.maxStringLength = maxStringLength
        self.maxDiagnostics = maxDiagnostics
    }

    /// 1 MiB, depth 32, 200 parties, 10,000 characters a value, 100 findings.
    public static let `default` = RequestLimits()
}
