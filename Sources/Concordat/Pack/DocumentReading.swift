/// A composed document read back as the facts a pack comparison needs: each paragraph with the
/// slot and clause it sits in, every value filled in, the defined terms as defined, and the
/// parties named.
struct DocumentReading {
    /// One paragraph (a clause's own paragraph or a sub-clause's) and where it sits.
    struct Paragraph {
        var slot: String
        var clauseID: String
        var inlines: [Inline]
        var text: String { inlines.plainText }
    }

    var paragraphs: [Paragraph] = []
    /// Every value's text by its path.
    var values: [String: Set<String>] = [:]
    /// Each defined term's definition as printed.
    var definitions: [String: String] = [:]
    /// The parties in the Parties section, in order.
    var parties: [String] = []

    init(_ document: Document) {
        for block in document.front {
            if case .numberedList(let list) = block {
                for item in list.items {
                    if case .paragraph(let inlines)? = item.blocks.first, case .strong(let name)? = inlines.first {
                        parties.append(name.plainText)
                    }
                }
            }
        }
        for case .section(let section) in document.body {
            for block in section.blocks {
                switch block {
                case .clause(let clause):
                    read(clause.blocks, slot: section.id, clauseID: clause.id)
                case .paragraph(let inlines):
                    // The definitions section: "Term means definition."
                    if case .strong(let name)? = inlines.first, inlines.count > 1 {
                        var rest = Array(inlines.dropFirst()).plainText
                        if rest.hasPrefix(" means ") { rest.removeFirst(" means ".count) }
                        definitions[name.plainText] = rest
                    }
                default: break
                }
            }
        }
    }

    private mutating func read(_ blocks: [Block], slot: String, clauseID: String) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                paragraphs.append(Paragraph(slot: slot, clauseID: clauseID, inlines: inlines))
                collectValues(inlines)
            case .numberedList(let list):
                for item in list.items { read(item.blocks, slot: slot, clauseID: clauseID) }
            case .bulletList(let items):
                for item in items { read(item, slot: slot, clauseID: clauseID) }
            default: break
            }
        }
    }

    private mutating func collectValues(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .value(let path, let text): values[path, default: []].insert(text)
            case .emphasis(let children), .strong(let children): collectValues(children)
            default: break
            }
        }
    }
}
