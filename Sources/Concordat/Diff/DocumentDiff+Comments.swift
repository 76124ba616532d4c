extension DocumentDiff {
    /// For each clause of the new document that changed, one plain sentence saying why, for the
    /// comment a redline puts on it.
    public var redlineComments: [String: String] {
        let because = settings.isEmpty
            ? "the request changed"
            : settings.map(\.cause).joined(separator: "; ")
        var out: [String: String] = [:]
        for clause in added { out[clause.id] = "Added: \(because)." }
        for swap in swapped {
            out[swap.new.id] = "Replaces “\(swap.old.title)” (\(swap.old.id)) with the variant that fits: \(because)."
        }
        for change in reworded {
            out[change.new.id] = "Reworded. " + DiffRenderer().cause(change)
        }
        return out
    }
}
