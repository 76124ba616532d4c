/// One side of a comparison: a composition and, when the side is a composed document read back,
/// its text as it stands by anchor, so hand edits count and are marked as such.
public struct DiffSide: Sendable {
    /// The composition (for a document: composed again from the request it carries).
    public var composition: Composition
    /// The text of each part as it stands in the file, by anchor; nil for a request.
    public var standing: [String: String]?
    /// The anchors whose text in the file differs from what was composed.
    public var handEdited: Set<String>

    /// A side composed from a request.
    public init(_ composition: Composition) {
        self.composition = composition
        self.standing = nil
        self.handEdited = []
    }

    /// A side with text as it stands in a document, and the anchors edited by hand.
    public init(_ composition: Composition, standing: [String: String], handEdited: Set<String>) {
        self.composition = composition
        self.standing = standing
        self.handEdited = handEdited
    }

    /// A part of the document outside the clauses, by anchor.
    struct Part {
        var anchor: String
        var name: String
        var text: String
        var handEdited: Bool
    }

    func snapshots() -> [DocumentDiff.ClauseSnapshot] {
        var info: [String: CatalogueClause] = [:]
        for clause in composition.selection.included { info[clause.id] = clause }
        var out: [DocumentDiff.ClauseSnapshot] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .section(let section): visit(section.blocks)
                case .clause(let clause):
                    let catalogued = info[clause.id]
                    out.append(DocumentDiff.ClauseSnapshot(
                        id: clause.id, number: clause.number, title: clause.title,
                        text: standing?[clause.id] ?? PlainText.of(clause.blocks),
                        textHash: catalogued?.textHash ?? "", version: catalogued?.version ?? 0,
                        slot: catalogued?.slot ?? "", handEdited: handEdited.contains(clause.id),
                        purpose: catalogued?.purpose))
                default: break
                }
            }
        }
        visit(composition.document.body)
        return out
    }

    /// The parts outside clauses, cut at the same anchors the renderers write, so a document's
    /// standing text can take a part's place.
    func parts() -> [Part] {
        let document = composition.document
        var texts: [(anchor: String, name: String, lines: [String])] = []
        func add(_ anchor: String, _ name: String, _ lines: [String]) {
            if let index = texts.firstIndex(where: { $0.anchor == anchor }) {
                texts[index].lines += lines
            } else {
                texts.append((anchor, name, lines))
            }
        }
        let m = document.metadata
        add("front", "Title page and parties", [m.title, m.subject, m.draftLabel ?? "", m.date.map { "Date: \($0)" } ?? ""] + [PlainText.of(document.front)])
        var current = ("front", "Title page and parties")
        for block in document.body + document.back {
            switch block {
            case .section(let section):
                let intro = section.blocks.filter { if case .clause = $0 { false } else { true } }
                add(section.anchor, "Section \(section.number) \(section.title)", ["\(section.number) \(section.title)", PlainText.of(intro)])
            case .heading(_, let text, let anchor?):
                current = (anchor, text.plainText)
                add(anchor, text.plainText, [text.plainText])
            default:
                add(current.0, current.1, [PlainText.of([block])])
            }
        }
        for annex in document.annexes {
            let name = "Annex \(annex.letter) \(annex.title)"
            add(annex.id, name, [name, PlainText.of(annex.blocks)])
        }
        return texts.map { entry in
            Part(anchor: entry.anchor, name: entry.name,
                 text: standing?[entry.anchor] ?? entry.lines.filter { !$0.isEmpty }.joined(separator: "\n"),
                 handEdited: handEdited.contains(entry.anchor))
        }
    }

    /// Every filled-in value's text by path, from every part of the document, plus the title,
    /// draft label and date; a path used with several texts keeps them all, joined.
    func values() -> [String: String] {
        let document = composition.document
        var found: [String: [String]] = [:]
        func note(_ path: String, _ text: String) {
            if !(found[path]?.contains(text) ?? false) { found[path, default: []].append(text) }
        }
        note("document.title", document.metadata.title)
        if let draft = document.metadata.draftLabel { note("draft", draft) }
        note("date", document.metadata.date ?? "(to be filled in at signing)")
        var blocks = document.front + document.body + document.back
        for annex in document.annexes { blocks += annex.blocks }
        for (path, text) in ValueInlines.of(blocks) { note(path, text) }
        for path in BlankInlines.of(blocks) { note(path, Inline.blankText(path)) }
        return found.mapValues { $0.joined(separator: " / ") }
    }
}

/// Every blank left to fill in, by path.
enum BlankInlines {
    static func of(_ blocks: [Block]) -> [String] {
        var found: [String] = []
        Block.forEachInline(in: blocks) { if case .blank(let path) = $0 { found.append(path) } }
        return found
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
                case .clause(let c): lines.append("\(c.number) \(c.title)"); visit(c.blocks)
                case .notice(let title, let body): lines.append(title); visit(body)
                case .heading(_, let text, _): lines.append(text.plainText)
                case .signatures(let people):
                    for person in people {
                        lines.append([person.party, person.name ?? "", person.title ?? ""].filter { !$0.isEmpty }.joined(separator: " | "))
                    }
                case .pageBreak: break
                }
            }
        }
        visit(blocks)
        return lines.joined(separator: "\n")
    }
}
