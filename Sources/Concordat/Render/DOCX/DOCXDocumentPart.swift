/// Writes `word/document.xml`: the title block, a pre-filled table of contents, and every block
/// of the document as editable WordprocessingML — headings numbered by the one multilevel list
/// linked to the Heading styles (no literal numbers in the text), sub-clauses by lists that
/// restart in every clause, cross-references as `REF` fields to bookmarks on the headings.
final class DOCXDocumentPart {
    typealias P = DOCXVocabulary.Paragraph
    typealias ID = DOCXVocabulary.NumberingID

    let document: Document
    let house: ODTHouseStyle
    let xml: XMLPartWriter
    let bookmarks: DOCXBookmarks
    let outline: ODTOutline
    /// The page: the house style's, or a reference document's.
    let page: DOCXPage
    /// Numbering instances handed out to lists, written afterwards into `numbering.xml`.
    var numbering = DOCXNumberingPart()
    /// Annotations, in order; comment ids are their positions.
    var comments: [String] = []
    /// Bookmarks already placed (their `w:id` is the count so far); names must be unique.
    var placedBookmarks: Set<String> = []
    /// How deep the bullet lists being written are nested.
    var bulletDepth = 0
    /// Tracked changes against an earlier document, when writing a redline.
    var redline: DOCXRedlineState?

    /// Which paragraph styles blocks take where they stand, and whether they are inside a clause
    /// (where decimal sub-clauses continue the heading numbers: 4.2.1).
    struct Context {
        var paragraph: String
        var listParagraph: String
        var inClause = false

        static let body = Context(paragraph: P.bodyText, listParagraph: P.subclause)
        static let notice = Context(paragraph: P.notice, listParagraph: P.notice)
    }

    init(document: Document, house: ODTHouseStyle, page: DOCXPage, xml: XMLPartWriter, bookmarks: DOCXBookmarks) {
        self.document = document
        self.page = page
        self.house = house
        self.xml = xml
        self.bookmarks = bookmarks
        self.outline = ODTOutline(document, annexLabel: house.labels.annex)
    }

    /// The run writer for body text.
    var runs: DOCXRunWriter { DOCXRunWriter(xml: xml, bookmarks: bookmarks, numbers: outline.numbers, redline: redline) }

    /// Renders the part; the numbering instances and comments it used are read afterwards.
    func render(relationships: DOCXRelationships) throws(ConcordatError) -> [UInt8] {
        try xml.element("w:document", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            try xml.element("w:body") { () throws(ConcordatError) in
                try writeTitleBlock()
                try writeTableOfContents()
                try pageBreak()
                try blocks(document.front, .body)
                try blocks(document.body, .body)
                try blocks(document.back, .body)
                for annex in document.annexes { try write(annex) }
                try writeSectionProperties(relationships)
            }
        }
        return try xml.finish()
    }

    private func writeTitleBlock() throws(ConcordatError) {
        let metadata = document.metadata
        xml.subject = "the document title"
        try paragraph(style: P.title) { () throws(ConcordatError) in try runs.run(metadata.title) }
        xml.subject = "the document subject"
        try paragraph(style: P.subtitle) { () throws(ConcordatError) in try runs.run(metadata.subject) }
        if let draft = metadata.draftLabel {
            xml.subject = "the draft label"
            try paragraph(style: P.draftLabel) { () throws(ConcordatError) in try runs.run(draft) }
        }
        xml.subject = "the document date"
        try paragraph(style: P.dateLine) { () throws(ConcordatError) in
            // With no date the line stays open, to be filled in at signing.
            try runs.run(house.labels.dated + " " + (metadata.date ?? String(repeating: "_", count: 24)))
        }
    }

