/// What changed between two composed documents, as a reader of the two would see it: the
/// document's settings (document, framework, jurisdiction, risk level, each with its cause),
/// clauses added, removed, swapped for a variant, moved, renumbered or reworded, every other part
/// whose text changed (title page, parties, signatures, annexes), and every filled-in value that
/// changed. Clause by clause, then words within a clause, so cost grows with the documents'
/// length and the number of differences, never with the product of two lengths.
public struct DocumentDiff: Sendable {
    /// A clause as it stands in one document.
    public struct ClauseSnapshot: Sendable, Hashable {
        /// Catalogue id.
        public var id: String
        /// Number in the document.
        public var number: String
        /// Heading.
        public var title: String
        /// The reader-visible text of the body.
        public var text: String
        /// The catalogue text hash, to tell new wording from new values.
        public var textHash: String
        /// The catalogue version.
        public var version: Int
        /// The template slot it fills, to pair variants.
        public var slot: String = ""
        /// Whether its text was edited by hand after the document was composed.
        public var handEdited: Bool = false
        /// What the clause is for, in one plain sentence, when its file says.
        public var purpose: String? = nil
    }

    /// A clause in both documents whose text differs.
    public struct Rewording: Sendable, Hashable {
        /// The old clause.
        public var old: ClauseSnapshot
        /// The new clause.
        public var new: ClauseSnapshot
        /// Word-level changes.
        public var runs: [WordDiff.Run]
        /// Whether the catalogue wording changed (otherwise only filled-in values did).
        public var wordingChanged: Bool
        /// Whether either side was edited by hand after composing.
        public var handEdited: Bool { old.handEdited || new.handEdited }
    }

    /// A variant replaced by another in the same slot: one change, not an add and a remove.
    public struct Swap: Sendable, Hashable {
        /// The clause replaced.
        public var old: ClauseSnapshot
        /// The clause in its place.
        public var new: ClauseSnapshot
    }

    /// A part of the document outside the clauses whose text changed.
    public struct PartChange: Sendable, Hashable {
        /// The part's anchor (`front`, `slot-…`, an annex or heading id).
        public var anchor: String
        /// The part in words: "Title page and parties", "Annex B Contributions".
        public var name: String
        /// Word-level changes.
        public var runs: [WordDiff.Run]
        /// Whether either side was edited by hand after composing.
        public var handEdited: Bool
    }

    /// A value whose text changed.
    public struct ValueChange: Sendable, Hashable {
        /// The value's path.
        public var path: String
        /// The old text, or nil if the old document did not use it.
        public var old: String?
        /// The new text, or nil if the new document does not use it.
        public var new: String?
    }

    /// A change of document, framework, jurisdiction or risk level.
    public struct SettingChange: Sendable, Hashable {
        /// `document`, `framework`, `jurisdiction` or `risk level`.
        public var name: String
        /// The old and new values.
        public var old: String, new: String
        /// Why it changed, in words.
        public var cause: String
    }

    /// Names of the two inputs.
    public var oldName: String, newName: String
    /// Changes of document, framework, jurisdiction and risk level.
    public var settings: [SettingChange]
    /// Clauses only in the new document that replace nothing.
    public var added: [ClauseSnapshot]
    /// Clauses only in the old document that nothing replaces.
    public var removed: [ClauseSnapshot]
    /// Variants replaced in the same slot.
    public var swapped: [Swap]
    /// Clauses whose place among the clauses both documents share changed: (old, new).
    public var moved: [(old: ClauseSnapshot, new: ClauseSnapshot)]
    /// Clauses in both whose number changed (because clauses before them came or went).
    public var renumbered: [(old: ClauseSnapshot, new: ClauseSnapshot)]
    /// Clauses in both whose text differs.
    public var reworded: [Rewording]
    /// Other parts whose text differs.
    public var parts: [PartChange]
    /// Values that differ.
    public var values: [ValueChange]

