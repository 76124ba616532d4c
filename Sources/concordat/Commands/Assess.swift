import ArgumentParser
import Concordat

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the risk level a request's risk-factors give, factor by factor.",
        // One line within 80 columns; argument-parser would print every option on it.
        usage: "concordat assess <request> [--json] [<catalogue options>]")

    @Argument(help: ArgumentHelp("A request file (YAML or JSON), or - for standard input.", valueName: "request"))
    var request: String

    @Flag(help: "Print JSON (schema concordat.assess/1).")
    var json = false

    @OptionGroup var catalogue: CatalogueOptionGroup

    func run() throws {
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            let request = try RequestInput.load(self.request, overrides: RequestOverrides())
            let report = AssessReport(assessment: composer.assess(request), source: request.source, scoring: composer.scoring)
            Terminal.print(json ? report.json : report.text)
        }
    }
}
