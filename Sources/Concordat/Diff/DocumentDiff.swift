/// What changed between two composed documents, clause by clause: clauses added, removed,
/// moved or reworded, and values that changed.
package struct DocumentDiff: Sendable {
    /// A clause as it stands in one document.
    package struct ClauseSnapshot: Sendable, Hashable {
        /// Catalogue id.
        package var id: String
        /// Number in the document.
        package var number: String
        /// Heading.
        package var title: String
        /// The reader-visible text of the body.
        package var text: String
        /// The catalogue text hash, to tell new wording from new values.
        package var textHash: String
        /// The catalogue version.
        package var version: Int
    }

    /// A clause in both documents whose text differs.
    package struct Rewording: Sendable, Hashable {
        /// The old clause.
        package var old: ClauseSnapshot
        /// The new clause.
        package var new: ClauseSnapshot
        /// Word-level changes.
        package var runs: [WordDiff.Run]
        /// Whether the catalogue wording changed (otherwise only filled-in values did).
        package var wordingChanged: Bool
    }

    /// A value whose text changed.
    package struct ValueChange: Sendable, Hashable {
        /// The value's path.
        package var path: String
        /// The old text, or nil if the old document did not use it.
        package var old: String?
        /// The new text, or nil if the new document does not use it.
        package var new: String?
    }

    /// Names of the two inputs.
    package var oldName: String, newName: String
    /// Clauses only in the new document.
    package var added: [ClauseSnapshot]
    /// Clauses only in the old document.
    package var removed: [ClauseSnapshot]
    /// Clauses whose place among the clauses both documents share changed: (old, new).
    package var moved: [(old: ClauseSnapshot, new: ClauseSnapshot)]
    /// Clauses in both whose text differs.
    package var reworded: [Rewording]
    /// Values that differ.
    package var values: [ValueChange]

    /// Whether the documents are the same clause for clause and value for value.
    package var isEmpty: Bool { added.isEmpty && removed.isEmpty && moved.isEmpty && reworded.isEmpty && values.isEmpty }

    /// Compares two compositions.
    package init(old: Composition, new: Composition, oldName: String, newName: String) {
        self.oldName = oldName
        self.newName = newName
        let before = Self.snapshots(old), after = Self.snapshots(new)
        let beforeIDs = Set(before.map(\.id)), afterIDs = Set(after.map(\.id))
        added = after.filter { !beforeIDs.contains($0.id) }
        removed = before.filter { !afterIDs.contains($0.id) }
        let commonBefore = before.filter { afterIDs.contains($0.id) }
        let commonAfter = after.filter { beforeIDs.contains($0.id) }
        let kept = Set(Self.longestCommonSubsequence(commonBefore.map(\.id), commonAfter.map(\.id)))
        let oldByID = Dictionary(uniqueKeysWithValues: before.map { ($0.id, $0) })
        moved = commonAfter.filter { !kept.contains($0.id) }.compactMap { clause in oldByID[clause.id].map { ($0, clause) } }
        reworded = commonAfter.compactMap { clause in
            guard let previous = oldByID[clause.id], previous.text != clause.text else { return nil }
            return Rewording(old: previous, new: clause, runs: WordDiff.compare(previous.text, clause.text),
                             wordingChanged: previous.textHash != clause.textHash)
        }
        let oldValues = Self.values(old.document), newValues = Self.values(new.document)
        values = Set(oldValues.keys).union(newValues.keys).sorted().compactMap { path in
            oldValues[path] == newValues[path] ? nil : ValueChange(path: path, old: oldValues[path], new: newValues[path])
        }
    }

    private static func snapshots(_ composition: Composition) -> [ClauseSnapshot] {
        let hashes = Dictionary(uniqueKeysWithValues: composition.selection.included.map { ($0.id, ($0.textHash, $0.version)) })
        var out: [ClauseSnapshot] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .section(let section): visit(section.blocks)
                case .clause(let clause):
                    let info = hashes[clause.id] ?? ("", 0)
                    out.append(ClauseSnapshot(id: clause.id, number: clause.number, title: clause.title,
                                              text: PlainText.of(clause.blocks), textHash: info.0, version: info.1))
                default: break
                }
            }
        }
        visit(composition.document.body)
        return out
    }

    /// Every filled value's text by path; a path used with several texts keeps them all, joined.
    private static func values(_ document: Document) -> [String: String] {
        var found: [String: [String]] = [:]
        func inlines(_ content: [Inline]) {
            for inline in content {
                switch inline {
                case .value(let path, let text): if !(found[path]?.contains(text) ?? false) { found[path, default: []].append(text) }
                case .blank(let path): found[path, default: []].append(Inline.blankText(path))
                case .emphasis(let children), .strong(let children): inlines(children)
                default: break
                }
            }
        }
        func blocks(_ content: [Block]) {
            for block in content {
                switch block {
                case .section(let s): blocks(s.blocks)
                case .clause(let c): blocks(c.blocks)
                case .paragraph(let p): inlines(p)
                case .numberedList(let list): list.items.forEach { blocks($0.blocks) }
                case .bulletList(let items): items.forEach { blocks($0) }
                case .table(let t): t.header.forEach(inlines); t.rows.forEach { $0.forEach(inlines) }
                case .notice(_, let body): blocks(body)
                default: break
                }
            }
        }
        blocks(document.front + document.body)
        return found.mapValues { $0.joined(separator: " / ") }
    }

    static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> [String] {
        Alignment.edits(a, b).compactMap { if case .same(let id) = $0 { id } else { nil } }
    }
}

/// The reader-visible text of blocks, one line per paragraph or item, with sub-clause numbers.
enum PlainText {
    static func of(_ blocks: [Block]) -> String {
        var lines: [String] = []
        func visit(_ content: [Block]) {
            for block in content {
                switch block {
                case .paragraph(let inlines): lines.append(inlines.plainText)
                case .numberedList(let list):
                    for item in list.items {
                        let start = lines.count
                        visit(item.blocks)
                        if start < lines.count { lines[start] = item.number + " " + lines[start] }
                    }
                case .bulletList(let items): items.forEach { visit($0) }
                case .table(let table):
                    lines.append(table.header.map(\.plainText).joined(separator: " | "))
                    for row in table.rows { lines.append(row.map(\.plainText).joined(separator: " | ")) }
                case .section(let s): visit(s.blocks)
                case .clause(let c): visit(c.blocks)
                case .notice(let title, let body): lines.append(title); visit(body)
                case .heading(_, let text, _): lines.append(text.plainText)
                case .signatures, .pageBreak: break
                }
            }
        }
        visit(blocks)
        return lines.joined(separator: "\n")
    }
}
