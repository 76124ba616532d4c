/// Writes `content.xml`: the title block, the table of contents, and every block of the
/// document as editable ODF — headings numbered by the outline style, sub-clauses numbered by
/// list styles, cross-references as bookmark references.
final class ODTContentPart {
    let document: Document
    let house: ODTHouseStyle
    let xml: ODTXMLWriter
    /// The number of each bookmarked heading, by bookmark name (clause id or section anchor).
    let numbers: [String: String]
    /// Bookmarks already placed; ODF bookmark names must be unique.
    var placedBookmarks: Set<String> = []
    /// Whether the last character written in the current paragraph was white space (or the
    /// paragraph has just begun), so the next space must be written as `text:s` to survive
    /// ODF's white-space collapsing.
    var afterSpace = true
    /// Tables written so far, for unique table names.
    var tableCount = 0
    /// Tracked changes against an earlier document, when writing a redline.
    var redline: ODTRedlineState?

    typealias P = ODTVocabulary.Paragraph

    /// Which paragraph styles blocks take where they stand.
    struct Context {
        /// For paragraphs.
        var paragraph: String
        /// For paragraphs inside list items.
        var listParagraph: String

        static let body = Context(paragraph: P.textBody, listParagraph: P.subclause)
        static let notice = Context(paragraph: P.notice, listParagraph: P.notice)
        static let tableCell = Context(paragraph: P.tableContents, listParagraph: P.tableContents)
    }

    init(document: Document, house: ODTHouseStyle, xml: ODTXMLWriter) {
        self.document = document
        self.house = house
        self.xml = xml
        self.numbers = ODTOutline(document, annexLabel: house.labels.annex).numbers
    }

    /// Renders the part.
    static func render(_ document: Document, house: ODTHouseStyle, redline: ODTRedlineState? = nil) throws(ConcordatError) -> [UInt8] {
        let part = ODTContentPart(document: document, house: house, xml: try ODTXMLWriter(part: "content.xml"))
        part.redline = redline
        try part.write()
        return try part.xml.finish()
    }

    private func write() throws(ConcordatError) {
        try xml.element(
            "office:document-content", ODTVocabulary.documentNamespaces + [("office:version", ODTVocabulary.version)]
        ) { () throws(ConcordatError) in
            try ODTFontFaces.write(house, to: xml)
            try xml.element("office:automatic-styles") { () throws(ConcordatError) in try writeAutomaticStyles() }
            try xml.element("office:body") { () throws(ConcordatError) in
                try xml.element("office:text") { () throws(ConcordatError) in
                    try writeTrackedChanges()
                    try writeTitleBlock()
                    try writeTableOfContents()
                    try paragraph(style: P.pageBreak) {}
                    try blocks(document.front, .body)
                    try blocks(document.body, .body)
                    try blocks(document.back, .body)
                    for annex in document.annexes { try write(annex) }
                }
            }
        }
    }

    private func writeTitleBlock() throws(ConcordatError) {
        let metadata = document.metadata
        xml.subject = "the document title"
        try paragraph(style: P.title) { () throws(ConcordatError) in try writeText(metadata.title) }
        xml.subject = "the document subject"
        try paragraph(style: P.subtitle) { () throws(ConcordatError) in try writeText(metadata.subject) }
        if let draft = metadata.draftLabel {
            xml.subject = "the draft label"
            try paragraph(style: P.draftLabel) { () throws(ConcordatError) in try writeText(draft) }
        }
        xml.subject = "the document date"
        try paragraph(style: P.dateLine) { () throws(ConcordatError) in
            try writeText(house.labels.dated + " ")
            // With no date the line stays open, to be filled in at signing.
            try writeText(metadata.date ?? String(repeating: "_", count: 24))
        }
    }

