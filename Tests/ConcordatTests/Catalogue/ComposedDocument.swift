import Foundation
import Concordat

/// A composed document as a reader sees it: the text of each clause and section, the notices
/// before the first section, and the whole document as one text.
struct ComposedDocument: Sendable {
    /// A numbered part (a section or a clause): its number, heading and reader-visible text.
    struct Part: Sendable {
        var id: String
        var number: String
        var title: String
        /// The heading and everything under it, one line per paragraph or item.
        var text: String

        /// The text without the heading line.
        var body: String { text.split(separator: "\n", maxSplits: 1).dropFirst().first.map(String.init) ?? "" }
    }

    let composition: Composition
    /// The sections (template slots) in order; their text includes their clauses.
    let sections: [Part]
    /// Every clause in document order.
    let clauses: [Part]
    /// The set-apart notes before the numbered sections.
    let notices: [Part]
    /// Everything a reader sees, from title to last annex.
    let text: String
    /// The catalogue ids of the clauses marked binding.
    let bindingIDs: Set<String>
    /// The request paths left as visible blanks.
    let blanks: [String]

    init(_ composition: Composition, catalogue: Catalogue) {
        self.composition = composition
        let document = composition.document
        var sections: [Part] = [], clauses: [Part] = [], notices: [Part] = [], blanks: [String] = []
        var lines: [String] = [document.metadata.title, document.metadata.subject]

        func inlines(_ content: [Inline]) -> String {
            for inline in content { collectBlanks(inline) }
            return content.plainText
        }
        func collectBlanks(_ inline: Inline) {
            switch inline {
            case .blank(let path): blanks.append(path)
            case .emphasis(let children), .strong(let children): children.forEach(collectBlanks)
            default: break
            }
        }
        func visit(_ blocks: [Block], into out: inout [String]) {
            for block in blocks {
                switch block {
                case .section(let section):
                    var inner = ["\(section.number) \(section.title)"]
                    visit(section.blocks, into: &inner)
                    sections.append(Part(id: section.id, number: section.number, title: section.title, text: inner.joined(separator: "\n")))
                    out += inner
                case .clause(let clause):
                    var inner = ["\(clause.number) \(clause.title)"]
                    visit(clause.blocks, into: &inner)
                    clauses.append(Part(id: clause.id, number: clause.number, title: clause.title, text: inner.joined(separator: "\n")))
                    out += inner
                case .paragraph(let content): out.append(inlines(content))
                case .numberedList(let list):
                    for item in list.items {
                        var inner: [String] = []
                        visit(item.blocks, into: &inner)
                        if !inner.isEmpty { inner[0] = item.number + " " + inner[0] }
                        out += inner
                    }
                case .bulletList(let items): for item in items { visit(item, into: &out) }
                case .table(let table):
                    out.append(table.header.map(inlines).joined(separator: " | "))
                    for row in table.rows { out.append(row.map(inlines).joined(separator: " | ")) }
                case .notice(let title, let body):
                    var inner = [title]
                    visit(body, into: &inner)
                    notices.append(Part(id: "notice", number: "", title: title, text: inner.joined(separator: "\n")))
                    out += inner
                case .signatures(let signatories):
                    for signatory in signatories {
                        out.append([signatory.party, signatory.name, signatory.title].compactMap { $0 }.joined(separator: ", "))
                    }
                case .heading(_, let content, _): out.append(inlines(content))
                case .pageBreak: break
                }
            }
        }
        visit(document.front + document.body + document.back, into: &lines)
        for annex in document.annexes {
            lines.append("Annex \(annex.letter) \(annex.title)")
            visit(annex.blocks, into: &lines)
        }
        self.sections = sections
        self.clauses = clauses
        self.notices = notices
        self.blanks = blanks
        self.text = lines.joined(separator: "\n")
        self.bindingIDs = Set(composition.selection.included.filter(\.binding).map(\.id))
    }

    /// The request as composed.
    var request: Request { composition.request }
    /// The document as Markdown, as a user would receive it.
    var markdown: String { MarkdownRenderer().render(composition.document) }
    /// The ids of the clauses in the document, in order.
    var clauseIDs: [String] { clauses.map(\.id) }
    /// How many words a reader has to get through.
    var wordCount: Int { text.split(whereSeparator: { $0.isWhitespace }).count }

    func clause(_ id: String) -> Part? { clauses.first { $0.id == id } }
    func section(_ slot: String) -> Part? { sections.first { $0.id == slot } }
    /// The text of every clause whose id starts with a prefix, e.g. `ending.` or `law.`.
    func clauses(startingWith prefix: String) -> [Part] { clauses.filter { $0.id.hasPrefix(prefix) } }
    /// Whether the whole text contains a phrase, ignoring case.
    func says(_ phrase: String) -> Bool { text.localizedCaseInsensitiveContains(phrase) }
    /// The numbers of the binding clauses, as the document numbers them.
    var bindingClauseNumbers: Set<String> { Set(clauses.filter { bindingIDs.contains($0.id) }.map(\.number)) }
}
