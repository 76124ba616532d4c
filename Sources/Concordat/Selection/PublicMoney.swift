/// Whether public money or public assets are at stake in a way that brings the law on public
/// money with it: grant or contract, subsidy control, procurement and clawback.
///
/// Money or assets "pass to a party that is not a public body" when a public body puts in cash or
/// assets and a party that is not a public authority could receive them: it holds money for the
/// partnership (accountable body or host), assets or staff transfer, or public bodies contribute
/// cash alongside it. A request cannot say who is paid what, so this errs towards including the
/// clauses: a lawyer deletes a paragraph more easily than they notice a missing one.
public struct PublicMoney: Sendable {
    /// Whether a public body's cash or assets may pass to a party that is not a public authority.
    public let passesToNonPublicParty: Bool
    /// Whether the partnership, or a partner for it, will buy goods, works or services.
    public let procurement: Bool

    /// Reads the facts from a request.
    public init(_ request: Request) {
        let publicCash = request.parties.contains { $0.publicAuthority && ($0.contribution?.cash?.pence ?? 0) > 0 }
        let nonPublic = request.parties.filter { !$0.publicAuthority && !$0.has(.observer) }
        let holdsMoney = nonPublic.contains { $0.has(.accountableBody) || $0.has(.host) }
        let assets = request.riskFactors?.assetsOrStaffTransfer ?? false
        let publicParty = request.parties.contains(where: \.publicAuthority)
        passesToNonPublicParty = !nonPublic.isEmpty && (publicCash || (publicParty && (holdsMoney || assets)))
        procurement = request.riskFactors?.procurement ?? false
    }

    /// Whether the public-money clauses apply.
    public var applies: Bool { passesToNonPublicParty || procurement }
}
