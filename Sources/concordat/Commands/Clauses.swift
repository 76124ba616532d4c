import ArgumentParser
import Concordat

struct Clauses: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the catalogue's clauses, optionally only those that can appear for a document, framework, risk level or jurisdiction.",
        // One line within 80 columns; argument-parser would print every option on it.
        usage: "concordat clauses [--document <document>] [--json] [<options>]")

    @Option(help: ArgumentHelp("Only clauses for this document.", valueName: "document"))
    var document: DocumentKind?

    @Option(help: ArgumentHelp("Only clauses for this framework.", valueName: "framework"))
    var framework: Framework?

    @Option(help: ArgumentHelp("Only clauses for this risk level.", valueName: "level"))
    var risk: RiskLevel?

    @Option(help: ArgumentHelp("Only clauses for this jurisdiction.", valueName: "jurisdiction"))
    var jurisdiction: Jurisdiction?

    @Flag(help: "Print JSON (schema concordat.clauses/1).")
    var json = false

    @OptionGroup var catalogue: CatalogueOptionGroup

    func run() throws {
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            let report = ClauseListReport(
                catalogue: composer.catalogue, document: document, framework: framework, risk: risk, jurisdiction: jurisdiction)
            Terminal.print(json ? report.json : report.text)
        }
    }
}
