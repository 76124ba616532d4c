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
