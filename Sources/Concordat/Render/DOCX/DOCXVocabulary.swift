/// Namespaces, content types, relationship types and style ids shared by the parts of a DOCX
/// package (WordprocessingML, ECMA-376 transitional).
///
/// Style ids are Word's own for its built-in styles (`Heading1`, `TOC1`, `Header` …) so that
/// Word's style gallery, navigation pane, contents and cross-reference tools treat them as the
/// built-in ones; the names are Word's internal lowercase names for the same reason.
enum DOCXVocabulary {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let customXMLNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
    /// The namespace of Concordat's own custom XML part.
    static let embedNamespace = "urn:concordat:embed:1"

    /// `xmlns:w` and `xmlns:r`, for the root of every WordprocessingML part.
    static let wordRootNamespaces: [(String, String)] = [
        ("xmlns:w", wordNamespace), ("xmlns:r", relationshipsNamespace),
    ]

    /// The type of a relationship from the document part, by the target part's kind.
    static func relationshipType(_ kind: String) -> String {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(kind)"
    }

    /// Content types.
    enum ContentType {
        private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        static let document = wordML + "document.main+xml"
        static let styles = wordML + "styles+xml"
        static let numbering = wordML + "numbering+xml"
        static let settings = wordML + "settings+xml"
        static let webSettings = wordML + "webSettings+xml"
        static let fontTable = wordML + "fontTable+xml"
        static let header = wordML + "header+xml"
        static let footer = wordML + "footer+xml"
        static let comments = wordML + "comments+xml"
        static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        static let customXMLProperties = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
    }

    /// Paragraph style ids.
    enum Paragraph {
        static let normal = "Normal"
        static let bodyText = "BodyText"
        static let subclause = "Subclause"
        static let title = "Title"
        static let subtitle = "Subtitle"
        static let draftLabel = "DraftLabel"
        static let dateLine = "DateLine"
        static let contentsHeading = "TOCHeading"
        static let notice = "Notice"
        static let noticeHeading = "NoticeHeading"
        static let tableContents = "TableContents"
        static let tableContentsEnd = "TableContentsEnd"
        static let tableHeading = "TableHeading"
        static let tableHeadingEnd = "TableHeadingEnd"
        static let signatureParty = "SignatureParty"
        static let signatureLabel = "SignatureLabel"
        static let signatureLine = "SignatureLine"
        static let annexHeading = "AnnexHeading"
        static let header = "Header"
        static let footer = "Footer"
        static let commentText = "CommentText"

        /// The heading style for an outline level (1 for sections, 2 for clauses, 3 below).
        static func heading(_ level: Int) -> String { "Heading\(level)" }
        /// A heading outside the numbered outline (front and back matter) at an outline level.
        static func unnumberedHeading(_ level: Int) -> String { "UnnumberedHeading\(level)" }
        /// The table of contents entry style for an outline level.
        static func contents(_ level: Int) -> String { "TOC\(level)" }
    }

    /// Character style ids.
    enum Character {
        static let defaultFont = "DefaultParagraphFont"
        static let definedTerm = "DefinedTerm"
        static let blank = "Blank"
        static let commentReference = "CommentReference"
    }

    /// Numbering instance ids (`w:numId`) that every document has; sub-clause lists get their
    /// own instances after these.
    enum NumberingID {
        /// The one multilevel list the Heading styles are linked to.
        static let headings = 1
        /// Bullet lists.
        static let bullets = 2
        /// The first id given to a sub-clause list.
        static let firstList = 3
    }
}
