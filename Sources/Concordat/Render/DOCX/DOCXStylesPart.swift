/// Writes `word/styles.xml` from the house style: document defaults (body font, size, colour,
/// language, spacing) and the named styles the document part uses, with Word's built-in ids and
/// names where Word has such a style.
///
/// Heading 1–3 are linked to the heading list (`numId` 1, levels 0–2), and the list's levels
/// name them back, which is what Word's numbering and cross-reference tools look for.
struct DOCXStylesPart {
    typealias P = DOCXVocabulary.Paragraph
    typealias C = DOCXVocabulary.Character
    typealias S = DOCXStyleDefinition

    let house: ODTHouseStyle
    let language: String
    /// The page, whose text width places the right-aligned tab of contents entries.
    let page: DOCXPage

    /// Renders the part.
    func render() throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/styles.xml")
        xml.subject = "the house style"
        try xml.element("w:styles", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            try xml.element("w:docDefaults") { () throws(ConcordatError) in
                try xml.element("w:rPrDefault") { () throws(ConcordatError) in
                    try S.write(S.RunProperties(
                        font: house.fonts.body, colour: DOCXMeasure.colour(house.colours.text),
                        size: DOCXMeasure.halfPoints(house.sizes.body), language: language), to: xml)
                }
                try xml.element("w:pPrDefault") { () throws(ConcordatError) in
                    try S.write(S.ParagraphProperties(
                        after: DOCXMeasure.twips(house.spacing.paragraphAfter),
                        line: DOCXMeasure.lineSpacing(house.spacing.lineHeight)), to: xml)
                }
            }
            for style in definitions { try style.write(to: xml) }
        }
        return try xml.finish()
    }

    /// Every style, in the order written.
    var definitions: [S] {
        let headingIndent = DOCXMeasure.twips(house.spacing.headingIndent)
        let textWidth = page.textWidth
        let heading = S.RunProperties(
            font: house.fonts.heading, bold: true, colour: DOCXMeasure.colour(house.colours.heading))
        let small = DOCXMeasure.halfPoints(house.sizes.small)
        var styles: [S] = [
            S(kind: .paragraph, id: P.normal, name: "Normal", isDefault: true, quickFormat: true),
            S(kind: .character, id: C.defaultFont, name: "Default Paragraph Font", isDefault: true, uiPriority: 1, hidden: true),
            S(kind: .table, id: "TableNormal", name: "Normal Table", isDefault: true, uiPriority: 99, hidden: true),
            S(kind: .numbering, id: "NoList", name: "No List", isDefault: true, uiPriority: 99, hidden: true),
            S(kind: .paragraph, id: P.bodyText, name: "Body Text", basedOn: P.normal, quickFormat: true,
              paragraph: .init(before: 0, left: headingIndent)),
            S(kind: .paragraph, id: P.subclause, name: "Sub-clause", basedOn: P.normal, quickFormat: true,
              paragraph: .init(before: 0)),
        ]
        let sizes = [house.sizes.heading1, house.sizes.heading2, house.sizes.heading3]
        for level in 1...3 {
            var run = heading
            run.size = DOCXMeasure.halfPoints(sizes[level - 1])
            styles.append(S(
                kind: .paragraph, id: P.heading(level), name: "heading \(level)", basedOn: P.normal, next: P.bodyText,
                uiPriority: 9, quickFormat: true,
                paragraph: .init(
                    keepNext: true, keepLines: true, numbering: (DOCXVocabulary.NumberingID.headings, level - 1),
                    before: DOCXMeasure.twips(house.spacing.headingBefore), after: DOCXMeasure.twips(house.spacing.headingAfter),
                    outlineLevel: level - 1),
                run: run))
        }
        // Front and back matter headings (Parties, Signatures) look like headings and sit in the
        // outline for the contents, but are not linked to the heading list: a paragraph taken out
        // of a list with `numId` 0 is flagged by validators as naming a list that does not exist.
        for level in 1...3 {
            var run = heading
            run.size = DOCXMeasure.halfPoints(sizes[level - 1])
            styles.append(S(
                kind: .paragraph, id: P.unnumberedHeading(level), name: "Unnumbered Heading \(level)", basedOn: P.normal,
                next: P.bodyText, quickFormat: true,
                paragraph: .init(
                    keepNext: true, keepLines: true,
                    before: DOCXMeasure.twips(house.spacing.headingBefore), after: DOCXMeasure.twips(house.spacing.headingAfter),
                    outlineLevel: level - 1),
                run: run))
        }
        var annexRun = heading
        annexRun.size = DOCXMeasure.halfPoints(house.sizes.heading1)
        styles += [
            // Annexes start on a fresh page and sit outside the numbered outline.
            S(kind: .paragraph, id: P.annexHeading, name: "Annex Heading", basedOn: P.unnumberedHeading(1), next: P.bodyText,
              quickFormat: true, paragraph: .init(pageBreakBefore: true),
              run: annexRun),
            S(kind: .paragraph, id: P.title, name: "Title", basedOn: P.normal, next: P.subtitle, uiPriority: 10, quickFormat: true,
              paragraph: .init(before: 1134, after: 227, alignment: "center"),
              run: .init(font: house.fonts.heading, bold: true, size: DOCXMeasure.halfPoints(house.sizes.title))),
            S(kind: .paragraph, id: P.subtitle, name: "Subtitle", basedOn: P.normal, uiPriority: 11, quickFormat: true,
              paragraph: .init(after: 340, alignment: "center"),
              run: .init(font: house.fonts.heading, size: DOCXMeasure.halfPoints(house.sizes.subtitle))),
            S(kind: .paragraph, id: P.draftLabel, name: "Draft Label", basedOn: P.normal,
              paragraph: .init(after: 227, alignment: "center"),
              run: .init(font: house.fonts.heading, bold: true, colour: DOCXMeasure.colour(house.colours.draft))),
            S(kind: .paragraph, id: P.dateLine, name: "Date Line", basedOn: P.normal,
              paragraph: .init(after: 567, alignment: "center")),
            S(kind: .paragraph, id: P.contentsHeading, name: "TOC Heading", basedOn: P.normal, next: P.normal,
              uiPriority: 39, quickFormat: true,
              paragraph: .init(keepNext: true, before: DOCXMeasure.twips(house.spacing.headingBefore),
                               after: DOCXMeasure.twips(house.spacing.headingAfter)),
              run: annexRun),
        ]
        for level in 1...2 {
            let margin = headingIndent * (level - 1)
            styles.append(S(
                kind: .paragraph, id: P.contents(level), name: "toc \(level)", basedOn: P.normal, next: P.normal,
                uiPriority: 39, hidden: true,
                paragraph: .init(
                    tabs: [("left", margin + headingIndent, nil), ("right", textWidth, "dot")],
                    before: 0, after: 57, left: margin)))
        }
        let border = DOCXMeasure.colour(house.colours.noticeBorder)
        let fill = DOCXMeasure.colour(house.colours.noticeBackground)
        styles += [
            S(kind: .paragraph, id: P.notice, name: "Notice", basedOn: P.bodyText,
              paragraph: .init(box: (border, fill), before: 113, after: 113)),
            S(kind: .paragraph, id: P.noticeHeading, name: "Notice Heading", basedOn: P.notice, next: P.notice,
              paragraph: .init(keepNext: true), run: .init(font: house.fonts.heading, bold: true)),
            S(kind: .paragraph, id: P.tableContents, name: "Table Contents", basedOn: P.normal,
              paragraph: .init(before: 28, after: 28)),
            S(kind: .paragraph, id: P.tableContentsEnd, name: "Table Contents End", basedOn: P.tableContents,
              paragraph: .init(alignment: "right")),
            S(kind: .paragraph, id: P.tableHeading, name: "Table Heading", basedOn: P.tableContents,
              run: .init(font: house.fonts.heading, bold: true)),
            S(kind: .paragraph, id: P.tableHeadingEnd, name: "Table Heading End", basedOn: P.tableHeading,
              paragraph: .init(alignment: "right")),
            S(kind: .paragraph, id: P.signatureParty, name: "Signature Party", basedOn: P.bodyText,
              paragraph: .init(keepNext: true, before: 454)),
            S(kind: .paragraph, id: P.signatureLabel, name: "Signature Label", basedOn: P.tableContents,
              paragraph: .init(before: 284), run: .init(size: small)),
            S(kind: .paragraph, id: P.signatureLine, name: "Signature Line", basedOn: P.tableContents,
              paragraph: .init(before: 284)),
            S(kind: .paragraph, id: P.header, name: "header", basedOn: P.normal, uiPriority: 99, hidden: true,
              paragraph: .init(after: 0, alignment: "right"),
              run: .init(colour: DOCXMeasure.colour(house.colours.draft), size: small)),
            S(kind: .paragraph, id: P.footer, name: "footer", basedOn: P.normal, uiPriority: 99, hidden: true,
              paragraph: .init(after: 0, alignment: "center"), run: .init(size: small)),
            S(kind: .paragraph, id: P.commentText, name: "annotation text", basedOn: P.normal, uiPriority: 99, hidden: true,
              run: .init(size: small)),
            S(kind: .character, id: C.commentReference, name: "annotation reference", basedOn: C.defaultFont,
              uiPriority: 99, hidden: true, run: .init(size: small)),
            S(kind: .character, id: C.definedTerm, name: "Defined Term", basedOn: C.defaultFont, quickFormat: true,
              run: .init(colour: DOCXMeasure.colour(house.colours.definedTerm))),
            S(kind: .character, id: C.blank, name: "Blank", basedOn: C.defaultFont, quickFormat: true,
              run: .init(italic: true, fill: DOCXMeasure.colour(house.colours.blankHighlight))),
        ]
        return styles
    }
}
