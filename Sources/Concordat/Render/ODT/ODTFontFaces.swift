/// Declares the house style's two font families, which the styles refer to by name.
enum ODTFontFaces {
    /// Writes `office:font-face-decls`.
    static func write(_ house: ODTHouseStyle, to xml: ODTXMLWriter) throws(ConcordatError) {
        var faces = [(house.fonts.body, house.fonts.bodyGeneric)]
        if house.fonts.heading != house.fonts.body { faces.append((house.fonts.heading, house.fonts.headingGeneric)) }
        try xml.element("office:font-face-decls") { () throws(ConcordatError) in
            for (family, generic) in faces.sorted(by: { $0.0 < $1.0 }) {
                try xml.element("style:font-face", [
                    ("style:name", family), ("svg:font-family", quoted(family)),
                    ("style:font-family-generic", generic), ("style:font-pitch", "variable"),
                ])
            }
        }
    }

    /// A family name as a CSS font-family value, quoted because names hold spaces.
    private static func quoted(_ family: String) -> String {
        family.contains("'") ? "\"\(family)\"" : "'\(family)'"
    }
}
