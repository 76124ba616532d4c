/// One style of `word/styles.xml` as values, written in the order the schema demands (Word
/// refuses a document whose property elements are out of order).
struct DOCXStyleDefinition {
    enum Kind: String { case paragraph, character, table, numbering }

    /// Paragraph properties the house style uses.
    struct ParagraphProperties {
        var keepNext = false
        var keepLines = false
        var pageBreakBefore = false
        /// `numId` and `ilvl` of the list the style is linked to (`numId` 0: none).
        var numbering: (id: Int, level: Int)?
        /// Border colour and background of a boxed paragraph (a notice).
        var box: (border: String, fill: String)?
        /// Tab stops: (kind, position in twips, leader).
        var tabs: [(String, Int, String?)] = []
        var before: Int?
        var after: Int?
        var line: Int?
        var left: Int?
        var alignment: String?
        var outlineLevel: Int?

        var isEmpty: Bool {
            !keepNext && !keepLines && !pageBreakBefore && numbering == nil && box == nil && tabs.isEmpty
                && before == nil && after == nil && line == nil && left == nil && alignment == nil && outlineLevel == nil
        }
    }

    /// Run properties the house style uses.
    struct RunProperties {
        var font: String?
        var bold = false
        var italic = false
        var colour: String?
        var size: Int?
        var fill: String?
        var language: String?

        var isEmpty: Bool {
            font == nil && !bold && !italic && colour == nil && size == nil && fill == nil && language == nil
        }
    }

    var kind: Kind
    var id: String
    var name: String
    var isDefault = false
    var basedOn: String?
    var next: String?
    var uiPriority: Int?
    var hidden = false
    var quickFormat = false
    var paragraph = ParagraphProperties()
    var run = RunProperties()

    /// Writes `w:style`.
    func write(to xml: XMLPartWriter) throws(ConcordatError) {
        var attributes = [("w:type", kind.rawValue)]
        if isDefault { attributes.append(("w:default", "1")) }
        attributes.append(("w:styleId", id))
        try xml.element("w:style", attributes) { () throws(ConcordatError) in
            try xml.element("w:name", [("w:val", name)])
            if let basedOn { try xml.element("w:basedOn", [("w:val", basedOn)]) }
            if let next { try xml.element("w:next", [("w:val", next)]) }
            if let uiPriority { try xml.element("w:uiPriority", [("w:val", String(uiPriority))]) }
            if hidden {
                try xml.element("w:semiHidden")
                try xml.element("w:unhideWhenUsed")
            }
            if quickFormat { try xml.element("w:qFormat") }
            if !paragraph.isEmpty { try Self.write(paragraph, to: xml) }
            if !run.isEmpty { try Self.write(run, to: xml) }
            if kind == .table {
                try xml.element("w:tblPr") { () throws(ConcordatError) in
                    try xml.element("w:tblInd", [("w:w", "0"), ("w:type", "dxa")])
                    try xml.element("w:tblCellMar") { () throws(ConcordatError) in
                        for (side, width) in [("top", "0"), ("left", "108"), ("bottom", "0"), ("right", "108")] {
                            try xml.element("w:\(side)", [("w:w", width), ("w:type", "dxa")])
                        }
                    }
                }
            }
        }
    }

    /// `w:pPr` in schema order.
    static func write(_ properties: ParagraphProperties, to xml: XMLPartWriter) throws(ConcordatError) {
        try xml.element("w:pPr") { () throws(ConcordatError) in
            if properties.keepNext { try xml.element("w:keepNext") }
            if properties.keepLines { try xml.element("w:keepLines") }
            if properties.pageBreakBefore { try xml.element("w:pageBreakBefore") }
            if let numbering = properties.numbering {
                try xml.element("w:numPr") { () throws(ConcordatError) in
                    if numbering.level > 0 { try xml.element("w:ilvl", [("w:val", String(numbering.level))]) }
                    try xml.element("w:numId", [("w:val", String(numbering.id))])
                }
            }
            if let box = properties.box {
                try xml.element("w:pBdr") { () throws(ConcordatError) in
                    for side in ["top", "left", "bottom", "right"] {
                        try xml.element("w:\(side)", [("w:val", "single"), ("w:sz", "6"), ("w:space", "4"), ("w:color", box.border)])
                    }
                }
                try xml.element("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", box.fill)])
            }
            if !properties.tabs.isEmpty {
                try xml.element("w:tabs") { () throws(ConcordatError) in
                    for (kind, position, leader) in properties.tabs {
                        var attributes = [("w:val", kind)]
                        if let leader { attributes.append(("w:leader", leader)) }
                        attributes.append(("w:pos", String(position)))
                        try xml.element("w:tab", attributes)
                    }
                }
            }
            if properties.before != nil || properties.after != nil || properties.line != nil {
                var attributes: [(String, String)] = []
                if let before = properties.before { attributes.append(("w:before", String(before))) }
                if let after = properties.after { attributes.append(("w:after", String(after))) }
                if let line = properties.line { attributes += [("w:line", String(line)), ("w:lineRule", "auto")] }
                try xml.element("w:spacing", attributes)
            }
            if let left = properties.left { try xml.element("w:ind", [("w:left", String(left))]) }
            if let alignment = properties.alignment { try xml.element("w:jc", [("w:val", alignment)]) }
            if let level = properties.outlineLevel { try xml.element("w:outlineLvl", [("w:val", String(level))]) }
        }
    }

    /// `w:rPr` in schema order.
    static func write(_ properties: RunProperties, to xml: XMLPartWriter) throws(ConcordatError) {
        try xml.element("w:rPr") { () throws(ConcordatError) in
            if let font = properties.font {
                try xml.element("w:rFonts", [("w:ascii", font), ("w:hAnsi", font), ("w:eastAsia", font), ("w:cs", font)])
            }
            if properties.bold {
                try xml.element("w:b")
                try xml.element("w:bCs")
            }
            if properties.italic {
                try xml.element("w:i")
                try xml.element("w:iCs")
            }
            if let colour = properties.colour { try xml.element("w:color", [("w:val", colour)]) }
            if let size = properties.size {
                try xml.element("w:sz", [("w:val", String(size))])
                try xml.element("w:szCs", [("w:val", String(size))])
            }
            if let fill = properties.fill { try xml.element("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)]) }
            if let language = properties.language { try xml.element("w:lang", [("w:val", language)]) }
        }
    }
}
