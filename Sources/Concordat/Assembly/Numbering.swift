/// Clause numbers for a document: which slots become sections, and each clause's "4.2".
struct Numbering {
    struct PlacedSection {
        var slot: DocumentTemplate.Slot
        var number: String
        var clauses: [(clause: CatalogueClause, number: String)]
    }

    var sections: [PlacedSection] = []
    var notices: [CatalogueClause] = []
    var numbers: [String: String] = [:]

    /// Places clauses in the template's slots. The definitions slot is numbered only when
    /// `hasDefinitions` is true; empty slots are left out and the numbers close up.
    init(template: DocumentTemplate, clauses: [CatalogueClause], hasDefinitions: Bool) {
        var next = 1
        for slot in template.slots {
            let inSlot = clauses.filter { $0.slot == slot.id }
            switch slot.kind {
            case .notice:
                notices += inSlot
            case .definitions:
                guard hasDefinitions else { continue }
                sections.append(PlacedSection(slot: slot, number: String(next), clauses: []))
                next += 1
            case .clauses:
                guard !inSlot.isEmpty else { continue }
                let number = String(next)
                let placed = inSlot.enumerated().map { (clause: $0.element, number: "\(number).\($0.offset + 1)") }
                for item in placed { numbers[item.clause.id] = item.number }
                sections.append(PlacedSection(slot: slot, number: number, clauses: placed))
                next += 1
            }
        }
    }

    /// The rendered number of a sub-clause at a depth, e.g. "(a)", "(ii)" or "4.2.1".
    static func subClause(_ index: Int, depth: Int, style: NumberedList.Style, parent: String) -> String {
        switch style {
        case .decimal:
            return "\(parent).\(index + 1)"
        case .alphabetic, .roman:
            switch (depth - 1) % 3 {
            case 0: return "(\(letters(index)))"
            case 1: return "(\(roman(index + 1)))"
            default: return "(\(letters(index).uppercased()))"
            }
        }
    }

    static func listStyle(depth: Int, house: NumberedList.Style) -> NumberedList.Style {
        guard house != .decimal else { return .decimal }
        return (depth - 1) % 3 == 1 ? .roman : .alphabetic
    }

    /// a…z, then aa, ab …
    static func letters(_ index: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var n = index, out = ""
        repeat {
            out = String(alphabet[n % 26]) + out
            n = n / 26 - 1
        } while n >= 0
        return out
    }

    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = number, out = ""
        for (value, symbol) in table {
            while n >= value { out += symbol; n -= value }
        }
        return out
    }
}
