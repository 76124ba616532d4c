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
        var layers: [[SourceFile]] = []
        for folder in folders { layers.append(try SourceFile.read(folder: folder)) }
        return try load(builtIn: useDefaults ? SourceFile.embedded(under: "Clauses") : [], layers: layers, templates: templates)
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
        var clauses: [String: CatalogueClause] = [:]
        var problems: [Diagnostic] = []
        for (layerIndex, layer) in layers.enumerated() {
            var seen: [String: SourceLocation] = [:]
            for file in layer where isClauseFile(file.relativePath) {
                let (clause, diagnostics) = ClauseParser.parse(file.text, file: file.displayPath)
                problems += diagnostics
                guard var clause else { continue }
                clause.sourceText = file.text
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
