/// The validated clause catalogue: every clause by id, and every defined term by name.
public struct Catalogue: Sendable {
    /// The clauses, sorted by id.
    public private(set) var clauses: [CatalogueClause]
    /// The clauses by id.
    public private(set) var byID: [String: CatalogueClause]
    /// The defined terms by name.
    public private(set) var terms: [String: DefinedTerm]

    /// Builds a catalogue from clauses already checked by `CatalogueValidator`.
    init(clauses: [CatalogueClause]) {
        self.clauses = clauses.sorted { $0.id < $1.id }
        self.byID = Dictionary(clauses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var terms: [String: DefinedTerm] = [:]
        for clause in self.clauses {
            for term in clause.defines where terms[term.name] == nil { terms[term.name] = term }
        }
        self.terms = terms
    }

    /// Loads the built-in catalogue (unless `useDefaults` is false), then each folder over it: a
    /// clause with an id already present replaces it. Validates the result against the templates.
    public static func load(
        useDefaults: Bool = true, folders: [String] = [], templates: TemplateSet
    ) throws(ConcordatError) -> (Catalogue, [Diagnostic]) {
        try load(useDefaults: useDefaults, folders: folders, templates: templates, compiled: nil)
    }

    /// Loads as above, taking the built-in clauses from their compiled form when one is given
    /// (and it was compiled from the clause files this binary embeds) instead of parsing them.
    /// With nothing layered over the built-in catalogue and templates, the compiled form was
    /// validated when it was built, so its clauses and findings are used as they are.
    package static func load(
        useDefaults: Bool, folders: [String], templates: TemplateSet, compiled: CompiledCatalogue?,
        templatesAreBuiltIn: Bool = false
    ) throws(ConcordatError) -> (Catalogue, [Diagnostic]) {
        var layers: [[ParsedFile]] = []
        if useDefaults {
            if let compiled, let files = compiled.parsedFiles() {
                if folders.isEmpty, templatesAreBuiltIn {
                    return (Catalogue(clauses: files.compactMap(\.clause)), compiled.findings)
                }
                layers.append(files)
            } else {
                layers.append(parse(builtInClauseFiles))
            }
        }
        for folder in folders { layers.append(parse(try SourceFile.read(folder: folder))) }
        return try load(parsed: layers, builtInLayers: useDefaults ? 1 : 0, templates: templates)
    }

    /// Builds a catalogue from built-in clause files (held to the built-in catalogue's rules,
    /// such as having a purpose) with layers of an organisation's files over them.
    static func load(
        builtIn: [SourceFile], layers: [[SourceFile]], templates: TemplateSet
    ) throws(ConcordatError) -> (Catalogue, [Diagnostic]) {
        try load(layers: [builtIn] + layers, builtInLayers: 1, templates: templates)
    }

    /// Builds a catalogue from layers of clause files, each over the ones before.
    /// The first `builtInLayers` layers are the built-in catalogue.
    static func load(
        layers: [[SourceFile]], builtInLayers: Int = 0, templates: TemplateSet,
        adjust: (inout CatalogueClause) -> Void = { _ in }
    ) throws(ConcordatError) -> (Catalogue, [Diagnostic]) {
        try load(parsed: layers.map(parse), builtInLayers: builtInLayers, templates: templates, adjust: adjust)
    }

    /// One clause file as the parser left it.
    struct ParsedFile {
        /// The clause, or nil when the file has errors.
        var clause: CatalogueClause?
        /// What the parser found.
        var diagnostics: [Diagnostic]
    }

    /// Parses the clause files among `files` (README.md and SOURCES.md are not clauses); each
    /// clause keeps its file's whole text, which a composed document carries.
    static func parse(_ files: [SourceFile]) -> [ParsedFile] {
        files.filter { isClauseFile($0.relativePath) }.map { file in
            var (clause, diagnostics) = ClauseParser.parse(file.text, file: file.displayPath)
            clause?.sourceText = file.text
            return ParsedFile(clause: clause, diagnostics: diagnostics)
        }
    }

    /// The built-in clause files, in the order they are read.
    static var builtInClauseFiles: [SourceFile] {
        SourceFile.embedded(under: "Clauses").filter { isClauseFile($0.relativePath) }
    }

    /// Builds a catalogue from layers of parsed clause files, each over the ones before, and
    /// validates it. The first `builtInLayers` layers are the built-in catalogue.
    private static func load(
        parsed layers: [[ParsedFile]], builtInLayers: Int, templates: TemplateSet,
        adjust: (inout CatalogueClause) -> Void = { _ in }
    ) throws(ConcordatError) -> (Catalogue, [Diagnostic]) {
        var clauses: [String: CatalogueClause] = [:]
        var problems: [Diagnostic] = []
        for (layerIndex, layer) in layers.enumerated() {
            var seen: [String: SourceLocation] = [:]
            for file in layer {
                problems += file.diagnostics
                guard var clause = file.clause else { continue }
                clause.isBuiltIn = layerIndex < builtInLayers
                adjust(&clause)
                if let first = seen[clause.id] {
                    problems.append(Diagnostic(
                        .error, "duplicate clause id '\(clause.id)' (also in \(first.file))",
                        at: clause.location(of: "id"), key: "id", hint: "give each clause its own id"))
                    continue
                }
                seen[clause.id] = clause.location
                clauses[clause.id] = clause
            }
        }
        let catalogue = Catalogue(clauses: Array(clauses.values))
        problems += CatalogueValidator(catalogue: catalogue, templates: templates, allClauses: Array(clauses.values)).validate()
        let sorted = problems.sortedByLocation
        if sorted.hasErrors { throw ConcordatError(.invalidData, sorted) }
        return (catalogue, sorted)
    }

    /// Markdown files are clauses, except README.md files, which document the folder, and
    /// SOURCES.md files, which list the legal sources of its clauses.
    static func isClauseFile(_ relativePath: String) -> Bool {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return name.hasSuffix(".md") && !["readme.md", "sources.md"].contains(name.lowercased())
    }
}
