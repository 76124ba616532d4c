/// The headings of a document in reading order, as the table of contents lists them, and the
/// number of each bookmarked heading, which cross-references show until LibreOffice refreshes
/// them.
struct ODTOutline {
    /// One heading.
    struct Entry: Equatable {
        /// The outline level (1 for sections, annexes and front or back matter headings; 2 for clauses).
        var level: Int
        /// The number the outline style gives it, or empty for an unnumbered heading.
        var number: String
        /// The heading text.
        var title: String
        /// The bookmark on the heading.
        var bookmark: String
        /// What the heading belongs to, e.g. `clause meetings.quorum`, for error messages.
        var owner: String
    }

    /// Every heading, in order.
    private(set) var entries: [Entry] = []
    /// The number of each numbered heading, by bookmark name.
    private(set) var numbers: [String: String] = [:]

    /// Collects the headings; `annexLabel` is the house style's word before an annex letter.
    init(_ document: Document, annexLabel: String) {
        for blocks in [document.front, document.body, document.back] { collect(blocks) }
        for annex in document.annexes {
            entries.append(Entry(
                level: 1, number: "", title: Self.annexTitle(annex, label: annexLabel), bookmark: annex.id,
                owner: "annex \(annex.letter)"))
            collect(annex.blocks)
        }
    }

    /// The heading text of an annex, e.g. "Annex A — Contributions".
    static func annexTitle(_ annex: Annex, label: String) -> String {
        "\(label) \(annex.letter) \u{2014} \(annex.title)"
    }

    private mutating func collect(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .section(let section):
                add(level: 1, number: section.number, title: section.title, bookmark: section.anchor, owner: "section \(section.id)")
                collect(section.blocks)
            case .clause(let clause):
                add(level: 2, number: clause.number, title: clause.title, bookmark: clause.id, owner: "clause \(clause.id)")
                collect(clause.blocks)
            case .heading(let level, let text, let anchor):
                entries.append(Entry(
                    level: min(max(level, 1), 10), number: "", title: text.plainText, bookmark: anchor ?? "",
                    owner: anchor.map { "heading \($0)" } ?? "a heading"))
            case .notice(_, let body):
                collect(body)
            case .numberedList(let list):
                for item in list.items { collect(item.blocks) }
            case .bulletList(let items):
                for item in items { collect(item) }
            case .paragraph, .table, .signatures, .pageBreak:
                break
            }
        }
    }

    private mutating func add(level: Int, number: String, title: String, bookmark: String, owner: String) {
        entries.append(Entry(level: level, number: number, title: title, bookmark: bookmark, owner: owner))
        if numbers[bookmark] == nil { numbers[bookmark] = number }
    }
}
