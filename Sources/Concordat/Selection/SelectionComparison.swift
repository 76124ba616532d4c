/// What would change in a document under another risk level or framework: clauses added,
/// removed, or swapped for a variant in the same slot.
public struct SelectionComparison: Sendable {
    /// A clause, by id and title.
    public struct Entry: Sendable, Hashable {
        /// The clause id.
        public var id: String
        /// The clause title.
        public var title: String
    }

    /// The base and alternative, in words ("medium risk", "statutory framework").
    public var base: String, alternative: String
    /// Clauses only the alternative has, that replace nothing in their slot.
    public var added: [Entry]
    /// Clauses only the base has, that nothing replaces.
    public var removed: [Entry]
    /// Variants: a base clause and the alternative clause in the same slot that takes its place.
    public var swapped: [(from: Entry, to: Entry)]

    /// Compares two selections for the same request.
    public init(base: Selection, alternative: Selection, baseName: String, alternativeName: String) {
        self.base = baseName
        self.alternative = alternativeName
        let baseIDs = Set(base.included.map(\.id)), otherIDs = Set(alternative.included.map(\.id))
        var gone = base.included.filter { !otherIDs.contains($0.id) }
        var new = alternative.included.filter { !baseIDs.contains($0.id) }
        var swaps: [(Entry, Entry)] = []
        // Pair a removed and an added clause in the same slot, preferring the same topic
        // (`disputes.tiered` → `disputes.mediation`), so variants read as swaps.
        for clause in new {
            let topic = clause.id.split(separator: ".").first
            let candidates = gone.filter { $0.slot == clause.slot }
            guard let partner = candidates.first(where: { $0.id.split(separator: ".").first == topic }) ?? candidates.first else { continue }
            swaps.append((Entry(id: partner.id, title: partner.title), Entry(id: clause.id, title: clause.title)))
            gone.removeAll { $0.id == partner.id }
            new.removeAll { $0.id == clause.id }
        }
        added = new.map { Entry(id: $0.id, title: $0.title) }
        removed = gone.map { Entry(id: $0.id, title: $0.title) }
        swapped = swaps
    }

    /// Whether nothing changes.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && swapped.isEmpty }

    /// The comparison for people.
    public var text: String {
        var lines = ["What changes from \(base) to \(alternative):"]
        if isEmpty { lines.append("  nothing: the same clauses apply") }
        for entry in added { lines.append("  + add     \(entry.id) — \(entry.title)") }
        for entry in removed { lines.append("  - remove  \(entry.id) — \(entry.title)") }
        for swap in swapped { lines.append("  ~ swap    \(swap.from.id) → \(swap.to.id) — \(swap.to.title)") }
        return lines.joined(separator: "\n") + "\n"
    }

    struct JSON: Encodable {
        struct Item: Encodable { var id: String, title: String }
        struct Swap: Encodable { var from: Item, to: Item }
        var base: String, alternative: String
        var added: [Item], removed: [Item], swapped: [Swap]
    }

    var json: JSON {
        JSON(base: base, alternative: alternative,
             added: added.map { .init(id: $0.id, title: $0.title) },
             removed: removed.map { .init(id: $0.id, title: $0.title) },
             swapped: swapped.map { .init(from: .init(id: $0.from.id, title: $0.from.title), to: .init(id: $0.to.id, title: $0.to.title)) })
    }
}
