/// Writes `word/numbering.xml`: one multilevel list linked to the Heading styles, which numbers
/// sections and clauses (1, 1.1) and decimal sub-clauses (1.1.1); lists for lettered and roman
/// sub-clauses, bullets, and decimal lists outside clauses; and one numbering instance per
/// sub-clause list.
///
/// Every sub-clause list gets its own `w:num` with `w:lvlOverride`/`w:startOverride` at the level
/// it uses: Word otherwise keeps counting across instances that share an abstract list, while
/// LibreOffice restarts each instance; with the override both restart at (a) in every clause.
struct DOCXNumberingPart {
    /// Abstract list definitions, by `w:abstractNumId`.
    enum Abstract: Int, CaseIterable {
        case headings = 0, bullets, alphabetic, roman, decimal

        /// The abstract list for a sub-clause style outside the heading list.
        init(_ style: NumberedList.Style) {
            switch style {
            case .alphabetic: self = .alphabetic
            case .roman: self = .roman
            case .decimal: self = .decimal
            }
        }
    }

    /// A numbering instance made for one list: it restarts at `level`.
    struct Instance {
        var id: Int
        var abstract: Abstract
        var level: Int
    }

    /// Word's nine list levels.
    static let levels = 0..<9

    /// Instances handed out so far.
    private(set) var instances: [Instance] = []

    /// A new numbering instance for one list that restarts at `level`.
    mutating func restartingInstance(_ abstract: Abstract, level: Int) -> Int {
        let id = DOCXVocabulary.NumberingID.firstList + instances.count
        instances.append(Instance(id: id, abstract: abstract, level: level))
        return id
    }

    /// Renders the part.
    func render(house: ODTHouseStyle) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/numbering.xml")
        xml.subject = "the numbering"
        try xml.element("w:numbering", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            for abstract in Abstract.allCases { try write(abstract, house: house, xml) }
            try num(DOCXVocabulary.NumberingID.headings, .headings, restartLevel: nil, xml)
            try num(DOCXVocabulary.NumberingID.bullets, .bullets, restartLevel: nil, xml)
            for instance in instances { try num(instance.id, instance.abstract, restartLevel: instance.level, xml) }
        }
        return try xml.finish()
    }

    private func num(_ id: Int, _ abstract: Abstract, restartLevel: Int?, _ xml: XMLPartWriter) throws(ConcordatError) {
        try xml.element("w:num", [("w:numId", String(id))]) { () throws(ConcordatError) in
            try xml.element("w:abstractNumId", [("w:val", String(abstract.rawValue))])
            if let level = restartLevel {
                try xml.element("w:lvlOverride", [("w:ilvl", String(level))]) { () throws(ConcordatError) in
                    try xml.element("w:startOverride", [("w:val", "1")])
                }
            }
        }
    }

    private func write(_ abstract: Abstract, house: ODTHouseStyle, _ xml: XMLPartWriter) throws(ConcordatError) {
        let headingIndent = DOCXMeasure.twips(house.spacing.headingIndent)
        let step = DOCXMeasure.twips(house.spacing.listIndent)
        try xml.element("w:abstractNum", [("w:abstractNumId", String(abstract.rawValue))]) { () throws(ConcordatError) in
            try xml.element("w:multiLevelType", [("w:val", abstract == .headings ? "multilevel" : "hybridMultilevel")])
            for level in Self.levels {
                let (format, text) = Self.label(abstract, level: level)
                // Headings hang their number in the heading indent; sub-clauses step in from the
                // body text, which lines up with the heading text (as in the ODT house style).
                let (left, hanging) = abstract == .headings && level < 2
                    ? (headingIndent, headingIndent)
                    : (headingIndent + step * (abstract == .headings ? level - 1 : level + 1), step)
                try xml.element("w:lvl", [("w:ilvl", String(level))]) { () throws(ConcordatError) in
                    try xml.element("w:start", [("w:val", "1")])
                    try xml.element("w:numFmt", [("w:val", format)])
                    if abstract == .headings, level < 3 {
                        try xml.element("w:pStyle", [("w:val", DOCXVocabulary.Paragraph.heading(level + 1))])
                    }
                    try xml.element("w:lvlText", [("w:val", text)])
                    try xml.element("w:lvlJc", [("w:val", "left")])
                    try xml.element("w:pPr") { () throws(ConcordatError) in
                        try xml.element("w:tabs") { () throws(ConcordatError) in
                            try xml.element("w:tab", [("w:val", "num"), ("w:pos", String(left))])
                        }
                        try xml.element("w:ind", [("w:left", String(left)), ("w:hanging", String(hanging))])
                    }
                }
            }
        }
    }

    /// The number format and level text of a level, matching the numbers the model prints:
    /// headings 1, 1.1, 1.1.1 …; lettered lists (a), then (A) every third level; roman (i).
    static func label(_ abstract: Abstract, level: Int) -> (format: String, text: String) {
        switch abstract {
        case .headings:
            return ("decimal", (1...(level + 1)).map { "%\($0)" }.joined(separator: "."))
        case .decimal:
            return ("decimal", (1...(level + 1)).map { "%\($0)" }.joined(separator: ".") + (level == 0 ? "." : ""))
        case .alphabetic:
            return (level % 3 == 2 ? "upperLetter" : "lowerLetter", "(%\(level + 1))")
        case .roman:
            return ("lowerRoman", "(%\(level + 1))")
        case .bullets:
            return ("bullet", ["\u{2022}", "\u{2013}", "\u{25AA}"][level % 3])
        }
    }
}
