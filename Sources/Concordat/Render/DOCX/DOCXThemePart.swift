/// Writes `word/theme/theme1.xml`. Word for Mac asks to repair a document without a theme, and
/// Word takes the theme's fonts for anything not styled; so the theme names the house fonts
/// (headings and body) and the house colours, with the plain fill, line and effect lists that
/// DrawingML requires (three of each).
enum DOCXThemePart {
    static func render(house: ODTHouseStyle) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/theme/theme1.xml")
        xml.subject = "the theme"
        try xml.element("a:theme", [("xmlns:a", DOCXVocabulary.drawingNamespace), ("name", "Concordat")]) {
            () throws(ConcordatError) in
            try xml.element("a:themeElements") { () throws(ConcordatError) in
                try colourScheme(house, xml)
                try fontScheme(house, xml)
                try formatScheme(xml)
            }
            try xml.element("a:objectDefaults")
            try xml.element("a:extraClrSchemeLst")
        }
        return try xml.finish()
    }

    private static func colourScheme(_ house: ODTHouseStyle, _ xml: XMLPartWriter) throws(ConcordatError) {
        let colours: [(String, String)] = [
            ("a:dk1", DOCXMeasure.colour(house.colours.text)), ("a:lt1", "FFFFFF"),
            ("a:dk2", DOCXMeasure.colour(house.colours.heading)), ("a:lt2", DOCXMeasure.colour(house.colours.tableHeaderBackground)),
            ("a:accent1", DOCXMeasure.colour(house.colours.heading)), ("a:accent2", DOCXMeasure.colour(house.colours.draft)),
            ("a:accent3", DOCXMeasure.colour(house.colours.definedTerm)), ("a:accent4", DOCXMeasure.colour(house.colours.tableBorder)),
            ("a:accent5", DOCXMeasure.colour(house.colours.noticeBorder)), ("a:accent6", DOCXMeasure.colour(house.colours.blankHighlight)),
            ("a:hlink", "0563C1"), ("a:folHlink", "954F72"),
        ]
        try xml.element("a:clrScheme", [("name", "Concordat")]) { () throws(ConcordatError) in
            for (name, value) in colours {
                try xml.element(name) { () throws(ConcordatError) in try xml.element("a:srgbClr", [("val", value)]) }
            }
        }
    }

    private static func fontScheme(_ house: ODTHouseStyle, _ xml: XMLPartWriter) throws(ConcordatError) {
        try xml.element("a:fontScheme", [("name", "Concordat")]) { () throws(ConcordatError) in
            for (name, face) in [("a:majorFont", house.fonts.heading), ("a:minorFont", house.fonts.body)] {
                try xml.element(name) { () throws(ConcordatError) in
                    try xml.element("a:latin", [("typeface", face)])
                    try xml.element("a:ea", [("typeface", "")])
                    try xml.element("a:cs", [("typeface", "")])
                }
            }
        }
    }

    private static func formatScheme(_ xml: XMLPartWriter) throws(ConcordatError) {
        func solidFill() throws(ConcordatError) {
            try xml.element("a:solidFill") { () throws(ConcordatError) in
                try xml.element("a:schemeClr", [("val", "phClr")])
            }
        }
        try xml.element("a:fmtScheme", [("name", "Concordat")]) { () throws(ConcordatError) in
            try xml.element("a:fillStyleLst") { () throws(ConcordatError) in
                for _ in 0..<3 { try solidFill() }
            }
            try xml.element("a:lnStyleLst") { () throws(ConcordatError) in
                for width in ["6350", "12700", "19050"] {
                    try xml.element("a:ln", [("w", width), ("cap", "flat"), ("cmpd", "sng"), ("algn", "ctr")]) {
                        () throws(ConcordatError) in
                        try solidFill()
                        try xml.element("a:prstDash", [("val", "solid")])
                        try xml.element("a:miter", [("lim", "800000")])
                    }
                }
            }
            try xml.element("a:effectStyleLst") { () throws(ConcordatError) in
                for _ in 0..<3 {
                    try xml.element("a:effectStyle") { () throws(ConcordatError) in try xml.element("a:effectLst") }
                }
            }
            try xml.element("a:bgFillStyleLst") { () throws(ConcordatError) in
                for _ in 0..<3 { try solidFill() }
            }
        }
    }
}
