extension DocumentDiff {
    /// For each clause of the new document that changed, a plain sentence saying why, then, on a
    /// line of its own, what the clause is for when its file says: the comment a redline puts on it.
    public var redlineComments: [String: String] {
        let because = settings.isEmpty
            ? "the request changed"
            : settings.map(\.cause).joined(separator: "; ")
        var out: [String: String] = [:]
        for clause in added { out[clause.id] = Self.comment("Added: \(because).", clause) }
        for swap in swapped {
            out[swap.new.id] = Self.comment("Replaces “\(swap.old.title)” (\(swap.old.id)) with the variant that fits: \(because).", swap.new)
        }
        for change in reworded {
            out[change.new.id] = Self.comment("Reworded. " + DiffRenderer().cause(change), change.new)
        }
        return out
    }

    /// Why the clause changed, then what it is for, so a partner reading the comment knows both.
    private static func comment(_ why: String, _ clause: ClauseSnapshot) -> String {
        guard let purpose = clause.purpose, !purpose.isEmpty else { return why }
        return why + "\nWhat this clause is for: " + purpose
    }
}
