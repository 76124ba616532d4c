/// Writes `styles.xml`: the named styles from the house style, the outline numbering of
/// headings, the sub-clause list styles, and the page with its footer page numbers.
///
/// Only ODF 1.3 attributes are used (no LibreOffice extensions), so the part validates against
/// the OASIS schema.
struct ODTStylesPart {
    let house: ODTHouseStyle
    /// The document's language tag.
    let language: String
    /// The draft label for the header, if the document is a draft.
    let draftLabel: String?
    let xml: ODTXMLWriter
    private typealias P = ODTVocabulary.Paragraph
    private typealias T = ODTVocabulary.Text

    /// Renders the part. It depends only on the house style, the language and the draft label,
    /// so every document of a batch that shares them shares one rendering.
    static func render(house: ODTHouseStyle, language: String, draftLabel: String?) throws(ConcordatError) -> [UInt8] {
        try rendered.value(Key(house: house, language: language, draftLabel: draftLabel)) { () throws(ConcordatError) in
            let part = ODTStylesPart(
                house: house, language: language, draftLabel: draftLabel, xml: try ODTXMLWriter(part: "styles.xml"))
            try part.write()
            return try part.xml.finish()
        }
    }

    private struct Key: Hashable, Sendable {
        var house: ODTHouseStyle
        var language: String
        var draftLabel: String?
    }

    private static let rendered = Memo<Key, [UInt8]>()

    /// The width between the margins, for right-aligned tab stops.
    var textWidth: ODTLength {
        ODTLength(house.page.width)!.minus(ODTLength(house.page.marginLeft)!).minus(ODTLength(house.page.marginRight)!)
    }

    private func write() throws(ConcordatError) {
        xml.subject = "the house style"
        try xml.element(
            "office:document-styles", ODTVocabulary.documentNamespaces + [("office:version", ODTVocabulary.version)]
        ) { () throws(ConcordatError) in
            try ODTFontFaces.write(house, to: xml)
            try xml.element("office:styles") { () throws(ConcordatError) in
                try writeDefaults()
                try writeParagraphStyles()
                try writeHeadingStyles()
                try writeContentsStyles()
                try writeTextStyles()
                try ODTListStyles(house: house, xml: xml).write()
            }
            try xml.element("office:automatic-styles") { () throws(ConcordatError) in
                try writePageLayout()
            }
            try xml.element("office:master-styles") { () throws(ConcordatError) in
                try writeMasterPage()
            }
        }
    }

    private func writeDefaults() throws(ConcordatError) {
        try xml.element("style:default-style", [("style:family", "paragraph")]) { () throws(ConcordatError) in
            try xml.element("style:paragraph-properties", [("fo:orphans", "2"), ("fo:widows", "2")])
            var text = [
                ("style:font-name", house.fonts.body), ("fo:font-size", house.sizes.body),
                ("fo:color", house.colours.text),
            ]
            text += ODTLanguage(language).attributes
            try xml.element("style:text-properties", text)
        }
    }