    /// A `TOC` field over outline levels 1–2 whose stored result is the list of headings, each
    /// linked to its heading's bookmark, so it reads correctly before anyone updates it. Page
    /// numbers are not known until a word processor lays the document out, so the stored entries
    /// carry none; updating the field (F9 in Word, Tools ▸ Update in LibreOffice) adds them.
    private func writeTableOfContents() throws(ConcordatError) {
        xml.subject = "the table of contents"
        // The contents are generated from the headings, so a redline does not track them.
        redline?.suspended += 1
        defer { redline?.suspended -= 1 }
        try paragraph(style: P.contentsHeading) { () throws(ConcordatError) in try runs.run(house.labels.contents) }
        let entries = outline.entries.filter { $0.level <= 2 }
        let instruction = " TOC \\o \"1-2\" \\h \\z \\u "
        guard !entries.isEmpty else {
            try paragraph(style: P.contents(1)) { () throws(ConcordatError) in
                try runs.field(instruction: instruction, result: house.labels.contents)
            }
            return
        }
        for (index, entry) in entries.enumerated() {
            xml.subject = "the contents entry for \(entry.owner)"
            try paragraph(style: P.contents(entry.level)) { () throws(ConcordatError) in
                if index == 0 {
                    try runs.fieldCharacter("begin")
                    try xml.element("w:r") { () throws(ConcordatError) in
                        try xml.element("w:instrText", [("xml:space", "preserve")], text: instruction)
                    }
                    try runs.fieldCharacter("separate")
                }
                let link = bookmarks.name(for: entry.bookmark)
                try optionalElement(link == nil ? nil : "w:hyperlink", link.map { [("w:anchor", $0), ("w:history", "1")] } ?? []) {
                    () throws(ConcordatError) in
                    if !entry.number.isEmpty {
                        try runs.run(entry.number)
                        try xml.element("w:r") { () throws(ConcordatError) in try xml.element("w:tab") }
                    }
                    try runs.run(entry.title)
                }
                if index == entries.count - 1 { try runs.fieldCharacter("end") }
            }
        }
    }

    private func write(_ annex: Annex) throws(ConcordatError) {
        xml.subject = "annex \(annex.letter)"
        try heading(style: P.annexHeading, anchor: annex.id, annotation: nil) { () throws(ConcordatError) in
            try runs.run(ODTOutline.annexTitle(annex, label: house.labels.annex))
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
            try heading(style: P.heading(1), anchor: section.anchor, annotation: nil) { () throws(ConcordatError) in
                try runs.run(section.title)
            }
            try blocks(section.blocks, context)
        case .clause(let clause):
            xml.subject = "clause \(clause.id)"
            try heading(style: P.heading(2), anchor: clause.id, annotation: redlineComment(clause.id) ?? clause.note) {
                () throws(ConcordatError) in try runs.run(clause.title)
            }
            var inClause = context
            inClause.inClause = true
            try blocks(clause.blocks, inClause)
            xml.subject = "clause \(clause.id)"
        case .paragraph(let inlines):
            try paragraph(style: context.paragraph) { () throws(ConcordatError) in try runs.inlines(inlines) }
        case .numberedList(let list):
            try numberedList(list, context)
        case .bulletList(let items):
            bulletDepth += 1
            defer { bulletDepth -= 1 }
            let level = min(bulletDepth - 1, 8)
            try listItems(items, numID: ID.bullets, level: level, context)
        case .table(let table):
            try self.table(table)
        case .notice(let title, let body):
            try paragraph(style: P.noticeHeading) { () throws(ConcordatError) in try runs.run(title) }
            try blocks(body, .notice)
        case .signatures(let signatories):
            for signatory in signatories { try signature(signatory) }
        case .heading(let level, let text, let anchor):
            try heading(style: P.unnumberedHeading(min(max(level, 1), 3)), anchor: anchor, annotation: nil) {
                () throws(ConcordatError) in try runs.inlines(text)
            }
        case .pageBreak:
            try pageBreak()
        }
    }

