import ArgumentParser
import Concordat

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
        let (composer, warnings) = try Composer.load(options)
        Terminal.report(warnings, quiet: quiet)
        return composer
    }
}

/// Flags that override the request.
struct OverrideOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Override the document.", valueName: "document"))
    var document: DocumentKind?

    @Option(help: ArgumentHelp("Override the framework.", valueName: "framework"))
    var framework: Framework?

    @Option(help: ArgumentHelp("Override the risk level.", valueName: "level"))
    var risk: RiskLevel?

    @Option(help: ArgumentHelp("Override the jurisdiction.", valueName: "jurisdiction"))
    var jurisdiction: Jurisdiction?

    var overrides: RequestOverrides {
        RequestOverrides(document: document, framework: framework, risk: risk, jurisdiction: jurisdiction)
    }
}

extension DocumentKind: ExpressibleByArgument {}
extension Framework: ExpressibleByArgument {}
extension RiskLevel: ExpressibleByArgument {}
extension Jurisdiction: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
