/// Finds references a document makes to things it does not have: an annex or schedule named in
/// the clauses' own words (clauses name annexes through `{{ annex.ID }}`, which reads as the
/// annex when it is there and as other wording when it is not), and a cash total of £0.
enum ReferenceCheck {
    static func problems(in document: Document) -> [String] {
        var found: [String] = []
        let hasAnnexes = !document.annexes.isEmpty
        for case .section(let section) in document.body {
            for case .clause(let clause) in section.blocks {
                var words = ""
                var all = ""
                collect(clause.blocks, words: &words, all: &all)
                let lowered = words.lowercased()
                if lowered.contains("annex") || lowered.contains("the schedule to") || lowered.contains("in the schedule") {
                    found.append("\(clause.id) names an annex or schedule in its own words\(hasAnnexes ? "" : ", and the document has none"); use {{ annex.contacts }} or {{ annex.contributions }}")
                }
                if all.range(of: #"£0(?![0-9.,])"#, options: .regularExpression) != nil {
                    found.append("\(clause.id) states a sum of £0")
                }
            }
        }
        return found
    }

    /// `words`: the clause's literal text (values left out); `all`: everything a reader sees.
    private static func collect(_ blocks: [Block], words: inout String, all: inout String) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                for inline in inlines {
                    if case .value = inline {} else { words += inline.plainText }
                }
                words += "\n"
                all += inlines.plainText + "\n"
            case .numberedList(let list): list.items.forEach { collect($0.blocks, words: &words, all: &all) }
            case .bulletList(let items): items.forEach { collect($0, words: &words, all: &all) }
            case .table(let table):
                for row in [table.header] + table.rows { all += row.map(\.plainText).joined(separator: " ") + "\n" }
            default: break
            }
        }
    }
}
