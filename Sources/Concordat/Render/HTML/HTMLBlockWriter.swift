/// Writes blocks as HTML, one block element per line, tracking the heading level so nested
/// headings (section, clause, notice) keep a clear hierarchy.
struct HTMLBlockWriter {
    private(set) var output = HTMLOutput()

    /// Writes `blocks`, giving their headings level `headingLevel` (clamped to h2…h6).
    mutating func write(_ blocks: [Block], headingLevel: Int) {
        for block in blocks { write(block, headingLevel: headingLevel) }
    }

    /// Writes an annex as a section that starts a new page in print.
    mutating func annex(_ annex: Annex) {
        output.line("<section class=\"annex\" id=\"\(escape(annex.id))\">")
        output.line("<h2><span class=\"num\">\(escape("Annex \(annex.letter)"))</span> \(escape(annex.title))</h2>")
        write(annex.blocks, headingLevel: 3)
        output.line("</section>")
    }

    private mutating func write(_ block: Block, headingLevel: Int) {
        let level = min(6, max(2, headingLevel))
        switch block {
        case .section(let section):
            output.line("<section class=\"section\" id=\"\(escape(section.anchor))\">")
            output.line(heading(level, number: section.number, title: section.title))
            write(section.blocks, headingLevel: level + 1)
            output.line("</section>")
        case .clause(let clause):
            output.line("<section class=\"clause\" id=\"\(escape(clause.id))\">")
            output.line(heading(level, number: clause.number, title: clause.title))
            // A partner reads what the clause is for first, then why it is in this document.
            var note: [String] = []
            if let purpose = clause.purpose, !purpose.isEmpty {
                note.append("<p><span class=\"label\">What this clause is for:</span> \(escape(purpose))</p>")
            }
            if let annotation = clause.annotation, !annotation.isEmpty {
                note.append("<p><span class=\"label\">Why this clause:</span> \(escape(annotation))</p>")
            }
            if !note.isEmpty { output.line("<aside class=\"annotation\">" + note.joined() + "</aside>") }
            write(clause.blocks, headingLevel: level + 1)
            output.line("</section>")
        case .paragraph(let inlines):
            if !inlines.isEmpty { output.line("<p>\(HTMLInlineWriter.html(inlines))</p>") }
        case .numberedList(let list):
            output.line("<ol class=\"sub-clauses \(list.style.rawValue)\">")
            for item in list.items { listItem(item.blocks, number: item.number, headingLevel: level) }
            output.line("</ol>")
        case .bulletList(let items):
            output.line("<ul>")
            for item in items { listItem(item, number: nil, headingLevel: level) }
            output.line("</ul>")
        case .table(let table):
            self.table(table)
        case .notice(let title, let body):
            output.line("<aside class=\"notice\">")
            output.line("<h\(level)>\(escape(title))</h\(level)>")
            write(body, headingLevel: level + 1)
            output.line("</aside>")
        case .signatures(let signatories):
            output.line("<div class=\"signatures\">")
            signatories.forEach { signatory($0) }
            output.line("</div>")
        case .heading(let headingLevel, let text, let anchor):
            let tag = "h\(min(6, max(2, headingLevel + 1)))"
            let id = anchor.map { " id=\"\(escape($0))\"" } ?? ""
            output.line("<\(tag)\(id)>\(HTMLInlineWriter.html(text))</\(tag)>")
        case .pageBreak:
            output.line("<hr class=\"page-break\">")
        }
    }

    private func heading(_ level: Int, number: String, title: String) -> String {
        "<h\(level)><span class=\"num\">\(escape(number))</span> \(escape(title))</h\(level)>"
    }

    /// A list item; a sub-clause's number leads its first paragraph. An item that is one
    /// paragraph is written without a `<p>`, so short items sit close together.
    private mutating func listItem(_ blocks: [Block], number: String?, headingLevel: Int) {
        let numberHTML = number.map { "<span class=\"num\">\(escape($0))</span> " } ?? ""
        if blocks.count == 1, case .paragraph(let inlines) = blocks[0] {
            output.line("<li>\(numberHTML)\(HTMLInlineWriter.html(inlines))</li>")
            return
        }
        var rest = blocks[...]
        if case .paragraph(let inlines)? = rest.first {
            rest = rest.dropFirst()
            output.line("<li><p>\(numberHTML)\(HTMLInlineWriter.html(inlines))</p>")
        } else {
            output.line("<li>\(numberHTML)")
        }
        write(Array(rest), headingLevel: headingLevel)
        output.line("</li>")
    }

    private mutating func table(_ table: Table) {
        let columns = table.header.count
        guard columns > 0 else { return }
        func cells(_ row: [[Inline]], tag: String) -> String {
            (0..<columns).map { column in
                let inlines = column < row.count ? row[column] : []
                var attributes = tag == "th" ? " scope=\"col\"" : ""
                if column < table.alignments.count, table.alignments[column] == .trailing {
                    attributes += " class=\"align-end\""
                }
                return "<\(tag)\(attributes)>\(HTMLInlineWriter.html(inlines))</\(tag)>"
            }.joined()
        }
        output.line("<div class=\"table-wrap\">")
        output.line("<table>")
        output.line("<thead>")
        output.line("<tr>\(cells(table.header, tag: "th"))</tr>")
        output.line("</thead>")
        if !table.rows.isEmpty {
            output.line("<tbody>")
            for row in table.rows { output.line("<tr>\(cells(row, tag: "td"))</tr>") }
            output.line("</tbody>")
        }
        output.line("</table>")
        output.line("</div>")
    }

    /// One signatory: whom they sign for, then a line for each thing to write by hand.
    private mutating func signatory(_ signatory: Signatory) {
        output.line("<div class=\"signatory\">")
        output.line("<p class=\"party\">\(escape(SignatureWording.signedFor(signatory.party)))</p>")
        output.line("<dl>")
        signatureLine(SignatureWording.signature, nil)
        signatureLine(SignatureWording.name, signatory.name)
        signatureLine(SignatureWording.position, signatory.title)
        signatureLine(SignatureWording.date, nil)
        output.line("</dl>")
        output.line("</div>")
    }

    private mutating func signatureLine(_ label: String, _ value: String?) {
        if let value, !value.isEmpty {
            output.line("<div><dt>\(escape(label))</dt><dd>\(escape(value))</dd></div>")
        } else {
            output.line("<div><dt>\(escape(label))</dt><dd class=\"fill-in\"></dd></div>")
        }
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
