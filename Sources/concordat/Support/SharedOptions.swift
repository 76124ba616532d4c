import ArgumentParser
import Concordat
import ConcordatCompiled

/// Where the catalogue and templates come from; every subcommand takes these.
struct CatalogueOptionGroup: ParsableArguments {
    @Option(name: .customLong("catalogue"), help: ArgumentHelp(
        "A folder of clause files layered over the catalogue; a clause with an existing id replaces it. Repeatable.",
        valueName: "dir"))
    var catalogueFolders: [String] = []

    @Flag(help: "Start from an empty catalogue instead of the built-in one.")
    var noDefaultCatalogue = false

    @Option(name: .customLong("templates"), help: ArgumentHelp(
        "A folder whose files replace built-in template files of the same name. Repeatable.", valueName: "dir"))
    var templateFolders: [String] = []

    var options: CatalogueOptions {
        CatalogueOptions(catalogueFolders: catalogueFolders, noDefaultCatalogue: noDefaultCatalogue, templateFolders: templateFolders)
    }

    /// The folders read, with what their files are, so no output can replace one of them.
    var inputFolders: [(path: String, what: String)] {
        catalogueFolders.map { ($0, "clause file") } + templateFolders.map { ($0, "template") }
    }

    /// Loads the catalogue, printing any warnings.
    func loadComposer(quiet: Bool = false) throws(ConcordatError) -> Composer {
        let (composer, warnings) = try Composer.load(options, compiled: CompiledDefaults.catalogue)
        Terminal.report(warnings, quiet: quiet)
        return composer
    }
}

/// Flags that override the request.
struct OverrideOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Override the document; all (compose only) writes the pack of three.", valueName: "document"))
    var document: DocumentChoice?

    @Option(help: ArgumentHelp("Override the framework.", valueName: "framework"))
    var framework: Framework?

    @Option(help: ArgumentHelp("Override the risk level.", valueName: "level"))
    var risk: RiskLevel?

    @Option(help: ArgumentHelp("Override the jurisdiction.", valueName: "jurisdiction"))
    var jurisdiction: Jurisdiction?

    var overrides: RequestOverrides {
        RequestOverrides(document: document?.kind, framework: framework, risk: risk, jurisdiction: jurisdiction)
    }

    /// Whether `--document all` asks for the pack.
    var wantsPack: Bool { document == .all }
}

/// A document named on the command line, or `all` for the pack.
enum DocumentChoice: Equatable, ExpressibleByArgument {
    case one(DocumentKind)
    case all

    init?(argument: String) {
        if argument == "all" { self = .all } else if let kind = DocumentKind(rawValue: argument) { self = .one(kind) } else { return nil }
    }

    var kind: DocumentKind? {
        if case .one(let kind) = self { kind } else { nil }
    }

    static var allValueStrings: [String] { DocumentKind.allCases.map(\.rawValue) + ["all"] }
}

extension DocumentKind: ExpressibleByArgument {}
extension Framework: ExpressibleByArgument {}
extension RiskLevel: ExpressibleByArgument {}
extension Jurisdiction: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
