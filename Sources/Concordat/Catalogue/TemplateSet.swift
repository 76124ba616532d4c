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
        try load(folders: folders, builtInChecked: false)
    }

    /// Reads as above. `builtInChecked` says the built-in templates were checked when this
    /// binary was built (the compiled catalogue is built over them and its build fails on an
    /// error), so with no folder over them the checks that only find errors are not run again.
    package static func load(folders: [String], builtInChecked: Bool) throws(ConcordatError) -> TemplateSet {
        let checks = !(builtInChecked && folders.isEmpty)
        var files: [String: SourceFile] = [:]
        // Templates are always layered over the built-in set: a folder replaces files by name.
        for file in SourceFile.embedded(under: "Templates") { files[file.relativePath] = file }
        for folder in folders {
            for file in try SourceFile.read(folder: folder) { files[file.relativePath] = file }
        }
        var documents: [DocumentKind: DocumentTemplate] = [:]
        var problems: [Diagnostic] = []
        // Every template file, skeleton or house style, passes the one character rule.
        var refused: Set<String> = []
        for (path, file) in files.sorted(by: { $0.key < $1.key }) where checks {
            var text = file.text
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            let found = CharacterRule.diagnostics(in: text, file: file.displayPath)
            if !found.isEmpty {
                problems += found
                refused.insert(path)
            }
        }
        for kind in DocumentKind.allCases {
            let name = "\(kind.rawValue).yaml"
            guard let file = files[name] else {
                problems.append(Diagnostic(.error, "no template for \(kind.rawValue)", at: SourceLocation(file: name)))
                continue
            }
            if refused.contains(file.relativePath) { continue }
            let (template, diagnostics) = DocumentTemplate.parse(file.text, file: file.displayPath, document: kind)
            problems += diagnostics
            if let template { documents[kind] = template }
        }
        // House styles are checked now, so every command (and `check`) refuses a bad one, not
        // only a render to the format that uses it.
        if checks, let css = files["house-style.css"], !refused.contains("house-style.css") {
            problems += StyleSheetPolicy.problems(in: css.text, file: css.displayPath)
        }
        if checks, let style = files["odt/house-style.yaml"], !refused.contains("odt/house-style.yaml") {
            do {
                _ = try ODTHouseStyle.parse(style.text, source: style.displayPath)
            } catch {
                problems += error.diagnostics
            }
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
