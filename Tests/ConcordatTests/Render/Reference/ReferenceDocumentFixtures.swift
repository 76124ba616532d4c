@testable import Concordat

/// Reference documents the tests build: an organisation's Word template and ODF template, with
/// their own fonts, heading colour and US Letter landscape page, plus broken and hostile ones.
enum ReferenceDocumentFixtures {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func zip(_ parts: [(String, String)], stored: Bool = false) throws -> [UInt8] {
        try ZipPackage(format: "test", parts: parts.map { ZipPackage.Part(path: $0.0, bytes: Array($0.1.utf8), compressed: !stored) }).zipped()
    }

    /// A Word template: Georgia body text, red Heading 1 linked to a list of its own, a bullet
    /// style naming another of its lists, and a US Letter landscape page with 1-inch margins.
    static func docx(styles: String? = nil) throws -> [UInt8] {
        let defaultStyles = """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:styles xmlns:w="\(w)">
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:sz w:val="23"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:color w:val="C00000"/><w:sz w:val="36"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
            </w:styles>
            """
        return try zip([
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
                """),
            ("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="\(w)"><w:body><w:p/><w:sectPr><w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>
                """),
            ("word/styles.xml", styles ?? defaultStyles),
        ])
    }

    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    /// An ODF template: Georgia as the default paragraph font, a red Heading 1, and a US Letter
    /// landscape page.
    static func odt() throws -> [UInt8] {
        let namespaces = ODTVocabulary.documentNamespaces.map { "\($0.0)=\"\($0.1)\"" }.joined(separator: " ")
        return try zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \(namespaces) office:version=\"1.3\"><office:body><office:text><text:p/></office:text></office:body></office:document-content>"),
            ("styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?><office:document-styles \(namespaces) office:version="1.3"><office:font-face-decls><style:font-face style:name="Georgia" svg:font-family="Georgia" style:font-family-generic="roman"/></office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Georgia" fo:font-size="11.5pt"/></style:default-style><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:color="#C00000" fo:font-size="18pt"/></style:style></office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="11in" fo:page-height="8.5in" style:print-orientation="landscape" fo:margin-top="1in" fo:margin-bottom="1in" fo:margin-left="1in" fo:margin-right="1in"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>
                """),
        ], stored: false)
    }
}
