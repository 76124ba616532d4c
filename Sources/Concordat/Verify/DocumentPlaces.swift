/// Where each anchor of a document is, in words a reader knows ("clause 4.2 Quorum"), and which
/// filled-in values each part holds.
struct DocumentPlaces {
    struct Place {
        var words: String
        var clauseID: String?
        var number: String?
    }

    private var places: [String: Place] = [:]
    private var valuesByAnchor: [String: [(path: String, text: String)]] = [:]

    init(_ document: Document) {
        places["front"] = Place(words: "the title page and parties")
        collect(document.front, anchor: "front")
        walk(document.body, anchor: "front")
        walk(document.back, anchor: "front")
        for annex in document.annexes {
            places[annex.id] = Place(words: "Annex \(annex.letter) \(annex.title)", number: annex.letter)
            collect(annex.blocks, anchor: annex.id)
        }
    }

    private mutating func walk(_ blocks: [Block], anchor: String) {
        var current = anchor
        for block in blocks {
            switch block {
            case .section(let section):
                places[section.anchor] = Place(words: "section \(section.number) \(section.title)", number: section.number)
                walk(section.blocks, anchor: section.anchor)
            case .clause(let clause):
                places[clause.id] = Place(words: "clause \(clause.number) \(clause.title)", clauseID: clause.id, number: clause.number)
                collect(clause.blocks, anchor: clause.id)
            case .heading(_, let text, let id?):
                places[id] = Place(words: text.plainText)
                current = id
            default:
                collect([block], anchor: current)
            }
        }
    }

    private mutating func collect(_ blocks: [Block], anchor: String) {
        for (path, text) in ValueInlines.of(blocks) { valuesByAnchor[anchor, default: []].append((path, text)) }
    }

    func describe(_ anchor: String) -> Place { places[anchor] ?? Place(words: anchor) }

    func values(in anchor: String) -> [(path: String, text: String)] { valuesByAnchor[anchor] ?? [] }
}

/// Every filled-in value in blocks, with the text it printed.
enum ValueInlines {
    static func of(_ blocks: [Block]) -> [(path: String, text: String)] {
        var found: [(String, String)] = []
        Block.forEachInline(in: blocks, { inline in
            if case .value(let path, let text) = inline { found.append((path, text)) }
        }, signatures: { people in
            for (index, person) in people.enumerated() {
                found.append(("signatures[\(index)].party", person.party))
                if let name = person.name { found.append(("signatures[\(index)].name", name)) }
                if let title = person.title { found.append(("signatures[\(index)].title", title)) }
            }
        })
        return found
    }
}