    /// Whether the documents read the same, word for word. A setting that changed without
    /// changing a word (a framework whose clauses are the same for this document) is still listed
    /// in ``settings``, but the documents do not differ.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && swapped.isEmpty && moved.isEmpty && renumbered.isEmpty
            && reworded.isEmpty && parts.isEmpty && values.isEmpty
    }

    /// The ids of the clauses whose text a reader sees change: added, removed, swapped,
    /// renumbered or reworded.
    public var changedClauseIDs: Set<String> {
        Set(added.map(\.id) + removed.map(\.id) + swapped.flatMap { [$0.old.id, $0.new.id] }
            + renumbered.map(\.new.id) + reworded.map(\.new.id))
    }

    /// Compares two compositions.
    public init(old: Composition, new: Composition, oldName: String, newName: String) {
        self.init(old: DiffSide(old), new: DiffSide(new), oldName: oldName, newName: newName)
    }

    /// Compares two sides, each a composition and, for a document, its text as it stands.
    public init(old: DiffSide, new: DiffSide, oldName: String, newName: String) {
        self.oldName = oldName
        self.newName = newName
        settings = SettingCauses.changes(old: old.composition, new: new.composition)
        let before = old.snapshots(), after = new.snapshots()
        let beforeIDs = Set(before.map(\.id)), afterIDs = Set(after.map(\.id))
        var gone = before.filter { !afterIDs.contains($0.id) }
        var fresh = after.filter { !beforeIDs.contains($0.id) }
        var swaps: [Swap] = []
        // Pair a removed and an added clause in the same slot, preferring the same topic
        // (`disputes.informal` → `disputes.mediation`), so variants read as one change.
        for clause in fresh {
            let topic = clause.id.split(separator: ".").first
            let candidates = gone.filter { $0.slot == clause.slot }
            guard let partner = candidates.first(where: { $0.id.split(separator: ".").first == topic }) ?? candidates.first
            else { continue }
            swaps.append(Swap(old: partner, new: clause))
            gone.removeAll { $0.id == partner.id }
            fresh.removeAll { $0.id == clause.id }
        }
        added = fresh
        removed = gone
        swapped = swaps
        let commonBefore = before.filter { afterIDs.contains($0.id) }
        let commonAfter = after.filter { beforeIDs.contains($0.id) }
        let kept = Set(Self.longestCommonSubsequence(commonBefore.map(\.id), commonAfter.map(\.id)))
        var oldByID: [String: ClauseSnapshot] = [:]
        for clause in before { oldByID[clause.id] = clause }
        moved = commonAfter.filter { !kept.contains($0.id) }.compactMap { clause in oldByID[clause.id].map { ($0, clause) } }
        renumbered = commonAfter.filter { kept.contains($0.id) }.compactMap { clause in
            guard let previous = oldByID[clause.id], previous.number != clause.number else { return nil }
            return (previous, clause)
        }
        reworded = commonAfter.compactMap { clause in
            guard let previous = oldByID[clause.id], previous.text != clause.text else { return nil }
            return Rewording(old: previous, new: clause, runs: WordDiff.compare(previous.text, clause.text),
                             wordingChanged: previous.textHash != clause.textHash)
        }
        let oldParts = old.parts(), newParts = new.parts()
        var partChanges: [PartChange] = []
        let newByAnchor = Dictionary(newParts.map { ($0.anchor, $0) }, uniquingKeysWith: { first, _ in first })
        let oldAnchors = Set(oldParts.map(\.anchor))
        for part in oldParts {
            let now = newByAnchor[part.anchor]
            guard now?.text != part.text else { continue }
            partChanges.append(PartChange(
                anchor: part.anchor, name: now?.name ?? part.name, runs: WordDiff.compare(part.text, now?.text ?? ""),
                handEdited: part.handEdited || (now?.handEdited ?? false)))
        }
        for part in newParts where !oldAnchors.contains(part.anchor) && !part.text.isEmpty {
            partChanges.append(PartChange(anchor: part.anchor, name: part.name, runs: WordDiff.compare("", part.text), handEdited: part.handEdited))
        }
        parts = partChanges
        let oldValues = old.values(), newValues = new.values()
        values = Set(oldValues.keys).union(newValues.keys).sorted().compactMap { path in
            oldValues[path] == newValues[path] ? nil : ValueChange(path: path, old: oldValues[path], new: newValues[path])
        }
    }

    static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> [String] {
        Alignment.edits(a, b).compactMap { if case .same(let id) = $0 { id } else { nil } }
    }
}
