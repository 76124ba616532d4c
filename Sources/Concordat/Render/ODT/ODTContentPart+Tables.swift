extension ODTContentPart {
    private typealias A = ODTVocabulary.Automatic

    /// The width between the page margins.
    private var textWidth: ODTLength {
        ODTLength(house.page.width)!.minus(ODTLength(house.page.marginLeft)!).minus(ODTLength(house.page.marginRight)!)
    }

    /// Table and section styles. LibreOffice reads table, column and cell styles only as
    /// automatic styles, so they live here rather than in `styles.xml`.
    func writeAutomaticStyles() throws(ConcordatError) {
        xml.subject = "the table styles"
        let rule = "0.5pt solid \(house.colours.tableBorder)"
        // Tables line up with the body text, which is indented to the heading text.
        let indent = ODTLength(house.spacing.headingIndent)!
        let width = textWidth.minus(indent)
        try style(A.table, family: "table", "style:table-properties", [
            ("style:width", width.text), ("fo:margin-left", indent.text), ("fo:margin-top", "0.2cm"),
            ("fo:margin-bottom", "0.3cm"), ("table:align", "margins"),
        ])
        try style(A.tableCell, family: "table-cell", "style:table-cell-properties", [
            ("fo:padding", "0.1cm"), ("fo:border", rule),
        ])
        try style(A.tableHeaderCell, family: "table-cell", "style:table-cell-properties", [
            ("fo:background-color", house.colours.tableHeaderBackground), ("fo:padding", "0.1cm"), ("fo:border", rule),
        ])
        // A signatory's lines stay together on one page.
        try style(A.signatureTable, family: "table", "style:table-properties", [
            ("style:width", width.text), ("fo:margin-left", indent.text), ("fo:margin-top", "0cm"),
            ("fo:margin-bottom", "0.2cm"), ("style:may-break-between-rows", "false"), ("table:align", "margins"),
        ])
        let labelWidth = ODTLength(thousandths: width.thousandths * 3 / 10, unit: width.unit)
        try style(A.signatureLabelColumn, family: "table-column", "style:table-column-properties", [
            ("style:column-width", labelWidth.text), ("style:rel-column-width", "3000*"),
        ])
        try style(A.signatureLineColumn, family: "table-column", "style:table-column-properties", [
            ("style:column-width", width.minus(labelWidth).text), ("style:rel-column-width", "7000*"),
        ])
        try style(A.signatureLabelCell, family: "table-cell", "style:table-cell-properties", [
            ("style:vertical-align", "bottom"), ("fo:padding", "0.1cm"), ("fo:border", "none"),
        ])
        try style(A.signatureLineCell, family: "table-cell", "style:table-cell-properties", [
            ("style:vertical-align", "bottom"), ("fo:padding", "0.1cm"), ("fo:border-bottom", rule),
            ("fo:border-top", "none"), ("fo:border-left", "none"), ("fo:border-right", "none"),
        ])
        try style(A.contentsSection, family: "section", "style:section-properties", [("style:editable", "false")])
    }

    private func style(
        _ name: String, family: String, _ properties: String, _ attributes: [(String, String)]
    ) throws(ConcordatError) {
        try xml.element("style:style", [("style:name", name), ("style:family", family)]) { () throws(ConcordatError) in
            try xml.element(properties, attributes)
        }
    }

    /// A table with a repeating header row; trailing columns are right-aligned.
    func table(_ table: Table) throws(ConcordatError) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        tableCount += 1
        let alignments = (0..<columns).map { $0 < table.alignments.count ? table.alignments[$0] : .leading }
        try xml.element("table:table", [("table:name", "Table\(tableCount)"), ("table:style-name", A.table)]) {
            () throws(ConcordatError) in
            try xml.element("table:table-column", [("table:number-columns-repeated", String(columns))])
            if !table.header.isEmpty {
                try xml.element("table:table-header-rows") { () throws(ConcordatError) in
                    try row(table.header, columns: columns, cell: A.tableHeaderCell) { column in
                        alignments[column] == .trailing ? P.tableHeadingEnd : P.tableHeading
                    }
                }
            }
            for cells in table.rows {
                try row(cells, columns: columns, cell: A.tableCell) { column in
                    alignments[column] == .trailing ? P.tableContentsEnd : P.tableContents
                }
            }
        }
    }

    private func row(
        _ cells: [[Inline]], columns: Int, cell: String, paragraphStyle: (Int) -> String
    ) throws(ConcordatError) {
        try xml.element("table:table-row") { () throws(ConcordatError) in
            for column in 0..<columns {
                try xml.element("table:table-cell", [("table:style-name", cell), ("office:value-type", "string")]) {
                    () throws(ConcordatError) in
                    try paragraph(style: paragraphStyle(column)) { () throws(ConcordatError) in
                        if column < cells.count { try inlines(cells[column]) }
                    }
                }
            }
        }
    }

    /// "Signed for and on behalf of" the party, then lines for signature, name, title and date;
    /// a name or title the model knows is printed on its line.
    func signature(_ signatory: Signatory) throws(ConcordatError) {
        xml.subject = "the signature block for \(signatory.party)"
        try paragraph(style: P.signatureParty) { () throws(ConcordatError) in
            try writeText(house.labels.signedFor + " ")
            try xml.element("text:span", [("text:style-name", ODTVocabulary.Text.strong)]) { () throws(ConcordatError) in
                try writeText(signatory.party)
            }
        }
        tableCount += 1
        let lines: [(String, String?)] = [
            (house.labels.signature, nil), (house.labels.name, signatory.name),
            (house.labels.title, signatory.title), (house.labels.date, nil),
        ]
        try xml.element("table:table", [("table:name", "Table\(tableCount)"), ("table:style-name", A.signatureTable)]) {
            () throws(ConcordatError) in
            try xml.element("table:table-column", [("table:style-name", A.signatureLabelColumn)])
            try xml.element("table:table-column", [("table:style-name", A.signatureLineColumn)])
            for (label, value) in lines {
                try xml.element("table:table-row") { () throws(ConcordatError) in
                    try xml.element("table:table-cell", [("table:style-name", A.signatureLabelCell), ("office:value-type", "string")]) {
                        () throws(ConcordatError) in
                        try paragraph(style: P.signatureLabel) { () throws(ConcordatError) in try writeText(label) }
                    }
                    try xml.element("table:table-cell", [("table:style-name", A.signatureLineCell), ("office:value-type", "string")]) {
                        () throws(ConcordatError) in
                        try paragraph(style: P.signatureLine) { () throws(ConcordatError) in
                            if let value { try writeText(value) }
                        }
                    }
                }
            }
        }
    }
}