    /// A table of contents LibreOffice can regenerate (Tools ▸ Update), pre-filled with the
    /// headings so it reads correctly before anyone updates it.
    private func writeTableOfContents() throws(ConcordatError) {
        xml.subject = "the table of contents"
        // The contents are generated from the headings, so a redline does not track them.
        redline?.suspended += 1
        defer { redline?.suspended -= 1 }
        let title = house.labels.contents
        try xml.element("text:table-of-content", [
            ("text:style-name", ODTVocabulary.Automatic.contentsSection), ("text:protected", "true"),
            ("text:name", "Contents"),
        ]) { () throws(ConcordatError) in
            try xml.element("text:table-of-content-source", [
                ("text:outline-level", "2"), ("text:use-index-marks", "false"),
            ]) { () throws(ConcordatError) in
                try xml.element("text:index-title-template", [("text:style-name", P.contentsHeading)], text: title)
                for level in 1...2 {
                    try xml.element("text:table-of-content-entry-template", [
                        ("text:outline-level", String(level)), ("text:style-name", P.contents(level)),
                    ]) { () throws(ConcordatError) in
                        try xml.element("text:index-entry-link-start", [("text:style-name", ODTVocabulary.Text.indexLink)])
                        try xml.element("text:index-entry-chapter")
                        try xml.element("text:index-entry-tab-stop", [
                            ("style:type", "left"), ("style:position", house.spacing.headingIndent),
                        ])
                        try xml.element("text:index-entry-text")
                        try xml.element("text:index-entry-tab-stop", [("style:type", "right"), ("style:leader-char", ".")])
                        try xml.element("text:index-entry-page-number")
                        try xml.element("text:index-entry-link-end")
                    }
                }
            }
            try xml.element("text:index-body") { () throws(ConcordatError) in
                try xml.element("text:index-title", [("text:name", "Contents_Head")]) { () throws(ConcordatError) in
                    try paragraph(style: P.contentsHeading) { () throws(ConcordatError) in try writeText(title) }
                }
                for entry in ODTOutline(document, annexLabel: house.labels.annex).entries where entry.level <= 2 {
                    xml.subject = "the contents entry for \(entry.owner)"
                    try paragraph(style: P.contents(entry.level)) { () throws(ConcordatError) in
                        let link = entry.bookmark.isEmpty ? [] : [
                            ("xlink:type", "simple"), ("xlink:href", "#" + entry.bookmark),
                            ("text:style-name", ODTVocabulary.Text.indexLink),
                            ("text:visited-style-name", ODTVocabulary.Text.indexLink),
                        ]
                        try xml.element(link.isEmpty ? "text:span" : "text:a", link) { () throws(ConcordatError) in
                            try writeText(entry.number)
                            try xml.element("text:tab")
                            try writeText(entry.title)
                        }
                    }
                }
            }
        }
    }

    private func write(_ annex: Annex) throws(ConcordatError) {
        xml.subject = "annex \(annex.letter)"
        try heading(
            level: 1, style: P.annexHeading, numbered: false, bookmark: annex.id, annotation: nil
        ) { () throws(ConcordatError) in
            try writeText(ODTOutline.annexTitle(annex, label: house.labels.annex))
        }
        try blocks(annex.blocks, .body)
    }

    /// Writes blocks in order.
    func blocks(_ blocks: [Block], _ context: Context) throws(ConcordatError) {
        for block in blocks { try self.block(block, context) }
    }

