extension DOCXDocumentPart {
    /// The width between the page margins, in twips.
    var textWidth: Int { page.textWidth }

    /// A table lined up with the body text, with a header row that repeats on every page and
    /// trailing columns right-aligned. Every cell holds a paragraph, even an empty one: a cell
    /// without one is a Word repair trigger.
    func table(_ table: Table) throws(ConcordatError) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let alignments = (0..<columns).map { $0 < table.alignments.count ? table.alignments[$0] : .leading }
        let indent = DOCXMeasure.twips(house.spacing.headingIndent)
        let width = textWidth - indent
        let columnWidths = (0..<columns).map { width / columns + ($0 < width % columns ? 1 : 0) }
        let border = DOCXMeasure.colour(house.colours.tableBorder)
        try tableFrame(width: width, indent: indent, columnWidths: columnWidths) { () throws(ConcordatError) in
            try xml.element("w:tblBorders") { () throws(ConcordatError) in
                for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                    try xml.element("w:\(edge)", [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", border)])
                }
            }
        } rows: { () throws(ConcordatError) in
            if !table.header.isEmpty {
                try row(table.header, widths: columnWidths, header: true) { column in
                    alignments[column] == .trailing ? P.tableHeadingEnd : P.tableHeading
                }
            }
            for cells in table.rows {
                try row(cells, widths: columnWidths, header: false) { column in
                    alignments[column] == .trailing ? P.tableContentsEnd : P.tableContents
                }
            }
        }
    }

    /// `w:tbl` with its properties (in schema order, `borders` written in their place) and grid.
    private func tableFrame(
        width: Int, indent: Int, columnWidths: [Int], borders: () throws(ConcordatError) -> Void,
        rows: () throws(ConcordatError) -> Void
    ) throws(ConcordatError) {
        try xml.element("w:tbl") { () throws(ConcordatError) in
            try xml.element("w:tblPr") { () throws(ConcordatError) in
                try xml.element("w:tblW", [("w:w", String(width)), ("w:type", "dxa")])
                try xml.element("w:tblInd", [("w:w", String(indent)), ("w:type", "dxa")])
                try borders()
                try xml.element("w:tblLayout", [("w:type", "fixed")])
                try xml.element("w:tblCellMar") { () throws(ConcordatError) in
                    try xml.element("w:left", [("w:w", "57"), ("w:type", "dxa")])
                    try xml.element("w:right", [("w:w", "57"), ("w:type", "dxa")])
                }
                try xml.element("w:tblLook", [
                    ("w:val", "0420"), ("w:firstRow", "1"), ("w:lastRow", "0"), ("w:firstColumn", "0"),
                    ("w:lastColumn", "0"), ("w:noHBand", "1"), ("w:noVBand", "1"),
                ])
            }
            try xml.element("w:tblGrid") { () throws(ConcordatError) in
                for columnWidth in columnWidths { try xml.element("w:gridCol", [("w:w", String(columnWidth))]) }
            }
            try rows()
        }
    }

    private func row(
        _ cells: [[Inline]], widths: [Int], header: Bool, paragraphStyle: (Int) -> String
    ) throws(ConcordatError) {
        try xml.element("w:tr") { () throws(ConcordatError) in
            try xml.element("w:trPr") { () throws(ConcordatError) in
                try xml.element("w:cantSplit")
                if header { try xml.element("w:tblHeader") }
                try writeRowInsertion(cells: widths.count)
            }
            for column in widths.indices {
                try xml.element("w:tc") { () throws(ConcordatError) in
                    try xml.element("w:tcPr") { () throws(ConcordatError) in
                        try xml.element("w:tcW", [("w:w", String(widths[column])), ("w:type", "dxa")])
                        if header {
                            try xml.element("w:shd", [
                                ("w:val", "clear"), ("w:color", "auto"),
                                ("w:fill", DOCXMeasure.colour(house.colours.tableHeaderBackground)),
                            ])
                        }
                    }
                    try paragraph(style: paragraphStyle(column)) { () throws(ConcordatError) in
                        if column < cells.count { try runs.inlines(cells[column]) }
                    }
                }
            }
        }
    }

    /// "Signed for and on behalf of" the party, then lines for signature, name, title and date
    /// in a borderless two-column table whose line cells are ruled underneath; a name or title
    /// the model knows is printed on its line. The party line and the rows keep together.
    func signature(_ signatory: Signatory) throws(ConcordatError) {
        xml.subject = "the signature block for \(signatory.party)"
        try paragraph(style: P.signatureParty) { () throws(ConcordatError) in
            try runs.run(house.labels.signedFor + " ")
            try runs.run(signatory.party, .init(bold: true))
        }
        let lines: [(String, String?)] = [
            (house.labels.signature, nil), (house.labels.name, signatory.name),
            (house.labels.title, signatory.title), (house.labels.date, nil),
        ]
        let indent = DOCXMeasure.twips(house.spacing.headingIndent)
        let width = textWidth - indent
        let widths = [width * 3 / 10, width - width * 3 / 10]
        let rule = DOCXMeasure.colour(house.colours.tableBorder)
        try tableFrame(width: width, indent: indent, columnWidths: widths) { () throws(ConcordatError) in
            try xml.element("w:tblBorders") { () throws(ConcordatError) in
                for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                    try xml.element("w:\(edge)", [("w:val", "nil")])
                }
            }
        } rows: { () throws(ConcordatError) in
            for (index, (label, value)) in lines.enumerated() {
                let last = index == lines.count - 1
                try xml.element("w:tr") { () throws(ConcordatError) in
                    try xml.element("w:trPr") { () throws(ConcordatError) in
                        try xml.element("w:cantSplit")
                        try writeRowInsertion(cells: 2)
                    }
                    try xml.element("w:tc") { () throws(ConcordatError) in
                        try xml.element("w:tcPr") { () throws(ConcordatError) in
                            try xml.element("w:tcW", [("w:w", String(widths[0])), ("w:type", "dxa")])
                            try xml.element("w:vAlign", [("w:val", "bottom")])
                        }
                        try paragraph(style: P.signatureLabel, keepNext: !last) { () throws(ConcordatError) in
                            try runs.run(label)
                        }
                    }
                    try xml.element("w:tc") { () throws(ConcordatError) in
                        try xml.element("w:tcPr") { () throws(ConcordatError) in
                            try xml.element("w:tcW", [("w:w", String(widths[1])), ("w:type", "dxa")])
                            try xml.element("w:tcBorders") { () throws(ConcordatError) in
                                try xml.element("w:bottom", [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", rule)])
                            }
                            try xml.element("w:vAlign", [("w:val", "bottom")])
                        }
                        try paragraph(style: P.signatureLine, keepNext: !last) { () throws(ConcordatError) in
                            if let value { try runs.run(value) }
                        }
                    }
                }
            }
        }
    }
}
