/// Which clauses a document gets, and for every catalogue clause the rules that decided it: the
/// provenance `explain` shows and annotations quote.
public struct Selection: Sendable {
    /// One rule applied to one clause.
    public struct Reason: Sendable, Hashable {
        /// The rule's name: `document`, `framework`, `risk-levels`, `jurisdictions`,
        /// `when <path>`, `excluded-by`, `excludes`.
        public var rule: String
        /// Whether the clause passed it.
        public var passed: Bool
        /// The rule and the value it saw, in words.
        public var explanation: String
        /// Whether the clause allows every value here ("framework: all"), so the rule says
        /// nothing about why this clause, rather than another, is in the document.
        public var allowsEverything: Bool = false
    }

    /// The verdict on one catalogue clause.
    public struct Decision: Sendable, Hashable {
        /// The clause's id.
        public var clauseID: String
        /// Its title.
        public var title: String
        /// Its version.
        public var version: Int
        /// The SHA-256 of its text.
        public var textHash: String
        /// Whether it is in the document.
        public var included: Bool
        /// Every rule that applied, passed or failed.
        public var reasons: [Reason]
        /// What the clause is for, in one plain sentence, when its file says.
        public var purpose: String? = nil

        /// The rules that decided the verdict: the failures for an excluded clause, everything
        /// for an included one.
        public var deciding: [Reason] { included ? reasons : reasons.filter { !$0.passed } }

        /// The deciding rules worth showing a reader: those that every clause passes are left out.
        public var telling: [Reason] { deciding.filter { !$0.allowsEverything } }
    }

    /// The document being composed.
    public var document: DocumentKind
    /// The framework.
    public var framework: Framework
    /// The risk level in force.
    public var level: RiskLevel
    /// The jurisdiction.
    public var jurisdiction: Jurisdiction
    /// The chosen clauses, in document order (slot, then order, then id).
    public var included: [CatalogueClause]
    /// A verdict for every catalogue clause: included ones in document order, then the rest by id.
    public var decisions: [Decision]
    /// Problems found while selecting (a required clause that is not selected).
    public var diagnostics: [Diagnostic]
}