    private func block(_ block: Block, _ context: Context) throws(ConcordatError) {
        switch block {
        case .section(let section):
            xml.subject = "section \(section.id)"
            try heading(level: 1, style: P.heading(1), numbered: true, bookmark: section.anchor, annotation: nil) {
                () throws(ConcordatError) in try writeText(section.title)
            }
            try blocks(section.blocks, context)
        case .clause(let clause):
            xml.subject = "clause \(clause.id)"
            try heading(level: 2, style: P.heading(2), numbered: true, bookmark: clause.id, annotation: clause.note,
                        comment: clause.id) {
                () throws(ConcordatError) in try writeText(clause.title)
            }
            try blocks(clause.blocks, context)
            xml.subject = "clause \(clause.id)"
        case .paragraph(let inlines):
            try paragraph(style: context.paragraph) { () throws(ConcordatError) in try self.inlines(inlines) }
        case .numberedList(let list):
            try self.list(style: ODTVocabulary.List.numbered(list.style), items: list.items.map(\.blocks), context)
        case .bulletList(let items):
            try self.list(style: ODTVocabulary.List.bullets, items: items, context)
        case .table(let table):
            try self.table(table)
        case .notice(let title, let body):
            try paragraph(style: P.noticeHeading) { () throws(ConcordatError) in try writeText(title) }
            try blocks(body, .notice)
        case .signatures(let signatories):
            for signatory in signatories { try signature(signatory) }
        case .heading(let level, let text, let anchor):
            let level = min(max(level, 1), 10)
            try heading(level: level, style: P.heading(min(level, 3)), numbered: false, bookmark: anchor, annotation: nil) {
                () throws(ConcordatError) in try inlines(text)
            }
        case .pageBreak:
            try paragraph(style: P.pageBreak) {}
        }
    }

    private func list(style: String, items: [[Block]], _ context: Context) throws(ConcordatError) {
        let itemContext = Context(paragraph: context.listParagraph, listParagraph: context.listParagraph)
        try xml.element("text:list", [("text:style-name", style)]) { () throws(ConcordatError) in
            for item in items {
                try xml.element("text:list-item") { () throws(ConcordatError) in
                    // A list item needs a paragraph to carry its number.
                    if item.isEmpty { try paragraph(style: itemContext.paragraph) {} }
                    try blocks(item, itemContext)
                }
            }
        }
    }

    /// A heading in the outline: numbered ones take their number from the outline style;
    /// unnumbered ones (front and back matter, annexes) are list headers, which the outline
    /// skips when counting but the table of contents still lists.
    func heading(
        level: Int, style: String, numbered: Bool, bookmark: String?, annotation: String?, comment: String? = nil,
        _ content: () throws(ConcordatError) -> Void
    ) throws(ConcordatError) {
        var attributes = [("text:style-name", style), ("text:outline-level", String(level))]
        if !numbered { attributes.append(("text:is-list-header", "true")) }
        try xml.element("text:h", attributes) { () throws(ConcordatError) in
            afterSpace = true
            let pieces = try redlineOpen(headingLevel: level)
            if let annotation { try writeAnnotation(annotation) }
            if let comment { try writeRedlineComment(clauseID: comment) }
            let name = bookmark.flatMap { placedBookmarks.insert($0).inserted ? $0 : nil }
            if let name { try xml.element("text:bookmark-start", [("text:name", name)]) }
            if let pieces { try writeRedlinePieces(pieces) } else { try content() }
            if let name { try xml.element("text:bookmark-end", [("text:name", name)]) }
            try redlineClose(headingLevel: level)
        }
    }

    /// A reviewer's comment. It carries a date only when the document has one, so the same
    /// input always gives the same bytes.
    private func writeAnnotation(_ text: String) throws(ConcordatError) {
        redline?.suspended += 1
        defer { redline?.suspended -= 1 }
        try xml.element("office:annotation") { () throws(ConcordatError) in
            try xml.element("dc:creator", text: "Concordat")
            if let date = ODTMetaPart.dateTime(document.metadata.isoDate) { try xml.element("dc:date", text: date) }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                try paragraph(style: P.annotation) { () throws(ConcordatError) in try writeText(String(line)) }
            }
        }
        afterSpace = true
    }

    /// A paragraph whose content `body` writes.
    func paragraph(style: String, _ body: () throws(ConcordatError) -> Void) throws(ConcordatError) {
        try xml.element("text:p", [("text:style-name", style)]) { () throws(ConcordatError) in
            afterSpace = true
            if let pieces = try redlineOpen(headingLevel: nil) { try writeRedlinePieces(pieces) } else { try body() }
            try redlineClose(headingLevel: nil)
        }
    }
}
