/// Renders a ``Document`` as GitHub Flavored Markdown (CommonMark plus tables) that reads well as
/// plain text and renders cleanly on GitHub and in pandoc.
///
/// - Sections, clauses and annexes are ATX headings carrying their literal numbers
///   (`## 3 Meetings`, `### 3.1 Quorum`, `## Annex A Contributions`). Each is preceded by an
///   explicit `<a id="…"></a>` anchor on its own paragraph, because neither GitHub nor pandoc
///   lets Markdown set a heading's id in a way the other understands; GitHub keeps the anchor
///   (prefixing it internally and resolving `#id` links to it) and pandoc passes it through.
/// - Sub-clauses are bullet list items whose text begins with the sub-clause's own number in bold
///   (`- **(a)** in person; or`). An ordered list cannot show "(a)" or "3.1.1", and a paragraph
///   beginning "(a)" is itself a list marker for pandoc; a bullet item keeps the literal number,
///   indents nested sub-clauses visibly on every renderer, and reads naturally in the raw file.
/// - Cross-references are links to the clause anchors; blanks are bold `[blank: path]`
///   placeholders; notices are block quotes with a bold title; annotations are an italic quoted
///   "Why this clause" line under the clause heading; page breaks are thematic breaks.
/// - All model text is escaped (see ``MarkdownEscaping``), so names such as `*x* | # [x](y)`
///   appear literally and never change the document's structure.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown text of `document`, ending with one newline.
    public func render(_ document: Document) -> String {
        var chunks: [String] = []
        chunks += titleBlock(document.metadata)
        chunks += render(document.front + document.body + document.back)
        for annex in document.annexes {
            chunks.append(thematicBreak)
            chunks.append(anchor(annex.id))
            chunks.append("## " + line([.text("Annex \(annex.letter) \(annex.title)")]))
            chunks += render(annex.blocks)
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    private let thematicBreak = "---"

    private func titleBlock(_ metadata: Document.Metadata) -> [String] {
        var chunks = ["# " + line([.text(metadata.title)])]
        if !metadata.subject.isEmpty {
            chunks.append(paragraph([.strong([.text(metadata.subject)])]))
        }
        if let draft = metadata.draftLabel, !draft.isEmpty {
            chunks.append(paragraph([.emphasis([.text(draft)])]))
        }
        chunks.append(labelled(SignatureWording.date, metadata.date))
        return chunks
    }

    // MARK: Blocks

    /// The chunks for a run of blocks. Two lists in a row would merge into one list, so an
    /// invisible HTML comment ends the first.
    private func render(_ blocks: [Block]) -> [String] {
        var chunks: [String] = []
        var previousWasList = false
        for block in blocks {
            let rendered = render(block)
            guard !rendered.isEmpty else { continue }
            let isList: Bool
            switch block {
            case .numberedList, .bulletList: isList = true
            default: isList = false
            }
            if isList, previousWasList { chunks.append(listSeparator) }
            chunks += rendered
            previousWasList = isList
        }
        return chunks
    }

    private let listSeparator = "<!-- end of list -->"

    /// The chunks (separated by blank lines) for one block.
    private func render(_ block: Block) -> [String] {
        switch block {
        case .section(let section):
            return [anchor(section.anchor), "## " + line([.text("\(section.number) \(section.title)")])]
                + render(section.blocks)
        case .clause(let clause):
            var chunks = [anchor(clause.id), "### " + line([.text("\(clause.number) \(clause.title)")])]
            // A partner reads what the clause is for first, then why it is in this document.
            var note: [String] = []
            if let purpose = clause.purpose, !purpose.isEmpty {
                note.append(paragraph([.emphasis([.text("What this clause is for: \(purpose)")])]))
            }
            if let annotation = clause.annotation, !annotation.isEmpty {
                note.append(paragraph([.emphasis([.text("Why this clause: \(annotation)")])]))
            }
            if !note.isEmpty { chunks.append(quoted(note.joined(separator: "\n\n"))) }
            return chunks + render(clause.blocks)
        case .paragraph(let inlines):
            let text = paragraph(inlines)
            return text.isEmpty ? [] : [text]
        case .numberedList(let list):
            return list.items.isEmpty ? [] : [list.items.map(numberedItem).joined(separator: "\n\n")]
        case .bulletList(let items):
            return items.isEmpty ? [] : [items.map { listItem(render($0)) }.joined(separator: "\n\n")]
        case .table(let table):
            return self.table(table).map { [$0] } ?? []
        case .notice(let title, let body):
            let chunks = [paragraph([.strong([.text(title)])])] + render(body)
            return [quoted(chunks.joined(separator: "\n\n"))]
        case .signatures(let signatories):
            return signatories.flatMap(signatureBlock)
        case .heading(let level, let text, let anchorID):
            let hashes = String(repeating: "#", count: min(6, max(1, level) + 1))
            let heading = hashes + " " + line(text)
            return (anchorID.map { [anchor($0)] } ?? []) + [heading]
        case .pageBreak:
            return [thematicBreak]
        }
    }

    /// A sub-clause: a bullet item whose first paragraph starts with the bold number.
    private func numberedItem(_ item: NumberedList.Item) -> String {
        let number = MarkdownPiece.span(.strong, [.text(item.number)])
        var blocks = item.blocks
        var first: String
        if case .paragraph(let inlines)? = blocks.first {
            blocks.removeFirst()
            let pieces = MarkdownPiece.normalized([number, .text(" ")] + MarkdownPiece.pieces(inlines))
            first = MarkdownInlineLayout.render(pieces)
        } else {
            first = MarkdownInlineLayout.render(MarkdownPiece.normalized([number]))
        }
        return listItem([first] + render(blocks))
    }

    /// A bullet item holding `chunks`; continuation lines are indented to the item's content.
    private func listItem(_ chunks: [String]) -> String {
        let body = chunks.filter { !$0.isEmpty }.joined(separator: "\n\n")
        guard !body.isEmpty else { return "-" }
        return prefixLines(body, first: "- ", rest: "  ")
    }

    private func quoted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + $0 }
            .joined(separator: "\n")
    }

    private func prefixLines(_ text: String, first: String, rest: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { index, line in
                if index == 0 { return first + line }
                return line.isEmpty ? "" : rest + line
            }
            .joined(separator: "\n")
    }

    private func table(_ table: Table) -> String? {
        let columns = table.header.count
        guard columns > 0 else { return nil }
        func row(_ cells: [[Inline]]) -> String {
            let padded = (0..<columns).map { $0 < cells.count ? cells[$0] : [] }
            return "| " + padded.map { line($0) }.joined(separator: " | ") + " |"
        }
        let delimiters = (0..<columns).map { column in
            column < table.alignments.count && table.alignments[column] == .trailing ? "---:" : "---"
        }
        let lines = [row(table.header), "| " + delimiters.joined(separator: " | ") + " |"]
            + table.rows.map(row)
        return lines.joined(separator: "\n")
    }

    /// One signatory: who signs for whom, then lines to fill in.
    private func signatureBlock(_ signatory: Signatory) -> [String] {
        [
            paragraph([.strong([.text(SignatureWording.signedFor(signatory.party))])]),
            labelled(SignatureWording.signature, nil),
            labelled(SignatureWording.name, signatory.name),
            labelled(SignatureWording.position, signatory.title),
            labelled(SignatureWording.date, nil),
        ]
    }

    /// "Label: value", or "Label: ______" to fill in by hand when there is no value.
    private func labelled(_ label: String, _ value: String?) -> String {
        if let value, !value.isEmpty {
            return paragraph([.text("\(label): \(value)")])
        }
        let pieces = MarkdownPiece.normalized([.text("\(label): "), .syntax(SignatureWording.fillInLine)])
        return MarkdownInlineLayout.render(pieces)
    }

    // MARK: Inline helpers

    private func paragraph(_ inlines: [Inline]) -> String {
        MarkdownInlineLayout.render(inlines)
    }

    private func line(_ inlines: [Inline]) -> String {
        MarkdownInlineLayout.render(inlines, singleLine: true)
    }

    /// A raw HTML anchor for links to target; its own paragraph so it never joins the heading's
    /// text and survives pandoc, which needs a blank line before a heading.
    private func anchor(_ id: String) -> String {
        "<a id=\"\(HTMLEscaping.escapeSingleLine(id))\"></a>"
    }
}
