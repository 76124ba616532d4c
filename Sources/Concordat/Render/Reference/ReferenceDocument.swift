/// An organisation's own document whose look the output takes, as `--reference-doc` gives it:
/// a Word document (`.docx`) for DOCX output or an OpenDocument text (`.odt`) for ODT output.
/// The output uses the reference's styles where it defines them and the house style's where it
/// does not, and the reference's page size and margins.
///
/// A reference document is untrusted input: it is read with size limits that a zip bomb cannot
/// get round, its XML is parsed without network access, entity expansion or document type
/// declarations, and only the parts that carry the look are kept (as re-serialised XML).
public struct ReferenceDocument: Sendable, Hashable {
    /// The format of the reference, which must be the output's.
    public let format: OutputFormat
    /// The file as the user named it, for messages.
    public let file: String
    /// The styles part (`word/styles.xml` or `styles.xml`).
    let styles: [UInt8]
    /// DOCX: `word/theme/theme1.xml`, when the reference has one (its styles may name theme fonts).
    let theme: [UInt8]?
    /// DOCX: the page size and margins of the reference's last section, when it has them.
    let page: DOCXPage?

    /// Reads a reference document from its bytes; `file` names it in messages.
    ///
    /// Throws `invalidData` (exit 65) naming the file for anything that is not a zip package,
    /// a package that is neither a Word nor an OpenDocument text document, one without a styles
    /// part, or one that breaks a limit.
    public static func read(_ bytes: [UInt8], file: String) throws(ConcordatError) -> ReferenceDocument {
        var zip = try BoundedZipReader(bytes, file: file)
        if zip.contains("word/document.xml") || zip.contains("[Content_Types].xml") {
            guard let styles = try zip.entry("word/styles.xml") else { throw missingStyles(file, "word/styles.xml") }
            let parsedStyles = try UntrustedXML(styles, file: file, part: "word/styles.xml")
            guard let root = parsedStyles.root, XMLNodes.isElement(root, DOCXVocabulary.wordNamespace, "styles") else {
                throw ConcordatError(.invalidData, "word/styles.xml is not a WordprocessingML styles part", at: SourceLocation(file: file))
            }
            let theme = try zip.entry("word/theme/theme1.xml").map { bytes throws(ConcordatError) in
                try UntrustedXML(bytes, file: file, part: "word/theme/theme1.xml").serialized()
            }
            let page = try zip.entry("word/document.xml").flatMap { bytes throws(ConcordatError) in
                DOCXPage(sectionOf: try UntrustedXML(bytes, file: file, part: "word/document.xml"))
            }
            return ReferenceDocument(format: .docx, file: file, styles: parsedStyles.serialized(), theme: theme, page: page)
        }
        if zip.contains("content.xml") || zip.contains("mimetype") || zip.contains("styles.xml") {
            guard let styles = try zip.entry("styles.xml") else { throw missingStyles(file, "styles.xml") }
            let parsed = try UntrustedXML(styles, file: file, part: "styles.xml")
            guard let root = parsed.root, XMLNodes.isElement(root, ODTReferenceStyles.officeNamespace, "document-styles") else {
                throw ConcordatError(.invalidData, "styles.xml is not an OpenDocument styles part", at: SourceLocation(file: file))
            }
            return ReferenceDocument(format: .odt, file: file, styles: parsed.serialized(), theme: nil, page: nil)
        }
        throw ConcordatError(
            .invalidData, "is neither a Word document (.docx) nor an OpenDocument text (.odt)", at: SourceLocation(file: file),
            hint: "give a .docx for DOCX output or an .odt for ODT output")
    }

    private static func missingStyles(_ file: String, _ part: String) -> ConcordatError {
        ConcordatError(
            .invalidData, "has no styles part (\(part)), so it cannot set the look of the output", at: SourceLocation(file: file),
            hint: "save the reference document from Word or LibreOffice with the styles you want")
    }
}
