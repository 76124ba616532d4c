/// Where the catalogue and templates come from: the built-in ones, with an organisation's
/// folders layered over them.
public struct CatalogueOptions: Sendable, Hashable {
    /// Folders of clauses added over the catalogue; a clause with an existing id replaces it.
    public var catalogueFolders: [String]
    /// Start from an empty catalogue instead of the built-in one.
    public var noDefaultCatalogue: Bool
    /// Folders whose files replace built-in template files of the same name.
    public var templateFolders: [String]

    /// Creates options; the defaults use the built-in catalogue and templates alone.
    public init(catalogueFolders: [String] = [], noDefaultCatalogue: Bool = false, templateFolders: [String] = []) {
        self.catalogueFolders = catalogueFolders
        self.noDefaultCatalogue = noDefaultCatalogue
        self.templateFolders = templateFolders
    }
}

/// The result of composing one request.
public struct Composition: Sendable {
    /// The request as composed (after flag overrides).
    public var request: Request
    /// The risk assessment behind the level.
    public var assessment: Assessment
    /// Which clauses were chosen, and why.
    public var selection: Selection
    /// The document model, ready for any renderer.
    public var document: Document
    /// Warnings and notes (errors are thrown).
    public var diagnostics: [Diagnostic]
}

/// The library's entry point: holds a validated catalogue, templates and scoring policy, and
/// runs the pipeline — assess, select, assemble — for requests.
public struct Composer: Sendable {
    /// The clause catalogue.
    public var catalogue: Catalogue
    /// The document skeletons and house style.
    public var templates: TemplateSet
    /// The risk scoring policy.
    public var scoring: RiskScoring

    /// Creates a composer from parts already loaded.
    public init(catalogue: Catalogue, templates: TemplateSet, scoring: RiskScoring) {
        self.catalogue = catalogue
        self.templates = templates
        self.scoring = scoring
    }

    /// Loads and validates the catalogue, templates and scoring policy. Returns warnings found.
    public static func load(_ options: CatalogueOptions = .init()) throws(ConcordatError) -> (Composer, [Diagnostic]) {
        try load(options, compiled: nil)
    }

    /// Loads as above, taking the built-in clauses from their compiled form when one is given.
    package static func load(
        _ options: CatalogueOptions, compiled: CompiledCatalogue?
    ) throws(ConcordatError) -> (Composer, [Diagnostic]) {
        let templates = try TemplateSet.load(folders: options.templateFolders, builtInChecked: compiled != nil)
        let (catalogue, warnings) = try Catalogue.load(
            useDefaults: !options.noDefaultCatalogue, folders: options.catalogueFolders, templates: templates,
            compiled: compiled, templatesAreBuiltIn: options.templateFolders.isEmpty)
        guard let scoringFile = templates.files["risk-scoring.yaml"] else {
            throw ConcordatError(.invalidData, "no risk-scoring.yaml among the templates", at: SourceLocation(file: "Templates"))
        }
        let scoring = try RiskScoring.parse(scoringFile.text, file: scoringFile.displayPath)
        return (Composer(catalogue: catalogue, templates: templates, scoring: scoring), warnings)
    }

    /// The risk assessment for a request.
    public func assess(_ request: Request) -> Assessment {
        Assessor(scoring: scoring).assess(request)
    }

    /// Selects clauses for a request at its level, without assembling.
    public func select(_ request: Request) -> (Assessment, Selection) {
        let assessment = assess(request)
        let selector = Selector(catalogue: catalogue, template: templates.template(for: request.document))
        return (assessment, selector.select(request, level: assessment.level))
    }

    /// Runs the whole pipeline for a request. Throws, with every finding, when any is an error.
    public func compose(_ request: Request, options: ComposeOptions = .init()) throws(ConcordatError) -> Composition {
        let unfit = StatutoryFit.errors(request)
        if !unfit.isEmpty { throw ConcordatError(.invalidData, unfit) }
        let (assessment, selection) = select(request)
        var assembler = Assembler(
            request: request, template: templates.template(for: request.document), catalogue: catalogue,
            selection: selection, options: options, wording: templates.wording)
        assembler.titles = templates.documents.mapValues(\.title)
        var document = assembler.assemble()
        if options.embed {
            document.embed = EmbedRecord(
                request: request, level: assessment.level, options: options, included: selection.included, catalogue: catalogue
            ).json
        }
        var diagnostics = selection.diagnostics + assembler.diagnostics
        diagnostics += Self.riskFindings(assessment, request: request)
        if diagnostics.hasErrors { throw ConcordatError(.invalidData, diagnostics) }
        return Composition(request: request, assessment: assessment, selection: selection, document: document, diagnostics: diagnostics)
    }

    /// A stated level below a floor set by the risk factors drops safeguards those factors need,
    /// so it is a warning (and fails under `--strict`); other differences from the assessed
    /// level are the drafter's call and only noted.
    static func riskFindings(_ assessment: Assessment, request: Request) -> [Diagnostic] {
        guard assessment.isOverridden, let stated = assessment.stated, let assessed = assessment.assessed else { return [] }
        let location = request.locations["risk"] ?? SourceLocation(file: request.source)
        if let floor = assessment.floor, stated < floor {
            let causes = (assessment.factors ?? []).filter { $0.floor == floor }.map(\.name)
            return [Diagnostic(
                .warning,
                "the stated risk level \(stated.rawValue) is below the floor \(floor.rawValue) that \(Wording.list(causes)) \(causes.count == 1 ? "sets" : "set")",
                at: location, key: "risk",
                hint: "use 'risk: \(floor.rawValue)' or higher, or remove 'risk:' to use the assessed level \(assessed.rawValue)")]
        }
        return [Diagnostic(
            .note, "the stated risk level \(stated.rawValue) overrides the assessed level \(assessed.rawValue)",
            at: location, key: "risk")]
    }
}
