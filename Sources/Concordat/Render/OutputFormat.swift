/// The output formats, and which renderer makes each.
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    case markdown, html, odt

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .odt: "odt"
        }
    }

    /// The format a file name implies, or nil for an extension Concordat does not write.
    public static func inferred(fromPath path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "odt": return .odt
        default: return nil
        }
    }

    /// The ODT house style from the templates.
    static func odtHouseStyle(_ templates: TemplateSet) throws(ConcordatError) -> ODTHouseStyle {
        guard let file = templates.files["odt/house-style.yaml"] else { return .default }
        return try ODTHouseStyle.parse(file.text, source: file.displayPath)
    }

    /// Writes `new` with tracked changes against `old`, in this format (ODT; others cannot
    /// carry tracked changes and are refused as a usage error).
    public func renderRedline(
        old: Document, new: Document, author: String, comments: [String: String], templates: TemplateSet
    ) throws(ConcordatError) -> [UInt8] {
        guard self == .odt else {
            throw ConcordatError(.usage, "tracked changes are written only as ODT")
        }
        return try ODTRenderer(houseStyle: try Self.odtHouseStyle(templates)).renderRedline(
            old: old, new: new, author: author, comments: comments)
    }

    /// Renders a document with the house style from the templates.
    public func render(_ document: Document, templates: TemplateSet) throws(ConcordatError) -> [UInt8] {
        switch self {
        case .markdown:
            return Array(MarkdownRenderer().render(document).utf8)
        case .html:
            return Array(HTMLRenderer(stylesheet: templates.text("house-style.css") ?? "").render(document).utf8)
        case .odt:
            let style: ODTHouseStyle
            if let file = templates.files["odt/house-style.yaml"] {
                style = try ODTHouseStyle.parse(file.text, source: file.displayPath)
            } else {
                style = .default
            }
            return try ODTRenderer(houseStyle: style).render(document)
        }
    }
}
