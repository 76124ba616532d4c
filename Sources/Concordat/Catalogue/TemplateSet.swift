/// The document skeletons and house-style files: the built-in ones, with any a user's folder
/// replaces by name.
public struct TemplateSet: Sendable {
    /// The skeletons by document.
    public var documents: [DocumentKind: DocumentTemplate]
    /// Every template file's text by relative path (for stylesheets and house styles).
    public var files: [String: SourceFile]
    /// How values read in running text, from `wording.yaml`.
    public var wording: TemplateWording

    /// The skeleton for a document (every document has one once loading succeeds).
    public func template(for document: DocumentKind) -> DocumentTemplate {
        guard let template = documents[document] else { preconditionFailure("templates are validated on load") }
        return template
    }

    /// A template file's text, if present.
    public func text(_ relativePath: String) -> String? { files[relativePath]?.text }

    /// Reads the embedded templates, then each folder's files over them.
    public static func load(folders: [String] = []) throws(ConcordatError) -> TemplateSet {
        var files: [String: SourceFile] = [:]
        // Templates are always layered over the built-in set: a folder replaces files by name.
        for file in SourceFile.embedded(under: "Templates") { files[file.relativePath] = file }
        for folder in folders {
            for file in try SourceFile.read(folder: folder) { files[file.relativePath] = file }
        }
        var documents: [DocumentKind: DocumentTemplate] = [:]
        var problems: [Diagnostic] = []
        for kind in DocumentKind.allCases {
            let name = "\(kind.rawValue).yaml"
            guard let file = files[name] else {
                problems.append(Diagnostic(.error, "no template for \(kind.rawValue)", at: SourceLocation(file: name)))
                continue
            }
            if let bad = XMLCharacters.firstForbidden(in: file.text) {
                problems.append(Diagnostic(.error, "contains \(XMLCharacters.describe(bad.scalar)), a character documents cannot hold",
                                           at: SourceLocation(file: file.displayPath, line: bad.line, column: bad.column)))
                continue
            }
            let (template, diagnostics) = DocumentTemplate.parse(file.text, file: file.displayPath, document: kind)
            problems += diagnostics
            if let template { documents[kind] = template }
        }
        var wording: TemplateWording?
        if let file = files["wording.yaml"] {
            let (parsed, diagnostics) = TemplateWording.parse(file.text, file: file.displayPath)
            problems += diagnostics
            wording = parsed
        } else {
            problems.append(Diagnostic(.error, "no wording.yaml among the templates", at: SourceLocation(file: "wording.yaml")))
        }
        if problems.hasErrors { throw ConcordatError(.invalidData, problems.sortedByLocation) }
        guard let wording else { throw ConcordatError(.invalidData, problems.sortedByLocation) }
        return TemplateSet(documents: documents, files: files, wording: wording)
    }
}
