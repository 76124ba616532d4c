import ArgumentParser
import Concordat

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every catalogue clause: whether the request's document includes it, and the rules that decided.")

    @Argument(help: ArgumentHelp("A request file (YAML or JSON), or - for standard input.", valueName: "request"))
    var request: String

    @Flag(help: "Print JSON (schema concordat.explain/1).")
    var json = false

    @OptionGroup var overrides: OverrideOptionGroup

    @OptionGroup var catalogue: CatalogueOptionGroup

    func run() throws {
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            let request = try RequestInput.load(self.request, overrides: overrides.overrides)
            let (assessment, selection) = composer.select(request)
            let report = ExplainReport(selection: selection, assessment: assessment, source: request.source)
            Terminal.print(json ? report.json : report.text)
        }
    }
}
