/// The output formats, and which renderer makes each.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case markdown, html, odt, docx

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .odt: "odt"
        case .docx: "docx"
        }
    }

    /// Whether the output is a zip that would garble a terminal.
    public var isBinary: Bool { self == .odt || self == .docx }

    /// Why an explicit format and an output file name disagree (`--output x.docx --format odt`),
    /// or nil when they agree or the name implies no format.
    public static func disagreement(format: OutputFormat, path: String) -> String? {
        guard let implied = inferred(fromPath: path), implied != format else { return nil }
        return "'\(path)' names a .\(implied.fileExtension) file but --format is \(format.rawValue); "
            + "change the extension to .\(format.fileExtension) or drop --format"
    }

    /// The format a file name implies, or nil for an extension Concordat does not write.
    public static func inferred(fromPath path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "odt": return .odt
        case "docx": return .docx
        default: return nil
        }
    }

    /// Writes `new` with tracked changes against `old`, in this format (ODT or DOCX; the others
    /// cannot carry tracked changes and are refused as a usage error).
    public func renderRedline(
        old: Document, new: Document, author: String, comments: [String: String], templates: TemplateSet
    ) throws(ConcordatError) -> [UInt8] {
        switch self {
        case .odt:
            return try ODTRenderer(houseStyle: try Self.houseStyle(templates)).renderRedline(
                old: old, new: new, author: author, comments: comments)
        case .docx:
            return try DOCXRenderer(houseStyle: try Self.houseStyle(templates)).renderRedline(
                old: old, new: new, author: author, comments: comments)
        case .markdown, .html:
            throw ConcordatError(.usage, "tracked changes are written only as ODT or DOCX")
        }
    }

    /// Renders a document with the house style from the templates, and for DOCX and ODT the look
    /// of a reference document of the same format when one is given.
    public func render(
        _ document: Document, templates: TemplateSet, reference: ReferenceDocument? = nil
    ) throws(ConcordatError) -> [UInt8] {
        switch self {
        case .markdown:
            return Array(MarkdownRenderer().render(document).utf8)
        case .html:
            return Array(HTMLRenderer(stylesheet: templates.text("house-style.css") ?? "").render(document).utf8)
        case .odt:
            return try ODTRenderer(houseStyle: try Self.houseStyle(templates), reference: reference).render(document)
        case .docx:
            return try DOCXRenderer(houseStyle: try Self.houseStyle(templates), reference: reference).render(document)
        }
    }

    /// The house style from the templates (shared by ODT and DOCX), or the shipped one.
    static func houseStyle(_ templates: TemplateSet) throws(ConcordatError) -> ODTHouseStyle {
        guard let file = templates.files[ODTHouseStyle.templateFile] else { return .default }
        return try houseStyles.value(file) { () throws(ConcordatError) in
            try ODTHouseStyle.parse(file.text, source: file.displayPath)
        }
    }

    /// House styles already parsed, by file: a batch parses its house style once.
    private static let houseStyles = Memo<SourceFile, ODTHouseStyle>()
}
