/// The small parts of a DOCX package: content types, properties, settings, web settings, font
/// table, header and footer, and comments.
///
/// Word for Mac asks to repair a package without `word/webSettings.xml` or a theme, so both are
/// always written; the comments part is written only when there are comments, because an
/// empty or unreferenced comments part is another repair trigger.
enum DOCXPackageParts {
    /// Paths of the parts, relative to `word/` where the document part names them.
    static let header = "header1.xml"
    static let footer = "footer1.xml"
    static let comments = "comments.xml"

    /// `[Content_Types].xml`: defaults by extension, and an override for every other part.
    static func contentTypes(overrides: [(part: String, type: String)]) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "[Content_Types].xml")
        try xml.element("Types", [("xmlns", DOCXVocabulary.contentTypesNamespace)]) { () throws(ConcordatError) in
            try xml.element("Default", [("Extension", "rels"), ("ContentType", DOCXVocabulary.ContentType.relationships)])
            try xml.element("Default", [("Extension", "xml"), ("ContentType", DOCXVocabulary.ContentType.xml)])
            for (part, type) in overrides {
                try xml.element("Override", [("PartName", "/" + part), ("ContentType", type)])
            }
        }
        return try xml.finish()
    }

    /// `docProps/core.xml`: title, subject, description, keywords, language; the creation date
    /// only when the document has one, never the clock.
    static func coreProperties(_ metadata: Document.Metadata) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "docProps/core.xml")
        xml.subject = "the document properties"
        try xml.element("cp:coreProperties", [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"), ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ]) { () throws(ConcordatError) in
            try xml.element("dc:title", text: metadata.title)
            try xml.element("dc:subject", text: metadata.subject)
            try xml.element("dc:creator", text: "Concordat")
            let keywords = metadata.keywords.filter { !$0.isEmpty }
            if !keywords.isEmpty { try xml.element("cp:keywords", text: keywords.joined(separator: ", ")) }
            if !metadata.description.isEmpty { try xml.element("dc:description", text: metadata.description) }
            try xml.element("dc:language", text: metadata.language)
            if let date = ODTMetaPart.dateTime(metadata.isoDate) {
                let stamp = date.hasSuffix("Z") ? date : date + "Z"
                for name in ["dcterms:created", "dcterms:modified"] {
                    try xml.element(name, [("xsi:type", "dcterms:W3CDTF")], text: stamp)
                }
            }
        }
        return try xml.finish()
    }

    /// `docProps/app.xml`: the application name only (counts of pages and words would be guesses).
    static func appProperties() throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "docProps/app.xml")
        try xml.element("Properties", [
            ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
            ("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
        ]) { () throws(ConcordatError) in
            try xml.element("Application", text: "Concordat")
        }
        return try xml.finish()
    }

    /// `word/settings.xml`: Word 2013+ layout (not compatibility mode), the language for theme
    /// fonts, and the colour mapping the theme needs.
    static func settings(language: String) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/settings.xml")
        try xml.element("w:settings", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            try xml.element("w:zoom", [("w:percent", "100")])
            try xml.element("w:defaultTabStop", [("w:val", "709")])
            try xml.element("w:characterSpacingControl", [("w:val", "doNotCompress")])
            try xml.element("w:compat") { () throws(ConcordatError) in
                try xml.element("w:compatSetting", [
                    ("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"), ("w:val", "15"),
                ])
            }
            try xml.element("w:themeFontLang", [("w:val", language)])
            try xml.element("w:clrSchemeMapping", [
                ("w:bg1", "light1"), ("w:t1", "dark1"), ("w:bg2", "light2"), ("w:t2", "dark2"),
                ("w:accent1", "accent1"), ("w:accent2", "accent2"), ("w:accent3", "accent3"),
                ("w:accent4", "accent4"), ("w:accent5", "accent5"), ("w:accent6", "accent6"),
                ("w:hyperlink", "hyperlink"), ("w:followedHyperlink", "followedHyperlink"),
            ])
            try xml.element("w:decimalSymbol", [("w:val", ".")])
            try xml.element("w:listSeparator", [("w:val", ",")])
        }
        return try xml.finish()
    }

    /// `word/webSettings.xml`, empty but present.
    static func webSettings() throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/webSettings.xml")
        try xml.element("w:webSettings", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            try xml.element("w:optimizeForBrowser")
            try xml.element("w:allowPNG")
        }
        return try xml.finish()
    }

    /// `word/fontTable.xml`: the house fonts with their families, so Word substitutes sensibly
    /// where they are not installed.
    static func fontTable(house: ODTHouseStyle) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/fontTable.xml")
        xml.subject = "the font table"
        var fonts: [(String, String)] = [(house.fonts.body, house.fonts.bodyGeneric)]
        if house.fonts.heading != house.fonts.body { fonts.append((house.fonts.heading, house.fonts.headingGeneric)) }
        try xml.element("w:fonts", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            for (name, generic) in fonts {
                try xml.element("w:font", [("w:name", name)]) { () throws(ConcordatError) in
                    try xml.element("w:family", [("w:val", generic == "system" ? "auto" : generic)])
                    try xml.element("w:pitch", [("w:val", generic == "modern" ? "fixed" : "variable")])
                }
            }
        }
        return try xml.finish()
    }

    /// `word/header1.xml`: the draft label (or, with none, the document title), right-aligned.
    static func header(_ metadata: Document.Metadata) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/header1.xml")
        xml.subject = "the header"
        try xml.element("w:hdr", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            try xml.element("w:p") { () throws(ConcordatError) in
                try xml.element("w:pPr") { () throws(ConcordatError) in
                    try xml.element("w:pStyle", [("w:val", DOCXVocabulary.Paragraph.header)])
                }
                try runWriter(xml).run(metadata.draftLabel ?? metadata.title)
            }
        }
        return try xml.finish()
    }

    /// `word/footer1.xml`: "Page N of M" as `PAGE` and `NUMPAGES` fields with stored results.
    static func footer(house: ODTHouseStyle) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/footer1.xml")
        xml.subject = "the footer"
        try xml.element("w:ftr", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            try xml.element("w:p") { () throws(ConcordatError) in
                try xml.element("w:pPr") { () throws(ConcordatError) in
                    try xml.element("w:pStyle", [("w:val", DOCXVocabulary.Paragraph.footer)])
                }
                let runs = runWriter(xml)
                try runs.run(house.labels.page + " ")
                try runs.field(instruction: " PAGE ", result: "1")
                try runs.run(" " + house.labels.pageOf + " ")
                try runs.field(instruction: " NUMPAGES ", result: "1")
            }
        }
        return try xml.finish()
    }

    /// `word/comments.xml`: one comment per annotation, by Concordat, dated only when the
    /// document is.
    static func comments(_ texts: [String], metadata: Document.Metadata, author: String = "Concordat") throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: "word/comments.xml")
        xml.subject = "the comments"
        let date = ODTMetaPart.dateTime(metadata.isoDate).map { $0.hasSuffix("Z") ? $0 : $0 + "Z" }
        try xml.element("w:comments", DOCXVocabulary.wordRootNamespaces) { () throws(ConcordatError) in
            for (id, text) in texts.enumerated() {
                var attributes = [("w:id", String(id)), ("w:author", author), ("w:initials", String(author.prefix(1)))]
                if let date { attributes.append(("w:date", date)) }
                try xml.element("w:comment", attributes) { () throws(ConcordatError) in
                    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        try xml.element("w:p") { () throws(ConcordatError) in
                            try xml.element("w:pPr") { () throws(ConcordatError) in
                                try xml.element("w:pStyle", [("w:val", DOCXVocabulary.Paragraph.commentText)])
                            }
                            if index == 0 {
                                try xml.element("w:r") { () throws(ConcordatError) in
                                    try runWriter(xml).properties(.init(style: DOCXVocabulary.Character.commentReference))
                                    try xml.element("w:annotationRef")
                                }
                            }
                            try runWriter(xml).run(String(line))
                        }
                    }
                }
            }
        }
        return try xml.finish()
    }

    private static func runWriter(_ xml: XMLPartWriter) -> DOCXRunWriter {
        DOCXRunWriter(xml: xml, bookmarks: DOCXBookmarks.empty, numbers: [:])
    }
}