    private func writeParagraphStyles() throws(ConcordatError) {
        let after = house.spacing.paragraphAfter
        try paragraphStyle(P.standard, display: nil, parent: nil, paragraph: [], text: [])
        try paragraphStyle(
            P.textBody, display: "Text body", parent: P.standard,
            paragraph: [
                ("fo:margin-left", house.spacing.headingIndent), ("fo:margin-top", "0cm"),
                ("fo:margin-bottom", after), ("fo:line-height", house.spacing.lineHeight),
            ],
            text: [])
        // List paragraphs take their indent from the list style, so they carry none of their own.
        try paragraphStyle(
            P.subclause, display: "Sub-clause", parent: P.standard,
            paragraph: [("fo:margin-top", "0cm"), ("fo:margin-bottom", after), ("fo:line-height", house.spacing.lineHeight)],
            text: [])
        try paragraphStyle(
            P.title, display: nil, parent: P.standard, className: "chapter",
            paragraph: [("fo:text-align", "center"), ("fo:margin-top", "2cm"), ("fo:margin-bottom", "0.4cm")],
            text: headingFont(size: house.sizes.title, bold: true))
        try paragraphStyle(
            P.subtitle, display: nil, parent: P.standard, className: "chapter",
            paragraph: [("fo:text-align", "center"), ("fo:margin-bottom", "0.6cm")],
            text: headingFont(size: house.sizes.subtitle, bold: false))
        try paragraphStyle(
            P.draftLabel, display: "Draft Label", parent: P.standard,
            paragraph: [("fo:text-align", "center"), ("fo:margin-bottom", "0.4cm")],
            text: [("style:font-name", house.fonts.heading), ("fo:font-weight", "bold"), ("fo:color", house.colours.draft)])
        try paragraphStyle(
            P.dateLine, display: "Date Line", parent: P.standard,
            paragraph: [("fo:text-align", "center"), ("fo:margin-bottom", "1cm")], text: [])
        let border = "0.75pt solid \(house.colours.noticeBorder)"
        try paragraphStyle(
            P.notice, display: nil, parent: P.textBody,
            paragraph: [
                ("fo:margin-top", "0.2cm"), ("fo:margin-bottom", "0.2cm"), ("fo:border", border),
                ("fo:padding", "0.2cm"), ("fo:background-color", house.colours.noticeBackground),
            ],
            text: [])
        try paragraphStyle(
            P.noticeHeading, display: "Notice Heading", parent: P.notice,
            paragraph: [("fo:keep-with-next", "always")],
            text: [("style:font-name", house.fonts.heading), ("fo:font-weight", "bold")])
        try paragraphStyle(
            P.tableContents, display: "Table Contents", parent: P.standard,
            paragraph: [("fo:margin-top", "0.05cm"), ("fo:margin-bottom", "0.05cm")], text: [])
        try paragraphStyle(
            P.tableContentsEnd, display: "Table Contents End", parent: P.tableContents,
            paragraph: [("fo:text-align", "end")], text: [])
        try paragraphStyle(
            P.tableHeading, display: "Table Heading", parent: P.tableContents,
            paragraph: [], text: [("style:font-name", house.fonts.heading), ("fo:font-weight", "bold")])
        try paragraphStyle(
            P.tableHeadingEnd, display: "Table Heading End", parent: P.tableHeading,
            paragraph: [("fo:text-align", "end")], text: [])
        try paragraphStyle(
            P.signatureParty, display: "Signature Party", parent: P.textBody,
            paragraph: [("fo:margin-top", "0.8cm"), ("fo:keep-with-next", "always")], text: [])
        try paragraphStyle(
            P.signatureLabel, display: "Signature Label", parent: P.tableContents,
            paragraph: [("fo:margin-top", "0.5cm")], text: [("fo:font-size", house.sizes.small)])
        try paragraphStyle(
            P.signatureLine, display: "Signature Line", parent: P.tableContents,
            paragraph: [("fo:margin-top", "0.5cm")], text: [])
        try paragraphStyle(
            P.pageBreak, display: "Page Break", parent: P.standard,
            paragraph: [("fo:break-before", "page"), ("fo:margin-top", "0cm"), ("fo:margin-bottom", "0cm"), ("fo:line-height", "100%")],
            text: [("fo:font-size", "2pt")])
        try paragraphStyle(
            P.header, display: nil, parent: P.standard, className: "extra",
            paragraph: [("fo:text-align", "end")],
            text: [("fo:font-size", house.sizes.small), ("fo:color", house.colours.draft)])
        try paragraphStyle(
            P.footer, display: nil, parent: P.standard, className: "extra",
            paragraph: [("fo:text-align", "center")], text: [("fo:font-size", house.sizes.small)])
        try paragraphStyle(
            P.annotation, display: nil, parent: P.standard, className: "extra",
            paragraph: [], text: [("fo:font-size", house.sizes.small)])
    }

    private func writeHeadingStyles() throws(ConcordatError) {
        try paragraphStyle(
            P.heading, display: nil, parent: P.standard, next: P.textBody,
            paragraph: [
                ("fo:margin-top", house.spacing.headingBefore), ("fo:margin-bottom", house.spacing.headingAfter),
                ("fo:keep-with-next", "always"),
            ],
            text: headingFont(size: house.sizes.heading1, bold: true) + [("fo:color", house.colours.heading)])
        let sizes = [house.sizes.heading1, house.sizes.heading2, house.sizes.heading3]
        for level in 1...3 {
            try paragraphStyle(
                P.heading(level), display: "Heading \(level)", parent: P.heading, next: P.textBody,
                outlineLevel: level, paragraph: [], text: [("fo:font-size", sizes[level - 1])])
        }
        // Annexes start on a fresh page and sit outside the numbered outline.
        try paragraphStyle(
            P.annexHeading, display: "Annex Heading", parent: P.heading, next: P.textBody,
            paragraph: [("fo:break-before", "page")], text: [("fo:font-size", house.sizes.heading1)])
    }

    private func writeContentsStyles() throws(ConcordatError) {
        try paragraphStyle(
            P.contentsHeading, display: "Contents Heading", parent: P.heading, className: "index",
            paragraph: [], text: [("fo:font-size", house.sizes.heading1)])
        let indent = ODTLength(house.spacing.headingIndent)!
        for level in 1...2 {
            let margin = indent.times(level - 1).text
            let tabs = [
                ODTTabStop(position: indent.text, type: nil, leader: nil),
                ODTTabStop(position: textWidth.minus(indent.times(level - 1)).text, type: "right", leader: "."),
            ]
            try paragraphStyle(
                P.contents(level), display: "Contents \(level)", parent: P.standard, className: "index",
                paragraph: [("fo:margin-left", margin), ("fo:margin-top", "0cm"), ("fo:margin-bottom", "0.1cm")],
                text: [], tabs: tabs)
        }
    }

