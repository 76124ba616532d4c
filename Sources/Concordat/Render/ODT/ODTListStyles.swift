/// Writes the numbering that LibreOffice applies and keeps up to date: the outline style that
/// numbers headings (1, 1.1, 1.1.1) and the list styles that number sub-clauses.
///
/// Each sub-clause list style uses one format at every level, because a nested list names its
/// own style and the model already says which format each nesting level has ((a) then (i)).
struct ODTListStyles {
    let house: ODTHouseStyle
    let xml: ODTXMLWriter
    /// ODF allows ten levels; all are written so deeper nesting still has a format.
    static let levels = 1...10

    /// Writes the outline style, the three sub-clause list styles and the bullet style.
    func write() throws(ConcordatError) {
        let headingIndent = ODTLength(house.spacing.headingIndent)!
        try xml.element("text:outline-style", [("style:name", ODTVocabulary.List.outline)]) { () throws(ConcordatError) in
            for level in Self.levels {
                try xml.element("text:outline-level-style", [
                    ("text:level", String(level)), ("style:num-format", "1"), ("text:display-levels", String(level)),
                ]) { () throws(ConcordatError) in
                    try alignment(margin: headingIndent, hanging: headingIndent)
                }
            }
        }
        for style in [NumberedList.Style.alphabetic, .decimal, .roman] {
            try numberedStyle(style)
        }
        try bulletStyle()
    }

    private func numberedStyle(_ style: NumberedList.Style) throws(ConcordatError) {
        let display = switch style {
        case .alphabetic: "Sub-clauses (a)"
        case .roman: "Sub-clauses (i)"
        case .decimal: "Sub-clauses 1."
        }
        try xml.element("text:list-style", [
            ("style:name", ODTVocabulary.List.numbered(style)), ("style:display-name", display),
        ]) { () throws(ConcordatError) in
            for level in Self.levels {
                var attributes = [("text:level", String(level))]
                switch style {
                case .alphabetic, .roman:
                    attributes += [
                        ("style:num-prefix", "("), ("style:num-suffix", ")"),
                        ("style:num-format", style == .alphabetic ? "a" : "i"),
                    ]
                case .decimal:
                    // 1. at the first level, then 1.1, 1.1.1 as decimal lists nest.
                    attributes += level == 1
                        ? [("style:num-suffix", "."), ("style:num-format", "1")]
                        : [("style:num-format", "1"), ("text:display-levels", String(level))]
                }
                try xml.element("text:list-level-style-number", attributes) { () throws(ConcordatError) in
                    try itemAlignment(level: level)
                }
            }
        }
    }

    private func bulletStyle() throws(ConcordatError) {
        let bullets = ["\u{2022}", "\u{2013}", "\u{25AA}"]
        try xml.element("text:list-style", [("style:name", ODTVocabulary.List.bullets)]) { () throws(ConcordatError) in
            for level in Self.levels {
                try xml.element("text:list-level-style-bullet", [
                    ("text:level", String(level)), ("text:bullet-char", bullets[(level - 1) % bullets.count]),
                ]) { () throws(ConcordatError) in
                    try itemAlignment(level: level)
                }
            }
        }
    }

    /// Sub-clauses step in from the body text, which lines up with the heading text.
    private func itemAlignment(level: Int) throws(ConcordatError) {
        let step = ODTLength(house.spacing.listIndent)!
        try alignment(margin: ODTLength(house.spacing.headingIndent)!.plus(step.times(level)), hanging: step)
    }

    /// The number hangs in the indent and a tab takes the text to the margin.
    private func alignment(margin: ODTLength, hanging: ODTLength) throws(ConcordatError) {
        try xml.element("style:list-level-properties", [("text:list-level-position-and-space-mode", "label-alignment")]) {
            () throws(ConcordatError) in
            try xml.element("style:list-level-label-alignment", [
                ("text:label-followed-by", "listtab"), ("text:list-tab-stop-position", margin.text),
                ("fo:text-indent", ODTLength(thousandths: -hanging.thousandths, unit: hanging.unit).text),
                ("fo:margin-left", margin.text),
            ])
        }
    }
}
