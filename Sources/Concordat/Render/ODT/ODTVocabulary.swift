/// Namespaces and style names shared by the parts of an ODT package.
///
/// Style names follow LibreOffice's encoding of display names (a space becomes `_20_`), so the
/// styles line up with the ones LibreOffice offers (Heading 1, Text body, Contents 1 …) and
/// editing the document in LibreOffice keeps using them.
enum ODTVocabulary {
    /// The ODF version every part declares.
    static let version = "1.3"
    /// The media type of an OpenDocument text document.
    static let mediaType = "application/vnd.oasis.opendocument.text"

    /// Namespace declarations for the root element of `content.xml` and `styles.xml`.
    static let documentNamespaces: [(String, String)] = [
        ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
    ]

    /// Namespace declarations for `meta.xml`.
    static let metaNamespaces: [(String, String)] = [
        ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
    ]

    /// The manifest's namespace.
    static let manifestNamespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// Paragraph styles (in `styles.xml`).
    enum Paragraph {
        static let standard = "Standard"
        static let heading = "Heading"
        static let textBody = "Text_20_body"
        static let subclause = "Subclause"
        static let title = "Title"
        static let subtitle = "Subtitle"
        static let draftLabel = "Draft_20_Label"
        static let dateLine = "Date_20_Line"
        static let contentsHeading = "Contents_20_Heading"
        static let notice = "Notice"
        static let noticeHeading = "Notice_20_Heading"
        static let tableContents = "Table_20_Contents"
        static let tableContentsEnd = "Table_20_Contents_20_End"
        static let tableHeading = "Table_20_Heading"
        static let tableHeadingEnd = "Table_20_Heading_20_End"
        static let signatureParty = "Signature_20_Party"
        static let signatureLabel = "Signature_20_Label"
        static let signatureLine = "Signature_20_Line"
        static let annexHeading = "Annex_20_Heading"
        static let pageBreak = "Page_20_Break"
        static let header = "Header"
        static let footer = "Footer"
        static let annotation = "Comment"

        /// The heading style for an outline level (1 for sections, 2 for clauses).
        static func heading(_ level: Int) -> String { "Heading_20_\(level)" }
        /// The table of contents entry style for an outline level.
        static func contents(_ level: Int) -> String { "Contents_20_\(level)" }
    }

    /// Character styles (in `styles.xml`).
    enum Text {
        static let emphasis = "Emphasis"
        static let strong = "Strong_20_Emphasis"
        static let definedTerm = "Defined_20_Term"
        static let blank = "Blank"
        static let indexLink = "Index_20_Link"
    }

    /// List styles (in `styles.xml`), one per sub-clause numbering style.
    enum List {
        static let outline = "Outline"
        static let bullets = "Bullets"

        /// The list style for a numbered list's style.
        static func numbered(_ style: NumberedList.Style) -> String {
            switch style {
            case .decimal: "Subclauses_20_Decimal"
            case .alphabetic: "Subclauses_20_Alphabetic"
            case .roman: "Subclauses_20_Roman"
            }
        }
    }

    /// Automatic styles of `content.xml` for tables and the contents section.
    enum Automatic {
        static let table = "Table_Annex"
        static let tableCell = "Table_Annex.Cell"
        static let tableHeaderCell = "Table_Annex.HeaderCell"
        static let signatureTable = "Table_Signature"
        static let signatureLabelColumn = "Table_Signature.Label"
        static let signatureLineColumn = "Table_Signature.Line"
        static let signatureLabelCell = "Table_Signature.LabelCell"
        static let signatureLineCell = "Table_Signature.LineCell"
        static let contentsSection = "Section_Contents"
    }
}