    private func writeTextStyles() throws(ConcordatError) {
        try textStyle(T.emphasis, display: nil, [("fo:font-style", "italic")])
        try textStyle(T.strong, display: "Strong Emphasis", [("fo:font-weight", "bold")])
        try textStyle(T.definedTerm, display: "Defined Term", [("fo:color", house.colours.definedTerm)])
        try textStyle(
            T.blank, display: nil,
            [("fo:background-color", house.colours.blankHighlight), ("fo:font-style", "italic")])
        // Contents entries link to their headings but read as plain text.
        try textStyle(T.indexLink, display: "Index Link", [("style:text-underline-style", "none"), ("fo:color", house.colours.text)])
    }

    private func writePageLayout() throws(ConcordatError) {
        try xml.element("style:page-layout", [("style:name", "PageLayout")]) { () throws(ConcordatError) in
            try xml.element("style:page-layout-properties", [
                ("fo:page-width", house.page.width), ("fo:page-height", house.page.height),
                ("style:print-orientation", "portrait"),
                ("fo:margin-top", house.page.marginTop), ("fo:margin-bottom", house.page.marginBottom),
                ("fo:margin-left", house.page.marginLeft), ("fo:margin-right", house.page.marginRight),
            ])
            try xml.element("style:header-style") { () throws(ConcordatError) in
                try xml.element("style:header-footer-properties", [("fo:min-height", "0cm"), ("fo:margin-bottom", "0.4cm")])
            }
            try xml.element("style:footer-style") { () throws(ConcordatError) in
                try xml.element("style:header-footer-properties", [("fo:min-height", "0cm"), ("fo:margin-top", "0.5cm")])
            }
        }
    }

    private func writeMasterPage() throws(ConcordatError) {
        try xml.element("style:master-page", [("style:name", "Standard"), ("style:page-layout-name", "PageLayout")]) {
            () throws(ConcordatError) in
            if let draft = draftLabel {
                xml.subject = "the draft label"
                try xml.element("style:header") { () throws(ConcordatError) in
                    try xml.element("text:p", [("text:style-name", P.header)], text: draft)
                }
            }
            xml.subject = "the footer"
            try xml.element("style:footer") { () throws(ConcordatError) in
                try xml.element("text:p", [("text:style-name", P.footer)]) { () throws(ConcordatError) in
                    try xml.text(house.labels.page + " ")
                    try xml.element("text:page-number", [("text:select-page", "current")], text: "1")
                    try xml.text(" " + house.labels.pageOf + " ")
                    try xml.element("text:page-count", text: "1")
                }
            }
        }
    }

    private func headingFont(size: String, bold: Bool) -> [(String, String)] {
        [("style:font-name", house.fonts.heading), ("fo:font-size", size)] + (bold ? [("fo:font-weight", "bold")] : [])
    }

    private func paragraphStyle(
        _ name: String, display: String?, parent: String?, next: String? = nil, className: String = "text",
        outlineLevel: Int? = nil, paragraph: [(String, String)], text: [(String, String)], tabs: [ODTTabStop] = []
    ) throws(ConcordatError) {
        var attributes = [("style:name", name)]
        if let display { attributes.append(("style:display-name", display)) }
        attributes.append(("style:family", "paragraph"))
        if let parent { attributes.append(("style:parent-style-name", parent)) }
        if let next { attributes.append(("style:next-style-name", next)) }
        if let outlineLevel { attributes.append(("style:default-outline-level", String(outlineLevel))) }
        attributes.append(("style:class", className))
        try xml.element("style:style", attributes) { () throws(ConcordatError) in
            if !paragraph.isEmpty || !tabs.isEmpty {
                try xml.element("style:paragraph-properties", paragraph) { () throws(ConcordatError) in
                    if !tabs.isEmpty { try ODTTabStop.write(tabs, to: xml) }
                }
            }
            if !text.isEmpty { try xml.element("style:text-properties", text) }
        }
    }

    private func textStyle(_ name: String, display: String?, _ text: [(String, String)]) throws(ConcordatError) {
        var attributes = [("style:name", name)]
        if let display { attributes.append(("style:display-name", display)) }
        attributes.append(("style:family", "text"))
        try xml.element("style:style", attributes) { () throws(ConcordatError) in
            if !text.isEmpty { try xml.element("style:text-properties", text) }
        }
    }
}