    /// Decimal sub-clauses inside a clause continue the heading list (clause 4.2's are 4.2.1 …,
    /// restarting after every clause heading as Word's levels do); every other numbered list
    /// gets its own instance restarting at 1.
    private func numberedList(_ list: NumberedList, _ context: Context) throws(ConcordatError) {
        let numID: Int
        let level: Int
        if list.style == .decimal, context.inClause {
            numID = ID.headings
            level = min(1 + list.depth, 8)
        } else {
            level = min(max(list.depth - 1, 0), 8)
            numID = numbering.restartingInstance(DOCXNumberingPart.Abstract(list.style), level: level)
        }
        try listItems(list.items.map(\.blocks), numID: numID, level: level, context)
    }

    /// Each item's first paragraph carries the number; its other paragraphs line up under the
    /// text; nested lists number themselves one level in.
    private func listItems(_ items: [[Block]], numID: Int, level: Int, _ context: Context) throws(ConcordatError) {
        var itemContext = context
        itemContext.paragraph = context.listParagraph
        for item in items {
            var numbered = false
            func numberedParagraph(_ body: () throws(ConcordatError) -> Void) throws(ConcordatError) {
                try paragraph(style: itemContext.paragraph, numbering: (numID, level), body)
                numbered = true
            }
            for block in item {
                if !numbered, case .paragraph(let inlines) = block {
                    try numberedParagraph { () throws(ConcordatError) in try runs.inlines(inlines) }
                    continue
                }
                if !numbered { try numberedParagraph {} }
                if case .paragraph(let inlines) = block {
                    try paragraph(style: itemContext.paragraph, indentUnder: (numID, level)) { () throws(ConcordatError) in
                        try runs.inlines(inlines)
                    }
                } else {
                    try self.block(block, itemContext)
                }
            }
            // A list item needs a paragraph to carry its number.
            if !numbered { try numberedParagraph {} }
        }
    }

    /// A heading paragraph. Numbered ones take their number from the style's link to the
    /// heading list; unnumbered ones (front and back matter, annexes) have styles of their own
    /// that are in the outline, for the contents, but not in the list.
    func heading(
        style: String, anchor: String?, annotation: String?,
        _ content: () throws(ConcordatError) -> Void
    ) throws(ConcordatError) {
        try tracked(style: style, level: Self.level(style)) { (tracking) throws(ConcordatError) in
            try xml.element("w:p") { () throws(ConcordatError) in
                try xml.element("w:pPr") { () throws(ConcordatError) in
                    try xml.element("w:pStyle", [("w:val", style)])
                    try writeMark(tracking)
                }
                try writeContent(tracking, bodyWritesPieces: true) { () throws(ConcordatError) in
                    let commentID = annotation.map { text -> Int in
                        comments.append(text)
                        return comments.count - 1
                    }
                    if let commentID { try xml.element("w:commentRangeStart", [("w:id", String(commentID))]) }
                    let name = anchor.flatMap { bookmarks.name(for: $0) }.flatMap { placedBookmarks.insert($0).inserted ? $0 : nil }
                    let bookmarkID = String(placedBookmarks.count - 1)
                    if let name { try xml.element("w:bookmarkStart", [("w:id", bookmarkID), ("w:name", name)]) }
                    if case .pieces(let pieces) = tracking.content { try writePieces(pieces) } else { try content() }
                    if name != nil { try xml.element("w:bookmarkEnd", [("w:id", bookmarkID)]) }
                    if let commentID {
                        try xml.element("w:commentRangeEnd", [("w:id", String(commentID))])
                        try xml.element("w:r") { () throws(ConcordatError) in
                            try runs.properties(.init(style: DOCXVocabulary.Character.commentReference))
                            try xml.element("w:commentReference", [("w:id", String(commentID))])
                        }
                    }
                }
            }
        }
    }

    /// The outline level a heading style stands at, for lining up paragraphs of two documents:
    /// numbered headings 1–9, unnumbered ones from 11, annex headings 20; nil for body text.
    static func level(_ style: String) -> Int? {
        if style == P.annexHeading { return 20 }
        for level in 1...9 {
            if style == P.heading(level) { return level }
            if style == P.unnumberedHeading(level) { return 10 + level }
        }
        return nil
    }

