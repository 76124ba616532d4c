/// The table of contents: anchored headings of the front and back matter, numbered sections
/// with their clauses, and annexes, each linking to its anchor.
struct HTMLContents {
    /// One line of the contents, with the entries nested under it.
    struct Entry: Equatable {
        var anchor: String
        var number: String?
        var title: String
        var children: [Entry] = []
    }

    /// The entries in document order.
    let entries: [Entry]

    init(document: Document) {
        entries = Self.entries(document.front + document.body + document.back)
            + document.annexes.map { Entry(anchor: $0.id, number: "Annex \($0.letter)", title: $0.title) }
    }

    private static func entries(_ blocks: [Block]) -> [Entry] {
        blocks.compactMap { block in
            switch block {
            case .section(let section):
                Entry(anchor: section.anchor, number: section.number, title: section.title,
                      children: entries(section.blocks))
            case .clause(let clause):
                Entry(anchor: clause.id, number: clause.number, title: clause.title)
            case .heading(_, let text, let anchor?):
                Entry(anchor: anchor, title: text.plainText)
            default:
                nil
            }
        }
    }

    /// Writes the `<nav>`, or nothing when there is nothing to list.
    func write(into html: inout HTMLOutput) {
        guard !entries.isEmpty else { return }
        html.line("<nav class=\"contents\" aria-label=\"Contents\">")
        html.line("<h2>Contents</h2>")
        list(entries, into: &html)
        html.line("</nav>")
    }

    private func list(_ entries: [Entry], into html: inout HTMLOutput) {
        html.line("<ol>")
        for entry in entries {
            let number = entry.number.map { "<span class=\"num\">\(HTMLEscaping.escape($0))</span> " } ?? ""
            let link = "<a href=\"\(HTMLEscaping.escape(FragmentLink.href(to: entry.anchor)))\">\(number)\(HTMLEscaping.escape(entry.title))</a>"
            if entry.children.isEmpty {
                html.line("<li>\(link)</li>")
            } else {
                html.line("<li>\(link)")
                list(entry.children, into: &html)
                html.line("</li>")
            }
        }
        html.line("</ol>")
    }
}