    /// A paragraph whose runs `body` writes: its style, and optionally its list number, or an
    /// indent that lines it up under the text of a numbered item.
    func paragraph(
        style: String, numbering: (Int, Int)? = nil, indentUnder: (Int, Int)? = nil,
        keepNext: Bool = false, _ body: () throws(ConcordatError) -> Void
    ) throws(ConcordatError) {
        try tracked(style: style, level: nil) { (tracking) throws(ConcordatError) in
            try xml.element("w:p") { () throws(ConcordatError) in
                try xml.element("w:pPr") { () throws(ConcordatError) in
                    try xml.element("w:pStyle", [("w:val", style)])
                    if keepNext { try xml.element("w:keepNext") }
                    if let (numID, level) = numbering { try numberingProperties(numID: numID, level: level) }
                    if let (numID, level) = indentUnder {
                        try xml.element("w:ind", [("w:left", String(listTextIndent(numID: numID, level: level))), ("w:firstLine", "0")])
                    }
                    try writeMark(tracking)
                }
                try writeContent(tracking, body)
            }
        }
    }

    /// Where the text of a list item at `level` starts, as `numbering.xml` sets it.
    private func listTextIndent(numID: Int, level: Int) -> Int {
        let headingIndent = DOCXMeasure.twips(house.spacing.headingIndent)
        let step = DOCXMeasure.twips(house.spacing.listIndent)
        return numID == ID.headings ? headingIndent + step * (level - 1) : headingIndent + step * (level + 1)
    }

    private func numberingProperties(numID: Int, level: Int) throws(ConcordatError) {
        try xml.element("w:numPr") { () throws(ConcordatError) in
            try xml.element("w:ilvl", [("w:val", String(level))])
            try xml.element("w:numId", [("w:val", String(numID))])
        }
    }

    /// An element around `body`, or just `body` when `name` is nil.
    func optionalElement(
        _ name: String?, _ attributes: [(String, String)], _ body: () throws(ConcordatError) -> Void
    ) throws(ConcordatError) {
        if let name { try xml.element(name, attributes, body) } else { try body() }
    }

    /// A paragraph holding only a page break.
    func pageBreak() throws(ConcordatError) {
        try tracked(style: nil, level: DOCXRedlineState.pageBreakLevel) { (tracking) throws(ConcordatError) in
            try xml.element("w:p") { () throws(ConcordatError) in
                if tracking.markInserted || tracking.markDeleted {
                    try xml.element("w:pPr") { () throws(ConcordatError) in try writeMark(tracking) }
                }
                try writeContent(tracking) { () throws(ConcordatError) in
                    try xml.element("w:r") { () throws(ConcordatError) in try xml.element("w:br", [("w:type", "page")]) }
                }
            }
        }
    }

    /// The page: size, margins, and the header and footer parts.
    private func writeSectionProperties(_ relationships: DOCXRelationships) throws(ConcordatError) {
        try xml.element("w:sectPr") { () throws(ConcordatError) in
            if let header = relationships.id(of: DOCXPackageParts.header) {
                try xml.element("w:headerReference", [("w:type", "default"), ("r:id", header)])
            }
            if let footer = relationships.id(of: DOCXPackageParts.footer) {
                try xml.element("w:footerReference", [("w:type", "default"), ("r:id", footer)])
            }
            var size = [("w:w", String(page.width)), ("w:h", String(page.height))]
            if let orientation = page.orientation { size.append(("w:orient", orientation)) }
            try xml.element("w:pgSz", size)
            try xml.element("w:pgMar", [
                ("w:top", String(page.top)), ("w:right", String(page.right)), ("w:bottom", String(page.bottom)),
                ("w:left", String(page.left)), ("w:header", String(page.header)), ("w:footer", String(page.footer)),
                ("w:gutter", "0"),
            ])
            try xml.element("w:cols", [("w:space", "708")])
        }
    }
}
